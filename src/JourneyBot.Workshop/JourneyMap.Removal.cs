namespace JourneyBot.Workshop;

/// <summary>Removing items, and what hangs on them.</summary>
/// <remarks>
/// Removing an item that others' work hangs on (a persona's cells and scores; a stage's cells, scores, touchpoints,
/// KPIs and notes; a touchpoint's ratings and notes) is refused with "inUse" unless the caller confirms with
/// removeDependents, so nobody deletes a colleague's work by accident; confirmed, every dependent is removed and reported.
/// </remarks>
public sealed partial record JourneyMap
{
    /// <summary>Everything that would go with the item: the removals a confirmed remove reports after the item itself.</summary>
    public IReadOnlyList<MapChange> DependentsOf(ItemKind kind, string id) => kind switch
    {
        ItemKind.Persona =>
        [
            .. Cells.Where(cell => cell.PersonaId == id).Select(cell => Removed(ItemKind.PersonaStageCell, cell.Id)),
            .. EmotionScores.Where(score => score.PersonaId == id).Select(score => Removed(ItemKind.EmotionScore, score.Id)),
        ],
        ItemKind.Stage =>
        [
            .. Cells.Where(cell => cell.StageId == id).Select(cell => Removed(ItemKind.PersonaStageCell, cell.Id)),
            .. EmotionScores.Where(score => score.StageId == id).Select(score => Removed(ItemKind.EmotionScore, score.Id)),
            .. Touchpoints.Where(touchpoint => touchpoint.StageId == id)
                .SelectMany(touchpoint => DependentsOf(ItemKind.Touchpoint, touchpoint.Id).Prepend(Removed(ItemKind.Touchpoint, touchpoint.Id))),
            .. Kpis.Where(kpi => kpi.StageId == id).Select(kpi => Removed(ItemKind.Kpi, kpi.Id)),
            .. NotesAbout(ItemKind.Stage, id),
        ],
        ItemKind.Touchpoint =>
        [
            .. SatisfactionRatings.Where(rating => rating.TouchpointId == id).Select(rating => Removed(ItemKind.SatisfactionRating, rating.Id)),
            .. NotesAbout(ItemKind.Touchpoint, id),
        ],
        _ => [],
    };

    /// <summary>Removes an item by its author or a facilitator, with its dependents when confirmed.</summary>
    private MapOutcome RemoveItem(Participant actor, ItemKind kind, string id, bool removeDependents)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Existing(actor, kind, "id", id, out _);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var dependents = DependentsOf(kind, id);
        if (dependents.Count > 0 && !removeDependents)
        {
            return MapOutcome.Rejected(this, ValidationError.Of("id", ErrorCodes.InUse, dependents.Count));
        }

        IReadOnlyList<MapChange> removals = [Removed(kind, id), .. dependents];
        return MapOutcome.Applied(this, Without(removals), removals);
    }

    private IEnumerable<MapChange> NotesAbout(ItemKind kind, string id) =>
        EvidenceNotes.Where(note => note.Target == new EvidenceTarget(kind, id)).Select(note => Removed(ItemKind.EvidenceNote, note.Id));

    private JourneyMap Without(IReadOnlyList<MapChange> removals)
    {
        var gone = removals.Select(change => (change.Item, change.Id)).ToHashSet();
        return this with
        {
            Goals = [.. Goals.Where(item => !gone.Contains((ItemKind.Goal, item.Id)))],
            Personas = [.. Personas.Where(item => !gone.Contains((ItemKind.Persona, item.Id)))],
            Stages = [.. Stages.Where(item => !gone.Contains((ItemKind.Stage, item.Id)))],
            Cells = [.. Cells.Where(item => !gone.Contains((ItemKind.PersonaStageCell, item.Id)))],
            EmotionScores = [.. EmotionScores.Where(item => !gone.Contains((ItemKind.EmotionScore, item.Id)))],
            Touchpoints = [.. Touchpoints.Where(item => !gone.Contains((ItemKind.Touchpoint, item.Id)))],
            Kpis = [.. Kpis.Where(item => !gone.Contains((ItemKind.Kpi, item.Id)))],
            SatisfactionRatings = [.. SatisfactionRatings.Where(item => !gone.Contains((ItemKind.SatisfactionRating, item.Id)))],
            EvidenceNotes = [.. EvidenceNotes.Where(item => !gone.Contains((ItemKind.EvidenceNote, item.Id)))],
        };
    }
}
