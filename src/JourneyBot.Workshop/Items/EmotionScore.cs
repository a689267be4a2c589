namespace JourneyBot.Workshop;

/// <summary>One participant's private feeling for a persona in a stage (step 2): -2..+2 and an optional word.</summary>
public sealed record EmotionScore : IContribution
{
    /// <summary>"{personaId}.{stageId}.{aadObjectId}": one score per participant per cell.</summary>
    public required string Id { get; init; }

    public required string PersonaId { get; init; }

    public required string StageId { get; init; }

    public required int Score { get; init; }

    public string? Word { get; init; }

    /// <summary>The participant whose score this is.</summary>
    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The id of a participant's score for a persona and a stage (object id lower-cased: AAD ids ignore case).</summary>
    public static string IdFor(string personaId, string stageId, string aadObjectId) =>
        $"{PersonaStageCell.IdFor(personaId, stageId)}.{aadObjectId.ToLowerInvariant()}";
}
