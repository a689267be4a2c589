using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Dialog;

/// <summary>One click on a workshop card, read and checked once: the verb, the card's context, its inputs, who and when.</summary>
public sealed record WorkshopClick
{
    public required string Verb { get; init; }
    public required WorkshopCardData Card { get; init; }
    public required SubmittedInputs Inputs { get; init; }
    public required Participant Actor { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>
    /// The id of an item added from this click: the card's seed and the person, so pressing Save twice adds the item once
    /// and two people adding from the same card never collide.
    /// </summary>
    /// <remarks>A card without a seed (an older one) uses the click's time instead: the same on every rerun of the command.</remarks>
    public string NewItemId(string kind) => ItemIds.For(Card.Seed ?? At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), Actor, kind);

    /// <summary>Refuses the command when the workshop moved on since the card was drawn (see Storage/Workshops/README.md, Reruns).</summary>
    public Func<JourneyMap, MapOutcome> Guarded(Func<JourneyMap, MapOutcome> command) => map => map.Version != Card.Version
        ? MapOutcomes.Refused(map, ValidationError.Of("version", ErrorCodes.Stale, Card.Version))
        : command(map);
}
