namespace JourneyBot.Workshop;

/// <summary>One persona-stage cell's emotions as one viewer may see them.</summary>
public sealed record EmotionCellView
{
    public required string PersonaId { get; init; }

    public required string StageId { get; init; }

    /// <summary>The viewer's own score, or null when they have not scored.</summary>
    public EmotionScore? Own { get; init; }

    /// <summary>How many have scored: shown before the reveal too, as progress, without any values.</summary>
    public required int Count { get; init; }

    /// <summary>Everyone's scores summed up; null before the reveal and when nobody has scored.</summary>
    public EmotionAggregate? Aggregate { get; init; }
}

/// <summary>How one cell's revealed scores relate to each other, so a card never calls a single score a consensus.</summary>
public enum EmotionAgreement
{
    /// <summary>Only one person has scored: no spread, nobody to agree or differ with.</summary>
    OneScore,

    /// <summary>Two or more scored, all the same.</summary>
    Same,

    /// <summary>Two or more scored, not all the same: <see cref="EmotionAggregate.MostDivergent"/> names who differs most.</summary>
    Differ,
}

/// <summary>The scores of one cell after the reveal: where the team stands and who sees it differently.</summary>
/// <param name="Mean">The arithmetic mean.</param>
/// <param name="Spread">The population standard deviation: 0 when everyone agrees.</param>
/// <param name="Count">How many scored.</param>
/// <param name="MostDivergent">The score farthest from the mean (ties: the earliest given); null when everyone agrees.</param>
public sealed record EmotionAggregate(double Mean, double Spread, int Count, EmotionScore? MostDivergent)
{
    /// <summary>One score, several the same, or several that differ.</summary>
    public EmotionAgreement Agreement => Count == 1 ? EmotionAgreement.OneScore
        : MostDivergent is null ? EmotionAgreement.Same
        : EmotionAgreement.Differ;

    /// <summary>The aggregate of <paramref name="scores"/>, or null when there are none.</summary>
    public static EmotionAggregate? Of(IReadOnlyCollection<EmotionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            return null;
        }

        var mean = scores.Average(score => (double)score.Score);
        var spread = Math.Sqrt(scores.Average(score => Math.Pow(score.Score - mean, 2)));
        var mostDivergent = spread == 0
            ? null
            : scores
                .OrderByDescending(score => Math.Abs(score.Score - mean))
                .ThenBy(score => score.CreatedAt)
                .ThenBy(score => score.Author.AadObjectId, StringComparer.Ordinal)
                .First();
        return new EmotionAggregate(mean, spread, scores.Count, mostDivergent);
    }
}

/// <summary>
/// One stage's emotions as one viewer may see them: a cell per persona, in persona order, and the stage's counts. It
/// has no mean of its own on purpose: scores of different personas measure different people's experience, so a
/// stage is summed up persona by persona, never averaged across them.
/// </summary>
public sealed record StageEmotionsView
{
    public required string StageId { get; init; }

    /// <summary>The stage's cell of each persona, in persona order.</summary>
    public required IReadOnlyList<EmotionCellView> Personas { get; init; }

    /// <summary>How many scores the stage has, all personas together: progress, shown before the reveal too.</summary>
    public int Count => Personas.Sum(cell => cell.Count);

    /// <summary>For how many personas the viewer has scored this stage.</summary>
    public int OwnCount => Personas.Count(cell => cell.Own is not null);
}
