using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// "Load the example personas": the three examples of docs/method.md (Step 1), in the workshop's language, added all at once as the
/// team's own text (README of JourneyBot.Workshop: example personas are translated when loaded).
/// </summary>
public static class ExamplePersonaLoader
{
    public static Func<JourneyMap, MapOutcome> Command(WorkshopClick click)
    {
        ArgumentNullException.ThrowIfNull(click);
        // Loaded at one moment, so listed by id: the position keeps the method's order, the key says which example it was.
        var ids = ExamplePersonas.All.Select((example, index) => (example.Key, Id: $"{click.NewItemId("examplePersonas")}-{index + 1}-{example.Key}"))
            .ToDictionary(pair => pair.Key, pair => pair.Id, StringComparer.Ordinal);
        return map =>
        {
            // The same person pressing the same button again: their examples are already there, so say it is saved.
            if (map.Personas.Any(persona => ids.ContainsValue(persona.Id)))
            {
                return MapOutcomes.Refused(map, ValidationError.Of("id", ErrorCodes.Duplicate, ids.Values.First()));
            }

            // Translated from the map itself, so a rerun after a language change loads them in the new language.
            var text = WorkshopText.Of(map);
            return map.AddPersonas(click.Actor, [.. ExamplePersonas.All.Select(example => new NewPersona(ids[example.Key], text.ExamplePersona(example), example.Key))], click.At);
        };
    }
}
