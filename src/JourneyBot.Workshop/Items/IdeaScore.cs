namespace JourneyBot.Workshop;

/// <summary>One participant's judgement of one idea (step 6), each 1..5: private until a facilitator closes the voting.</summary>
public sealed record IdeaScore : IContribution
{
    /// <summary>"{ideaId}.{aadObjectId}": one score per participant per idea, so scoring again is an update.</summary>
    public required string Id { get; init; }

    public required string IdeaId { get; init; }

    /// <summary>How much it would improve the customer's experience (satisfaction): 1 little, 5 a lot.</summary>
    public required int CustomerImpact { get; init; }

    /// <summary>How much it would move the step 1 goals and the business: 1 little, 5 a lot.</summary>
    public required int BusinessImpact { get; init; }

    /// <summary>How much work it takes: 1 little, 5 a lot.</summary>
    public required int Effort { get; init; }

    /// <summary>The participant who scored.</summary>
    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The id of a participant's score of an idea (object id lower-cased: AAD ids ignore case).</summary>
    public static string IdFor(string ideaId, string aadObjectId) => $"{ideaId}.{aadObjectId.ToLowerInvariant()}";
}
