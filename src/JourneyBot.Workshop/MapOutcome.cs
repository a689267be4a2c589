namespace JourneyBot.Workshop;

/// <summary>What a command did: either the new map and exactly the changes it made, or the errors and the map untouched.</summary>
public sealed record MapOutcome
{
    /// <summary>The map after the command; when it was refused, the very map it was called on.</summary>
    public required JourneyMap Map { get; init; }

    /// <summary>The map the command was called on: <see cref="Changes"/> are exactly what differs between it and <see cref="Map"/>.</summary>
    public required JourneyMap Before { get; init; }

    /// <summary>The entities to write or delete; empty when refused.</summary>
    public IReadOnlyList<MapChange> Changes { get; init; } = [];

    /// <summary>Why the command was refused; empty when it succeeded.</summary>
    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>True when the command was applied.</summary>
    public bool Succeeded => Errors.Count == 0;

    internal static MapOutcome Applied(JourneyMap before, JourneyMap map, IReadOnlyList<MapChange> changes) =>
        new() { Before = before, Map = map, Changes = changes };

    internal static MapOutcome Rejected(JourneyMap unchanged, IReadOnlyList<ValidationError> errors) =>
        new() { Before = unchanged, Map = unchanged, Errors = errors };

    internal static MapOutcome Rejected(JourneyMap unchanged, ValidationError error) => Rejected(unchanged, [error]);
}
