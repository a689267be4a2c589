namespace JourneyBot.Workshop;

/// <summary>
/// Step 7's action items in the order a team works through them on a given day, with counts per status: what the
/// board, a finished map and a reminder all read (docs/method.md, Step 7).
/// </summary>
/// <remarks>
/// Order: open items past their due date first (the oldest first), then open items by due date, then open items
/// without a date, then done and dropped ones; ties by when they were added, then id, so the order never flickers.
/// "Open" is not started or in progress.
/// </remarks>
public sealed record ActionPlan
{
    /// <summary>The day the plan was drawn up for: an item due before it and still open is overdue.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Every action item, in plan order.</summary>
    public required IReadOnlyList<ActionPlanItem> Items { get; init; }

    /// <summary>How many items have each status (every status present, 0 when none).</summary>
    public required IReadOnlyDictionary<ActionStatus, int> Counts { get; init; }

    /// <summary>How many open items are past their due date.</summary>
    public int Overdue => Items.Count(item => item.IsOverdue);

    /// <summary>The shortlisted ideas no action has been made from yet, in the order they were added.</summary>
    public required IReadOnlyList<Idea> IdeasWithoutAction { get; init; }

    /// <summary>The plan of <paramref name="map"/> as it stands on <paramref name="today"/>.</summary>
    public static ActionPlan Of(JourneyMap map, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(map);
        var kpis = map.Kpis.ToDictionary(kpi => kpi.Id, StringComparer.Ordinal);
        var ideas = map.Ideas.ToDictionary(idea => idea.Id, StringComparer.Ordinal);
        var items = map.Actions
            .Select(action => new ActionPlanItem
            {
                Action = action,
                IsOverdue = IsOpen(action.Status) && action.Details.DueDate < today,
                Kpi = action.Details.KpiId is { } kpiId ? kpis.GetValueOrDefault(kpiId) : null,
                Idea = action.IdeaId is { } ideaId ? ideas.GetValueOrDefault(ideaId) : null,
            })
            .OrderBy(Group)
            .ThenBy(item => item.Action.Details.DueDate ?? DateOnly.MaxValue)
            .ThenBy(item => item.Action.CreatedAt)
            .ThenBy(item => item.Action.Id, StringComparer.Ordinal)
            .ToArray();
        var linked = map.Actions.Select(action => action.IdeaId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new ActionPlan
        {
            Today = today,
            Items = items,
            Counts = Enum.GetValues<ActionStatus>().ToDictionary(status => status, status => map.Actions.Count(action => action.Status == status)),
            IdeasWithoutAction = [.. map.ShortlistedIdeas.Where(idea => !linked.Contains(idea.Id))],
        };
    }

    /// <summary>True for the statuses that still need work: not started and in progress.</summary>
    public static bool IsOpen(ActionStatus status) => status is ActionStatus.NotStarted or ActionStatus.InProgress;

    private static int Group(ActionPlanItem item) =>
        item.IsOverdue ? 0
        : !IsOpen(item.Action.Status) ? 3
        : item.Action.Details.DueDate is null ? 2
        : 1;
}

/// <summary>One action item in the plan, with what it links to looked up (null when unlinked).</summary>
public sealed record ActionPlanItem
{
    public required ActionItem Action { get; init; }

    /// <summary>Still open and due before the plan's day.</summary>
    public required bool IsOverdue { get; init; }

    /// <summary>The step 4 KPI it should move, with its current value and unit text, or null.</summary>
    public Kpi? Kpi { get; init; }

    /// <summary>The shortlisted idea it was made from, or null.</summary>
    public Idea? Idea { get; init; }
}
