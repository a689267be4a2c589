namespace JourneyBot.Workshop.Tests;

/// <summary>
/// What really differs between two maps, entity by entity, computed independently of the commands: the yardstick for
/// "a command reports exactly the changes it made" (storage writes only what is reported).
/// </summary>
internal static class MapDiff
{
    public static IReadOnlySet<MapChange> Between(JourneyMap before, JourneyMap after)
    {
        var changes = new HashSet<MapChange>();
        if (HeaderOf(before) != HeaderOf(after) || !before.CoFacilitators.SequenceEqual(after.CoFacilitators))
        {
            changes.Add(new MapChange(ItemKind.Header, after.Id, ChangeKind.Updated));
        }

        Compare(ItemKind.Goal, before.Goals, after.Goals, changes);
        Compare(ItemKind.Persona, before.Personas, after.Personas, changes);
        Compare(ItemKind.Stage, before.Stages, after.Stages, changes);
        Compare(ItemKind.PersonaStageCell, before.Cells, after.Cells, changes);
        Compare(ItemKind.EmotionScore, before.EmotionScores, after.EmotionScores, changes);
        Compare(ItemKind.Touchpoint, before.Touchpoints, after.Touchpoints, changes);
        Compare(ItemKind.Kpi, before.Kpis, after.Kpis, changes);
        Compare(ItemKind.SatisfactionRating, before.SatisfactionRatings, after.SatisfactionRatings, changes);
        Compare(ItemKind.EvidenceNote, before.EvidenceNotes, after.EvidenceNotes, changes);
        Compare(ItemKind.Idea, before.Ideas, after.Ideas, changes);
        Compare(ItemKind.IdeaVote, before.IdeaVotes, after.IdeaVotes, changes);
        Compare(ItemKind.IdeaScore, before.IdeaScores, after.IdeaScores, changes);
        Compare(ItemKind.ActionItem, before.Actions, after.Actions, changes);
        return changes;
    }

    /// <summary>The header alone: every item list emptied (to the same instances), so record equality compares header fields.</summary>
    private static JourneyMap HeaderOf(JourneyMap map) => map with
    {
        CoFacilitators = Array.Empty<Participant>(),
        Goals = Array.Empty<Goal>(),
        Personas = Array.Empty<Persona>(),
        Stages = Array.Empty<Stage>(),
        Cells = Array.Empty<PersonaStageCell>(),
        EmotionScores = Array.Empty<EmotionScore>(),
        Touchpoints = Array.Empty<Touchpoint>(),
        Kpis = Array.Empty<Kpi>(),
        SatisfactionRatings = Array.Empty<SatisfactionRating>(),
        EvidenceNotes = Array.Empty<EvidenceNote>(),
        Ideas = Array.Empty<Idea>(),
        IdeaVotes = Array.Empty<IdeaVote>(),
        IdeaScores = Array.Empty<IdeaScore>(),
        Actions = Array.Empty<ActionItem>(),
    };

    private static void Compare<T>(ItemKind kind, IReadOnlyList<T> before, IReadOnlyList<T> after, HashSet<MapChange> changes)
        where T : IContribution
    {
        var old = before.ToDictionary(item => item.Id, StringComparer.Ordinal);
        var now = after.ToDictionary(item => item.Id, StringComparer.Ordinal);
        foreach (var (id, item) in now)
        {
            if (!old.TryGetValue(id, out var previous))
            {
                changes.Add(new MapChange(kind, id, ChangeKind.Added));
            }
            else if (!EqualityComparer<T>.Default.Equals(previous, item))
            {
                changes.Add(new MapChange(kind, id, ChangeKind.Updated));
            }
        }

        foreach (var id in old.Keys.Where(id => !now.ContainsKey(id)))
        {
            changes.Add(new MapChange(kind, id, ChangeKind.Removed));
        }
    }
}
