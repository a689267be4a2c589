namespace JourneyBot.Workshop;

/// <summary>
/// A map's items indexed once by stage, persona and touchpoint, so every rule of <see cref="MapAnalysis"/> reads
/// dictionaries instead of scanning lists: the analysis runs on every step 6 board render.
/// </summary>
internal sealed class AnalysisIndex
{
    public AnalysisIndex(JourneyMap map)
    {
        Stages = map.StagesInOrder;
        Personas = map.Personas;
        Revealed = map.EmotionsRevealed;
        for (var index = 0; index < Stages.Count; index++)
        {
            Position[Stages[index].Id] = index;
            TouchpointsByStage[Stages[index].Id] = [];
            KpiCount[Stages[index].Id] = 0;
            Claims[Stages[index].Id] = new ClaimCounts();
        }

        // Stable sort: ties on creation time keep the map's order, as JourneyMap.TouchpointsIn does.
        foreach (var touchpoint in map.Touchpoints.OrderBy(touchpoint => touchpoint.CreatedAt))
        {
            if (TouchpointsByStage.TryGetValue(touchpoint.StageId, out var list))
            {
                list.Add(touchpoint);
                StageOfTouchpoint[touchpoint.Id] = touchpoint.StageId;
            }
        }

        var ratings = new Dictionary<string, (int Sum, int Count)>(StringComparer.Ordinal);
        foreach (var rating in map.SatisfactionRatings)
        {
            var (sum, count) = ratings.GetValueOrDefault(rating.TouchpointId);
            ratings[rating.TouchpointId] = (sum + rating.Score, count + 1);
        }

        foreach (var (touchpointId, (sum, count)) in ratings)
        {
            // As JourneyMap.SatisfactionOf: the mean of the ratings, 2 places.
            Satisfaction[touchpointId] = new SatisfactionSummary(touchpointId, count, Math.Round((decimal)sum / count, 2));
            RatingTotals[touchpointId] = (sum, count);
        }

        foreach (var kpi in map.Kpis)
        {
            if (KpiCount.TryGetValue(kpi.StageId, out var count))
            {
                KpiCount[kpi.StageId] = count + 1;
                if (kpi.Details.IsStageVolume)
                {
                    // As JourneyMap.VolumeOf: the first marked KPI of the stage.
                    Volumes.TryAdd(kpi.StageId, kpi);
                }
            }
        }

        foreach (var cell in map.Cells)
        {
            var notes = cell.Notes;
            if (notes.CustomerGoal is not null || notes.Actions is not null || notes.ThoughtsAndQuestions is not null || notes.PainPoints is not null)
            {
                WrittenCells.Add((cell.PersonaId, cell.StageId));
            }

            if (notes.PainPoints is not null)
            {
                PainPointsWritten.Add((cell.PersonaId, cell.StageId));
            }
        }

        var scores = new Dictionary<(string PersonaId, string StageId), List<EmotionScore>>();
        foreach (var score in map.EmotionScores)
        {
            var key = (score.PersonaId, score.StageId);
            if (!scores.TryGetValue(key, out var list))
            {
                scores[key] = list = [];
            }

            list.Add(score);
        }

        foreach (var (key, list) in scores)
        {
            ScoreCount[key] = list.Count;
            // The privacy rule of step 2: no value of a score is read before the reveal, only how many there are.
            if (Revealed && EmotionAggregate.Of(list) is { } aggregate)
            {
                Emotions[key] = new CellEmotion(
                    Math.Round((decimal)aggregate.Mean, 2),
                    Math.Round((decimal)aggregate.Spread, 2),
                    aggregate.Count,
                    list.Min(score => score.Score),
                    list.Max(score => score.Score));
            }
        }

        foreach (var note in map.EvidenceNotes)
        {
            var stageId = note.Target.Kind switch
            {
                ItemKind.Stage => note.Target.Id,
                ItemKind.Touchpoint => StageOfTouchpoint.GetValueOrDefault(note.Target.Id),
                _ => null,
            };
            if (stageId is not null && Claims.TryGetValue(stageId, out var claims))
            {
                claims.Add(note.Backing);
            }
        }
    }

    /// <summary>The stages in journey order.</summary>
    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>The personas in the map's order.</summary>
    public IReadOnlyList<Persona> Personas { get; }

    public bool Revealed { get; }

    /// <summary>0-based place of each stage in journey order.</summary>
    public Dictionary<string, int> Position { get; } = new(StringComparer.Ordinal);

    /// <summary>Each stage's touchpoints in the order they were added (empty list for a stage without any).</summary>
    public Dictionary<string, List<Touchpoint>> TouchpointsByStage { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> StageOfTouchpoint { get; } = new(StringComparer.Ordinal);

    /// <summary>Satisfaction of each rated touchpoint (unrated ones are absent).</summary>
    public Dictionary<string, SatisfactionSummary> Satisfaction { get; } = new(StringComparer.Ordinal);

    /// <summary>Sum and count of each rated touchpoint's ratings, to pool them per channel.</summary>
    public Dictionary<string, (int Sum, int Count)> RatingTotals { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> KpiCount { get; } = new(StringComparer.Ordinal);

    /// <summary>Each stage's volume KPI, when it has one.</summary>
    public Dictionary<string, Kpi> Volumes { get; } = new(StringComparer.Ordinal);

    /// <summary>Persona-stage cells with something written.</summary>
    public HashSet<(string PersonaId, string StageId)> WrittenCells { get; } = [];

    public HashSet<(string PersonaId, string StageId)> PainPointsWritten { get; } = [];

    /// <summary>How many scored each cell (progress: known before the reveal too).</summary>
    public Dictionary<(string PersonaId, string StageId), int> ScoreCount { get; } = [];

    /// <summary>Each scored cell's revealed emotions; empty before the reveal.</summary>
    public Dictionary<(string PersonaId, string StageId), CellEmotion> Emotions { get; } = [];

    /// <summary>Each stage's claims: evidence notes on it and on its touchpoints.</summary>
    public Dictionary<string, ClaimCounts> Claims { get; } = new(StringComparer.Ordinal);

    /// <summary>The revealed emotion of a persona in a stage, or null (not revealed, or nobody scored).</summary>
    public CellEmotion? EmotionOf(string personaId, string stageId) => Emotions.GetValueOrDefault((personaId, stageId));
}

/// <summary>One cell's revealed scores: mean and population standard deviation (2 places), count, lowest and highest.</summary>
internal sealed record CellEmotion(decimal Mean, decimal Spread, int Count, int Min, int Max);

/// <summary>How a stage's claims are backed.</summary>
internal sealed class ClaimCounts
{
    public int Assumptions { get; private set; }

    public int PartlyBacked { get; private set; }

    public int DataBacked { get; private set; }

    public int Total => Assumptions + PartlyBacked + DataBacked;

    public void Add(EvidenceBacking backing)
    {
        switch (backing)
        {
            case EvidenceBacking.Assumption:
                Assumptions++;
                break;
            case EvidenceBacking.PartlyBacked:
                PartlyBacked++;
                break;
            default:
                DataBacked++;
                break;
        }
    }
}
