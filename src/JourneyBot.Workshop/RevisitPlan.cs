namespace JourneyBot.Workshop;

/// <summary>How often the bot brings the team back to a finished map (step 7).</summary>
public enum RevisitCadence
{
    Quarterly,
    Monthly,
    HalfYearly,

    /// <summary>Once, on <see cref="RevisitPlan.OnDate"/>.</summary>
    OnDate,

    Off,
}

/// <summary>The facilitator's choice when finishing: when the bot should come back to revisit the map.</summary>
public sealed record RevisitPlan
{
    public static RevisitPlan Default { get; } = new() { Cadence = RevisitCadence.Quarterly };

    public required RevisitCadence Cadence { get; init; }

    /// <summary>The day for <see cref="RevisitCadence.OnDate"/>; null otherwise.</summary>
    public DateOnly? OnDate { get; init; }
}
