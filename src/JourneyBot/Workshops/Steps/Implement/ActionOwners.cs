using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Steps.Implement;

/// <summary>
/// Who an action may be given to: the conversation's members as Teams lists them, or, when Teams does not say (the
/// Agents Playground, a fault), the people the workshop knows (facilitators and contributors). An action's current
/// owner stays offered. The card sends only an id; the owner saved is always looked up here, never taken from the card.
/// </summary>
public static class ActionOwners
{
    /// <summary>The most people a form offers (a drop-down of names, kept well inside the card size limit).</summary>
    public const int MaxOffered = 50;

    /// <summary>The people to offer, by name; <paramref name="members"/> null means Teams did not list them.</summary>
    public static IReadOnlyList<Participant> Candidates(JourneyMap map, IReadOnlyList<Participant>? members, ActionItem? action)
    {
        ArgumentNullException.ThrowIfNull(map);
        IEnumerable<Participant> people = members ?? map.KnownPeople();
        if (action?.Details.Owner is { } owner)
        {
            people = people.Prepend(owner);
        }

        return
        [
            .. people.DistinctBy(person => person.AadObjectId.ToUpperInvariant())
                .Take(MaxOffered)
                .OrderBy(person => person.Name, StringComparer.CurrentCultureIgnoreCase),
        ];
    }

    /// <summary>
    /// The owner the card chose: null for none (blank), the candidate with that id, or an error on <c>owner</c> when the id
    /// is nobody on offer (a forged or outdated card).
    /// </summary>
    public static (Participant? Owner, ValidationError? Error) Resolve(IReadOnlyList<Participant> candidates, string? chosenId)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (string.IsNullOrWhiteSpace(chosenId))
        {
            return (null, null);
        }

        var owner = candidates.FirstOrDefault(person => string.Equals(person.AadObjectId, chosenId.Trim(), StringComparison.OrdinalIgnoreCase));
        return owner is null ? (null, ValidationError.Of("owner", ErrorCodes.NotFound, chosenId)) : (owner, null);
    }
}
