namespace JourneyBot.Workshop;

/// <summary>Gaps, overload and research gaps: what the map lacks or has too much of, stage by stage.</summary>
public sealed partial class MapAnalysis
{
    /// <summary>Stages without touchpoints, notes or data; touchpoints without an owner.</summary>
    private static void Gaps(AnalysisIndex index, List<Finding> findings)
    {
        foreach (var stage in index.Stages)
        {
            var touchpoints = index.TouchpointsByStage[stage.Id];
            if (touchpoints.Count == 0)
            {
                findings.Add(StageFinding(FindingKind.NoTouchpoints, FindingSeverity.Medium, stage.Id));
            }

            string[] missing = [.. index.Personas.Select(persona => persona.Id).Where(personaId => !index.WrittenCells.Contains((personaId, stage.Id)))];
            if (missing.Length > 0)
            {
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.MissingCells, stage.Id),
                    Kind = FindingKind.MissingCells,
                    Severity = FindingSeverity.Low,
                    StageId = stage.Id,
                    PersonaIds = missing,
                    Arguments = [FindingArgument.Stage(stage.Id), FindingArgument.Count(missing.Length), FindingArgument.Count(index.Personas.Count)],
                });
            }

            if (index.KpiCount[stage.Id] == 0)
            {
                var claims = index.Claims[stage.Id];
                findings.Add(claims.PartlyBacked + claims.DataBacked == 0
                    ? StageFinding(FindingKind.NoData, FindingSeverity.Medium, stage.Id)
                    : StageFinding(FindingKind.NoKpi, FindingSeverity.Low, stage.Id));
            }

            foreach (var touchpoint in touchpoints.Where(touchpoint => touchpoint.Details.OwningTeam is null))
            {
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.UnownedTouchpoint, touchpoint.Id),
                    Kind = FindingKind.UnownedTouchpoint,
                    Severity = FindingSeverity.Low,
                    StageId = stage.Id,
                    TouchpointIds = [touchpoint.Id],
                    Arguments = [FindingArgument.Touchpoint(touchpoint.Id), FindingArgument.Stage(stage.Id)],
                });
            }
        }
    }

    /// <summary>Stages with more touchpoints than the threshold (Medium).</summary>
    private static void Overloads(AnalysisIndex index, AnalysisThresholds thresholds, List<Finding> findings)
    {
        foreach (var stage in index.Stages)
        {
            var touchpoints = index.TouchpointsByStage[stage.Id];
            if (touchpoints.Count > thresholds.OverloadTouchpoints)
            {
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.Overload, stage.Id),
                    Kind = FindingKind.Overload,
                    Severity = FindingSeverity.Medium,
                    StageId = stage.Id,
                    TouchpointIds = [.. touchpoints.Select(touchpoint => touchpoint.Id)],
                    Arguments = [FindingArgument.Stage(stage.Id), FindingArgument.Count(touchpoints.Count), FindingArgument.Count(thresholds.OverloadTouchpoints)],
                });
            }
        }
    }

    /// <summary>
    /// Stages whose claims are mostly assumptions: a partly backed note counts as half an assumption (it rests on some
    /// data, not enough to act on alone). Medium when every claim is an assumption, else Low.
    /// </summary>
    private static void ResearchGaps(AnalysisIndex index, AnalysisThresholds thresholds, List<Finding> findings)
    {
        foreach (var stage in index.Stages)
        {
            var claims = index.Claims[stage.Id];
            if (claims.Total == 0)
            {
                continue;
            }

            var share = Math.Round((claims.Assumptions + (claims.PartlyBacked / 2m)) / claims.Total, 4);
            if (share >= thresholds.ResearchGapShare)
            {
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.ResearchGap, stage.Id),
                    Kind = FindingKind.ResearchGap,
                    Severity = claims.Assumptions == claims.Total ? FindingSeverity.Medium : FindingSeverity.Low,
                    StageId = stage.Id,
                    Arguments =
                    [
                        FindingArgument.Stage(stage.Id), FindingArgument.Share(share), FindingArgument.Count(claims.Assumptions),
                        FindingArgument.Count(claims.PartlyBacked), FindingArgument.Count(claims.Total),
                    ],
                });
            }
        }
    }

    private static Finding StageFinding(FindingKind kind, FindingSeverity severity, string stageId) => new()
    {
        Id = IdOf(kind, stageId),
        Kind = kind,
        Severity = severity,
        StageId = stageId,
        Arguments = [FindingArgument.Stage(stageId)],
    };
}
