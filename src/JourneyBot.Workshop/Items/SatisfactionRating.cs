namespace JourneyBot.Workshop;

/// <summary>One participant's satisfaction with a touchpoint (step 4), 1..5.</summary>
public sealed record SatisfactionRating : IContribution
{
    /// <summary>"{touchpointId}.{aadObjectId}": one rating per participant per touchpoint.</summary>
    public required string Id { get; init; }

    public required string TouchpointId { get; init; }

    public required int Score { get; init; }

    /// <summary>The participant who rated.</summary>
    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The id of a participant's rating of a touchpoint (object id lower-cased: AAD ids ignore case).</summary>
    public static string IdFor(string touchpointId, string aadObjectId) => $"{touchpointId}.{aadObjectId.ToLowerInvariant()}";
}
