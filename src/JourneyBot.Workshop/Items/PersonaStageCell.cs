namespace JourneyBot.Workshop;

/// <summary>What a persona goes through in one stage (step 2); shared, so anyone may write it.</summary>
public sealed record PersonaStageCell : IContribution
{
    /// <summary>"{personaId}.{stageId}": one cell per persona and stage, so two writers meet on the same entity.</summary>
    public required string Id { get; init; }

    public required string PersonaId { get; init; }

    public required string StageId { get; init; }

    public required CellNotes Notes { get; init; }

    /// <summary>Who wrote it first.</summary>
    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who wrote it last, and when.</summary>
    public required Participant UpdatedBy { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The id of the cell for a persona and a stage.</summary>
    public static string IdFor(string personaId, string stageId) => $"{personaId}.{stageId}";
}

/// <summary>The text fields of a persona-stage cell; all optional.</summary>
public sealed record CellNotes
{
    public string? CustomerGoal { get; init; }

    public string? Actions { get; init; }

    public string? ThoughtsAndQuestions { get; init; }

    public string? PainPoints { get; init; }
}
