namespace JourneyBot.Workshop;

/// <summary>Step 7: something the team will do, who owns it, by when, and what it should move.</summary>
public sealed record ActionItem : IContribution
{
    public required string Id { get; init; }

    public required ActionDetails Details { get; init; }

    public ActionStatus Status { get; init; } = ActionStatus.NotStarted;

    /// <summary>The shortlisted step 6 idea it was made from, or null for an action added on its own.</summary>
    public string? IdeaId { get; init; }

    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What the team decides about an action item: what its author, its owner or a facilitator may edit.</summary>
public sealed record ActionDetails
{
    public required string Title { get; init; }

    /// <summary>The person in the conversation who owns it (shown as a Teams mention), or null when nobody does yet.</summary>
    public Participant? Owner { get; init; }

    /// <summary>The day it is due, in the team's calendar; null for no date.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The step 4 KPI it should move, or null; removing the KPI sets it back to null.</summary>
    public string? KpiId { get; init; }

    /// <summary>The value the KPI should reach, in the KPI's unit; only with <see cref="KpiId"/>.</summary>
    public decimal? KpiTarget { get; init; }
}

/// <summary>Where an action item stands; owners and facilitators move it.</summary>
public enum ActionStatus
{
    NotStarted,
    InProgress,
    Done,
    Dropped,
}
