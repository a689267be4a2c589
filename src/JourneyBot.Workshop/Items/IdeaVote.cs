namespace JourneyBot.Workshop;

/// <summary>One participant's dot votes on one idea (step 6): private until a facilitator closes the voting.</summary>
public sealed record IdeaVote : IContribution
{
    /// <summary>"{ideaId}.{aadObjectId}": one item per participant per idea, however many dots they put on it.</summary>
    public required string Id { get; init; }

    public required string IdeaId { get; init; }

    /// <summary>How many of their votes the participant put on the idea: at least 1 (withdrawing the last removes the item).</summary>
    public required int Count { get; init; }

    /// <summary>The participant who voted.</summary>
    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The id of a participant's votes on an idea (object id lower-cased: AAD ids ignore case).</summary>
    public static string IdFor(string ideaId, string aadObjectId) => $"{ideaId}.{aadObjectId.ToLowerInvariant()}";
}
