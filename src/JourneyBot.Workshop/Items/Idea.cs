namespace JourneyBot.Workshop;

/// <summary>A solution the team brainstormed in step 6 (an opportunity), to be voted on, scored and maybe shortlisted for step 7.</summary>
public sealed record Idea : IContribution
{
    public required string Id { get; init; }

    public required IdeaDetails Details { get; init; }

    /// <summary>Picked by a facilitator for step 7 (<see cref="JourneyMap.ShortlistIdea"/>).</summary>
    public bool IsShortlisted { get; init; }

    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What the team says about an idea: what its author may edit.</summary>
public sealed record IdeaDetails
{
    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>
    /// The id of the analysis finding (step 6) the idea answers, or null. Opaque to the map: findings are computed, not
    /// stored, so the app must show an idea whose finding no longer turns up as answering none.
    /// </summary>
    public string? FindingId { get; init; }

    /// <summary>The step 1 goal the idea serves, or null for none; removing the goal sets it back to null.</summary>
    public string? GoalId { get; init; }
}
