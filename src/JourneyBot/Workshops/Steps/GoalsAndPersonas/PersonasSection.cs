using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// Step 1, second half: the personas the map follows. Anyone adds one (a name and a few key fields on the board) or loads
/// the example personas; the detail card shows every attribute group and edits one section at a time; the author or a
/// facilitator edits and removes.
/// </summary>
public static class PersonasSection
{
    /// <summary>Personas drawn on the board; the rest are one click away in the list (boards must stay under 28 KB).</summary>
    public const int ShownPersonas = 8;

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [GoalsAndPersonasVerbs.AddPersona] = click => ClickAnswer.Apply(PersonaAddForm.Command(click), PersonaAddForm.Card),
        [GoalsAndPersonasVerbs.LoadExamplePersonas] = click => ClickAnswer.Apply(ExamplePersonaLoader.Command(click)),
        [GoalsAndPersonasVerbs.OpenPersona] = _ => ClickAnswer.Show(PersonaDetails.Card),
        [GoalsAndPersonasVerbs.EditPersonaSection] = _ => ClickAnswer.Show(PersonaSectionForm.Card),
        [GoalsAndPersonasVerbs.SavePersonaSection] = click => ClickAnswer.Apply(PersonaSectionForm.Command(click), PersonaSectionForm.Card),
        [GoalsAndPersonasVerbs.RemovePersona] = _ => ClickAnswer.Show(PersonaRemoval.Question),
        [GoalsAndPersonasVerbs.ConfirmRemovePersona] = click => ClickAnswer.Apply(map => map.RemovePersona(click.Actor, click.Card.PersonaId ?? string.Empty), PersonaRemoval.Card),
        [GoalsAndPersonasVerbs.RemovePersonaWithWork] = click => ClickAnswer.Apply(map => map.RemovePersona(click.Actor, click.Card.PersonaId ?? string.Empty, removeDependents: true), PersonaRemoval.Card),
        [GoalsAndPersonasVerbs.ListPersonas] = _ => ClickAnswer.Show(PersonaList.Card),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<CardElement> Board(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        yield return CardParts.SectionHeading(text["PersonasHeading"]);
        if (map.PersonaCountHint is { } hint)
        {
            yield return new Container([new TextBlock(text.PersonaCountHint(hint, map.Personas.Count)) { Size = TextSize.Small }]) { Style = ContainerStyle.Warning, Spacing = Spacing.Small };
        }

        foreach (var persona in map.Personas.Take(ShownPersonas))
        {
            yield return PersonaRow.For(view, persona);
        }

        var buttons = new List<CardAction>();
        if (map.Personas.Count > ShownPersonas)
        {
            yield return CardParts.Subtle(text.Format("AndMore", map.Personas.Count - ShownPersonas).Trim(), Spacing.Small);
            buttons.Add(new ExecuteAction(text["PersonaListButton"], GoalsAndPersonasVerbs.ListPersonas, ButtonData.For(map)));
        }

        if (map.Status == WorkshopStatus.Active)
        {
            buttons.Add(PersonaAddForm.Folded(view));
            if (map.Personas.All(persona => persona.ExampleKey is null))
            {
                buttons.Add(new ExecuteAction(text["PersonaLoadExamplesButton"], GoalsAndPersonasVerbs.LoadExamplePersonas, ButtonData.For(map, seed: ItemIds.NewId())));
            }
        }

        if (buttons.Count > 0)
        {
            yield return new ActionSet(buttons);
        }
    }
}
