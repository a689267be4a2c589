namespace JourneyBot.Workshop;

/// <summary>A claim about a stage or a touchpoint and how well it is backed (step 4).</summary>
public sealed record EvidenceNote : IContribution
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    /// <summary>What it is about: exactly one of a stage and a touchpoint.</summary>
    public required EvidenceTarget Target { get; init; }

    public required EvidenceBacking Backing { get; init; }

    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The stage or touchpoint an evidence note is about.</summary>
public sealed record EvidenceTarget(ItemKind Kind, string Id)
{
    /// <summary>A note about a stage.</summary>
    public static EvidenceTarget Stage(string stageId) => new(ItemKind.Stage, stageId);

    /// <summary>A note about a touchpoint.</summary>
    public static EvidenceTarget Touchpoint(string touchpointId) => new(ItemKind.Touchpoint, touchpointId);
}

/// <summary>How much a claim rests on data.</summary>
public enum EvidenceBacking
{
    Assumption,
    PartlyBacked,
    DataBacked,
}
