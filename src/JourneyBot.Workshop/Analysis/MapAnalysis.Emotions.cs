namespace JourneyBot.Workshop;

/// <summary>Pain points, emotion dips and disagreements: the rules on step 2's cells and (revealed) scores.</summary>
public sealed partial class MapAnalysis
{
    /// <summary>A revealed mean at or below the pain threshold (High); pain points written in the cell (Medium).</summary>
    private static void PainPoints(AnalysisIndex index, AnalysisThresholds thresholds, List<Finding> findings)
    {
        foreach (var persona in index.Personas)
        {
            foreach (var stage in index.Stages)
            {
                if (index.EmotionOf(persona.Id, stage.Id) is { } emotion && emotion.Mean <= thresholds.PainMean)
                {
                    findings.Add(new Finding
                    {
                        Id = IdOf(FindingKind.LowEmotion, persona.Id, stage.Id),
                        Kind = FindingKind.LowEmotion,
                        Severity = FindingSeverity.High,
                        StageId = stage.Id,
                        PersonaIds = [persona.Id],
                        Arguments =
                        [
                            FindingArgument.Persona(persona.Id), FindingArgument.Stage(stage.Id),
                            FindingArgument.Mean(emotion.Mean), FindingArgument.Count(emotion.Count),
                        ],
                    });
                }

                if (index.PainPointsWritten.Contains((persona.Id, stage.Id)))
                {
                    findings.Add(new Finding
                    {
                        Id = IdOf(FindingKind.WrittenPainPoint, persona.Id, stage.Id),
                        Kind = FindingKind.WrittenPainPoint,
                        Severity = FindingSeverity.Medium,
                        StageId = stage.Id,
                        PersonaIds = [persona.Id],
                        Arguments = [FindingArgument.Persona(persona.Id), FindingArgument.Stage(stage.Id)],
                    });
                }
            }
        }
    }

    /// <summary>Each persona's lowest stage and largest fall between consecutive scored stages (revealed means only).</summary>
    private static void EmotionDips(AnalysisIndex index, AnalysisThresholds thresholds, List<Finding> findings)
    {
        foreach (var persona in index.Personas)
        {
            (Stage Stage, decimal Mean)? lowest = null;
            decimal? highest = null;
            var scored = 0;
            (Stage From, decimal FromMean, Stage To, decimal ToMean)? largest = null;
            (Stage Stage, decimal Mean)? previous = null;
            foreach (var stage in index.Stages)
            {
                if (index.EmotionOf(persona.Id, stage.Id) is not { } emotion)
                {
                    previous = null; // an unscored stage breaks the curve, as on the map
                    continue;
                }

                scored++;
                if (lowest is null || emotion.Mean < lowest.Value.Mean)
                {
                    lowest = (stage, emotion.Mean);
                }

                highest = Math.Max(highest ?? emotion.Mean, emotion.Mean);
                if (previous is { } before && before.Mean - emotion.Mean > 0
                    && (largest is null || before.Mean - emotion.Mean > largest.Value.FromMean - largest.Value.ToMean))
                {
                    largest = (before.Stage, before.Mean, stage, emotion.Mean);
                }

                previous = (stage, emotion.Mean);
            }

            if (scored >= 2 && lowest is { } low && low.Mean < highest)
            {
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.LowestStage, persona.Id, low.Stage.Id),
                    Kind = FindingKind.LowestStage,
                    Severity = low.Mean < 0 ? FindingSeverity.Medium : FindingSeverity.Low,
                    StageId = low.Stage.Id,
                    PersonaIds = [persona.Id],
                    Arguments = [FindingArgument.Persona(persona.Id), FindingArgument.Stage(low.Stage.Id), FindingArgument.Mean(low.Mean)],
                });
            }

            if (largest is { } fall)
            {
                var size = fall.FromMean - fall.ToMean;
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.LargestFall, persona.Id, fall.From.Id, fall.To.Id),
                    Kind = FindingKind.LargestFall,
                    Severity = size >= thresholds.SteepFall ? FindingSeverity.High : size >= 1 ? FindingSeverity.Medium : FindingSeverity.Low,
                    StageId = fall.From.Id,
                    NextStageId = fall.To.Id,
                    PersonaIds = [persona.Id],
                    Arguments =
                    [
                        FindingArgument.Persona(persona.Id),
                        FindingArgument.Stage(fall.From.Id), FindingArgument.Mean(fall.FromMean),
                        FindingArgument.Stage(fall.To.Id), FindingArgument.Mean(fall.ToMean),
                        FindingArgument.Spread(size),
                    ],
                });
            }
        }
    }

    /// <summary>Cells whose revealed scores spread widely (Medium) or only fall on both sides of zero (Low).</summary>
    private static void Disagreements(AnalysisIndex index, AnalysisThresholds thresholds, List<Finding> findings)
    {
        foreach (var persona in index.Personas)
        {
            foreach (var stage in index.Stages)
            {
                if (index.EmotionOf(persona.Id, stage.Id) is not { Count: >= 2 } emotion)
                {
                    continue;
                }

                var wide = emotion.Spread >= thresholds.DisagreementSpread;
                if (wide || (emotion.Min < 0 && emotion.Max > 0))
                {
                    findings.Add(new Finding
                    {
                        Id = IdOf(FindingKind.Disagreement, persona.Id, stage.Id),
                        Kind = FindingKind.Disagreement,
                        Severity = wide ? FindingSeverity.Medium : FindingSeverity.Low,
                        StageId = stage.Id,
                        PersonaIds = [persona.Id],
                        Arguments =
                        [
                            FindingArgument.Persona(persona.Id), FindingArgument.Stage(stage.Id), FindingArgument.Spread(emotion.Spread),
                            FindingArgument.Score(emotion.Min), FindingArgument.Score(emotion.Max), FindingArgument.Count(emotion.Count),
                        ],
                    });
                }
            }
        }
    }
}
