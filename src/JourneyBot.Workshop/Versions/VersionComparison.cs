namespace JourneyBot.Workshop;

/// <summary>
/// Version n+1 against version n (or a future-state map against its current state, docs/method.md, Step 7): KPI values
/// and their change, revealed emotion means per persona x stage and their change, pain points new and gone, and the
/// actions done and dropped since the older.
/// </summary>
/// <remarks>
/// Pain points are step 6's pain point findings (<see cref="FindingGroup.PainPoint"/>: a cell with pain points written,
/// or a revealed mean at or under the low threshold), matched by finding id (which names the persona and the stage), as
/// each version recorded them when it was finished. A cell's pain point text that was only reworded is no change.
/// </remarks>
public sealed record VersionComparison
{
    public required MapVersion Older { get; init; }

    public required MapVersion Newer { get; init; }

    /// <summary>Every KPI of either version, the newer's in journey order first, then those only the older has.</summary>
    public required IReadOnlyList<KpiChange> Kpis { get; init; }

    /// <summary>Every persona x stage (matched by persona and stage id) with a revealed mean in at least one version.</summary>
    public required IReadOnlyList<EmotionChange> Emotions { get; init; }

    /// <summary>The newer's pain point findings the older did not have.</summary>
    public required IReadOnlyList<Finding> NewPainPoints { get; init; }

    /// <summary>The older's pain point findings the newer no longer has.</summary>
    public required IReadOnlyList<Finding> GonePainPoints { get; init; }

    /// <summary>The newer's actions that are done and were not done in the older (or not there yet).</summary>
    public required IReadOnlyList<ActionItem> ActionsDone { get; init; }

    /// <summary>The newer's actions that are dropped and were not dropped in the older (or not there yet).</summary>
    public required IReadOnlyList<ActionItem> ActionsDropped { get; init; }

    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/>; pure, so any two versions compare the same way every time.</summary>
    public static VersionComparison Of(MapVersion older, MapVersion newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var olderPainPoints = PainPointsOf(older);
        var newerPainPoints = PainPointsOf(newer);
        var olderActions = older.Actions.ToDictionary(action => action.Id, StringComparer.Ordinal);
        return new VersionComparison
        {
            Older = older,
            Newer = newer,
            Kpis = KpiChanges(older.Map, newer.Map),
            Emotions = EmotionChanges(older.Map, newer.Map),
            NewPainPoints = [.. newerPainPoints.Where(finding => !olderPainPoints.Any(old => old.Id == finding.Id))],
            GonePainPoints = [.. olderPainPoints.Where(finding => !newerPainPoints.Any(current => current.Id == finding.Id))],
            ActionsDone = [.. NewlyIn(ActionStatus.Done, newer.Actions, olderActions)],
            ActionsDropped = [.. NewlyIn(ActionStatus.Dropped, newer.Actions, olderActions)],
        };
    }

    private static List<Finding> PainPointsOf(MapVersion version) =>
        [.. version.Findings.Where(finding => finding.Group == FindingGroup.PainPoint)];

    private static IEnumerable<ActionItem> NewlyIn(ActionStatus status, IReadOnlyList<ActionItem> newer, Dictionary<string, ActionItem> older) =>
        newer.Where(action => action.Status == status && (!older.TryGetValue(action.Id, out var before) || before.Status != status));

    /// <summary>KPIs matched by id, then the rest by stage and name (case-insensitive), e.g. a future-state map's KPIs against the current map's.</summary>
    private static List<KpiChange> KpiChanges(JourneyMap older, JourneyMap newer)
    {
        var unmatched = older.Kpis.ToList();
        var changes = new List<KpiChange>();
        foreach (var kpi in KpisInJourneyOrder(newer))
        {
            var match = unmatched.FirstOrDefault(old => old.Id == kpi.Id)
                ?? unmatched.FirstOrDefault(old => old.StageId == kpi.StageId
                    && string.Equals(old.Details.Name, kpi.Details.Name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                unmatched.Remove(match);
            }

            changes.Add(new KpiChange(kpi.StageId, kpi.Details.Name, kpi.Id, match?.Details.Value, kpi.Details.Value));
        }

        changes.AddRange(KpisInJourneyOrder(older)
            .Where(unmatched.Contains)
            .Select(kpi => new KpiChange(kpi.StageId, kpi.Details.Name, kpi.Id, kpi.Details.Value, null)));
        return changes;
    }

    private static IEnumerable<Kpi> KpisInJourneyOrder(JourneyMap map)
    {
        var position = map.StagesInOrder.Select((stage, index) => (stage.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        return map.Kpis.OrderBy(kpi => position.GetValueOrDefault(kpi.StageId, int.MaxValue));
    }

    private static List<EmotionChange> EmotionChanges(JourneyMap older, JourneyMap newer)
    {
        var olderMeans = MeansOf(older);
        var newerMeans = MeansOf(newer);
        var cells = newer.Personas.SelectMany(persona => newer.StagesInOrder.Select(stage => (PersonaId: persona.Id, StageId: stage.Id)))
            .Concat(older.Personas.SelectMany(persona => older.StagesInOrder.Select(stage => (PersonaId: persona.Id, StageId: stage.Id))))
            .Distinct();
        return
        [
            .. from cell in cells
               let before = olderMeans.GetValueOrDefault(cell)
               let after = newerMeans.GetValueOrDefault(cell)
               where before is not null || after is not null
               select new EmotionChange(cell.PersonaId, cell.StageId, before, after),
        ];
    }

    /// <summary>Revealed means only: before the reveal a version's scores are private and count for nothing here.</summary>
    private static Dictionary<(string PersonaId, string StageId), decimal?> MeansOf(JourneyMap map) =>
        !map.EmotionsRevealed
            ? []
            : map.EmotionScores
                .GroupBy(score => (score.PersonaId, score.StageId))
                .ToDictionary(group => group.Key, group => (decimal?)Math.Round((decimal)group.Average(score => score.Score), 2));
}

/// <summary>One KPI in both versions, or only one (the other's value null).</summary>
/// <param name="StageId">The stage it measures (the newer's when in both).</param>
/// <param name="Name">Its name (the newer's when in both).</param>
/// <param name="KpiId">Its id in the version that names it.</param>
/// <param name="Before">The older's value, or null when the older has no such KPI.</param>
/// <param name="After">The newer's value, or null when the newer no longer has it.</param>
public sealed record KpiChange(string StageId, string Name, string KpiId, decimal? Before, decimal? After)
{
    /// <summary>After minus before, when both are known.</summary>
    public decimal? Change => Before is { } before && After is { } after ? after - before : null;
}

/// <summary>One persona x stage's revealed emotion mean in each version (null: not revealed or nobody scored), to two places.</summary>
public sealed record EmotionChange(string PersonaId, string StageId, decimal? Before, decimal? After)
{
    /// <summary>After minus before, when both are known.</summary>
    public decimal? Change => Before is { } before && After is { } after ? after - before : null;
}
