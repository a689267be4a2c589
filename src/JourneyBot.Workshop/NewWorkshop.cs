using System.Diagnostics.CodeAnalysis;

namespace JourneyBot.Workshop;

/// <summary>What the setup card asks for to start a workshop.</summary>
public sealed record NewWorkshop
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required MapType MapType { get; init; }

    public required StageTemplate Template { get; init; }

    public required string Language { get; init; }

    /// <summary>The person starting it, who becomes the facilitator.</summary>
    public required Participant Facilitator { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What starting a workshop did: the new map and its entities (header and template stages), or the errors.</summary>
public sealed record StartOutcome
{
    /// <summary>The new map; null when refused.</summary>
    public JourneyMap? Map { get; init; }

    public IReadOnlyList<MapChange> Changes { get; init; } = [];

    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    [MemberNotNullWhen(true, nameof(Map))]
    public bool Succeeded => Map is not null;
}
