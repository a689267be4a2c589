namespace JourneyBot.Workshop;

/// <summary>Step 1: the personas.</summary>
public sealed partial record JourneyMap
{
    /// <summary>TooFew below 3 personas, TooMany above 5, else null: a hint to show, never a reason to refuse.</summary>
    public PersonaCountHint? PersonaCountHint => Personas.Count switch
    {
        < Limits.RecommendedMinPersonas => Workshop.PersonaCountHint.TooFew,
        > Limits.RecommendedMaxPersonas => Workshop.PersonaCountHint.TooMany,
        _ => null,
    };

    public MapOutcome AddPersona(Participant actor, string id, PersonaProfile profile, DateTimeOffset at) =>
        AddPersonas(actor, [new NewPersona(id, profile)], at);

    /// <summary>Adds several personas at once, all or none (e.g. the example personas); errors name the failing one as "personas[i].field".</summary>
    public MapOutcome AddPersonas(Participant actor, IReadOnlyList<NewPersona> personas, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(personas);
        var errors = new List<ValidationError>();
        var open = Open();
        errors.AddRange(open.Errors);
        if (personas.Count == 0)
        {
            errors.Add(ValidationError.Of("personas", ErrorCodes.Required));
        }

        var added = new List<Persona>();
        for (var index = 0; index < personas.Count; index++)
        {
            var checks = new Checks();
            var persona = personas[index];
            checks.NewId("id", persona.Id, [.. Personas, .. added], existing => existing.Id);
            var profile = PersonaProfileRules.Normalize(checks, persona.Profile);
            CheckUniqueName(checks, profile.Name, [.. Personas, .. added], exceptId: null);
            if (persona.ExampleKey is { } key && ExamplePersonas.All.All(example => example.Key != key))
            {
                checks.Fail("exampleKey", ErrorCodes.Invalid, key);
            }

            var prefix = personas.Count == 1 ? string.Empty : $"personas[{index}].";
            errors.AddRange(checks.Errors.Select(error => error with { Field = prefix + error.Field }));
            added.Add(new Persona { Id = persona.Id, Profile = profile, ExampleKey = persona.ExampleKey, Author = actor, CreatedAt = at });
        }

        return errors.Count > 0
            ? MapOutcome.Rejected(this, errors)
            : MapOutcome.Applied(this, this with { Personas = [.. Personas, .. added] }, [.. added.Select(persona => Added(ItemKind.Persona, persona.Id))]);
    }

    /// <summary>Replaces a persona's profile; its author or a facilitator only.</summary>
    public MapOutcome EditPersona(Participant actor, string id, PersonaProfile profile)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(profile);
        var checks = Existing(actor, ItemKind.Persona, "id", id, out var found);
        var normalized = PersonaProfileRules.Normalize(checks, profile);
        CheckUniqueName(checks, normalized.Name, Personas, exceptId: id);
        return checks.Failed || found is not Persona persona
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { Personas = Replace(Personas, persona with { Profile = normalized }) }, [Updated(ItemKind.Persona, id)]);
    }

    /// <summary>Removes a persona; with its cells and emotion scores only when <paramref name="removeDependents"/> confirms it.</summary>
    public MapOutcome RemovePersona(Participant actor, string id, bool removeDependents = false) =>
        RemoveItem(actor, ItemKind.Persona, id, removeDependents);

    private static void CheckUniqueName(Checks checks, string name, IEnumerable<Persona> existing, string? exceptId)
    {
        if (name.Length > 0 && existing.Any(persona => persona.Id != exceptId && string.Equals(persona.Profile.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            checks.Fail("name", ErrorCodes.Duplicate, name);
        }
    }
}

/// <summary>A hint about how many personas the map has, against the guides' 3 to 5.</summary>
public enum PersonaCountHint
{
    TooFew,
    TooMany,
}
