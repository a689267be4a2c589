namespace JourneyBot.Workshop;

/// <summary>Bottlenecks and the data gaps that hide them: the rules on step 4's volume KPIs.</summary>
public sealed partial class MapAnalysis
{
    /// <summary>
    /// Conversions between consecutive stages whose volumes are comparable, the largest drop among them (High), and a
    /// data gap (Medium) wherever a conversion cannot be computed: never guessed, never skipped over.
    /// </summary>
    private static List<StageConversion> Funnel(AnalysisIndex index, List<Finding> findings)
    {
        var conversions = new List<StageConversion>();
        if (index.Volumes.Count == 0)
        {
            if (index.Stages.Count > 0)
            {
                findings.Add(new Finding { Id = IdOf(FindingKind.NoStageVolumes), Kind = FindingKind.NoStageVolumes, Severity = FindingSeverity.Medium });
            }

            return conversions;
        }

        foreach (var stage in index.Stages.Where(stage => !index.Volumes.ContainsKey(stage.Id)))
        {
            findings.Add(new Finding
            {
                Id = IdOf(FindingKind.MissingVolume, stage.Id),
                Kind = FindingKind.MissingVolume,
                Severity = FindingSeverity.Medium,
                StageId = stage.Id,
                Arguments = [FindingArgument.Stage(stage.Id)],
            });
        }

        for (var position = 1; position < index.Stages.Count; position++)
        {
            if (index.Volumes.GetValueOrDefault(index.Stages[position - 1].Id) is not { } from
                || index.Volumes.GetValueOrDefault(index.Stages[position].Id) is not { } to)
            {
                continue;
            }

            if (!SamePeriod(from.Details.Period, to.Details.Period))
            {
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.PeriodMismatch, from.StageId, to.StageId),
                    Kind = FindingKind.PeriodMismatch,
                    Severity = FindingSeverity.Medium,
                    StageId = from.StageId,
                    NextStageId = to.StageId,
                    KpiIds = [from.Id, to.Id],
                    Arguments =
                    [
                        FindingArgument.Stage(from.StageId), FindingArgument.Period(from.Details.Period),
                        FindingArgument.Stage(to.StageId), FindingArgument.Period(to.Details.Period),
                    ],
                });
            }
            else if (from.Details.Value == 0)
            {
                findings.Add(new Finding
                {
                    Id = IdOf(FindingKind.ZeroVolume, from.StageId, to.StageId),
                    Kind = FindingKind.ZeroVolume,
                    Severity = FindingSeverity.Medium,
                    StageId = from.StageId,
                    NextStageId = to.StageId,
                    KpiIds = [from.Id, to.Id],
                    Arguments = [FindingArgument.Stage(from.StageId), FindingArgument.Kpi(from.Id), FindingArgument.Stage(to.StageId)],
                });
            }
            else
            {
                conversions.Add(StageConversion.Between(from, to));
            }
        }

        StageConversion? largest = null;
        foreach (var conversion in conversions)
        {
            if (conversion.DropOffRate > 0 && (largest is null || conversion.DropOffRate > largest.DropOffRate))
            {
                largest = conversion;
            }
        }

        if (largest is { ConversionRate: { } rate, DropOffRate: { } drop })
        {
            var from = index.Volumes[largest.FromStageId];
            var to = index.Volumes[largest.ToStageId];
            findings.Add(new Finding
            {
                Id = IdOf(FindingKind.Bottleneck, largest.FromStageId, largest.ToStageId),
                Kind = FindingKind.Bottleneck,
                Severity = FindingSeverity.High,
                StageId = largest.FromStageId,
                NextStageId = largest.ToStageId,
                KpiIds = [from.Id, to.Id],
                Arguments =
                [
                    FindingArgument.Stage(from.StageId), FindingArgument.Kpi(from.Id), FindingArgument.Volume(largest.FromVolume),
                    FindingArgument.Stage(to.StageId), FindingArgument.Kpi(to.Id), FindingArgument.Volume(largest.ToVolume),
                    FindingArgument.Rate(rate), FindingArgument.Rate(drop),
                ],
            });
        }

        return conversions;
    }

    /// <summary>Both periods not given (the team's like-for-like, as in step 4), or both given and equal ignoring case.</summary>
    private static bool SamePeriod(string? from, string? to) =>
        from is null ? to is null : to is not null && string.Equals(from.Trim(), to.Trim(), StringComparison.OrdinalIgnoreCase);
}
