using System.Collections.Frozen;

namespace JourneyBot.Workshop;

/// <summary>The one declaration of each kind of item a map holds; adding a kind is one entry here plus its commands.</summary>
/// <remarks>
/// The order is meaningful: storage writes a new workshop's items in it, and a removal reports dependents in it, each
/// followed by what hangs on it in turn (a stage's cells, scores, touchpoints with their ratings and notes, KPIs, notes;
/// an idea's votes, then its scores).
/// </remarks>
public static class ItemKinds
{
    /// <summary>Every item kind (not <see cref="ItemKind.Header"/>: the map itself is the header).</summary>
    public static IReadOnlyList<ItemKindDeclaration> All { get; } =
    [
        Declare(ItemKind.Goal, "Goal", "ItemsGoals", map => map.Goals, (map, items) => map with { Goals = items }),
        Declare(ItemKind.Persona, "Persona", "ItemsPersonas", map => map.Personas, (map, items) => map with { Personas = items }),
        Declare(ItemKind.Stage, "Stage", "ItemsStages", map => map.Stages, (map, items) => map with { Stages = items }),
        Declare(ItemKind.PersonaStageCell, "PersonaStageCell", "ItemsCells", map => map.Cells, (map, items) => map with { Cells = items },
            ParentLink.To<PersonaStageCell>(ItemKind.Persona, cell => cell.PersonaId),
            ParentLink.To<PersonaStageCell>(ItemKind.Stage, cell => cell.StageId)),
        Declare(ItemKind.EmotionScore, "EmotionScore", "ItemsScores", map => map.EmotionScores, (map, items) => map with { EmotionScores = items },
            ParentLink.To<EmotionScore>(ItemKind.Persona, score => score.PersonaId),
            ParentLink.To<EmotionScore>(ItemKind.Stage, score => score.StageId)),
        Declare(ItemKind.Touchpoint, "Touchpoint", "ItemsTouchpoints", map => map.Touchpoints, (map, items) => map with { Touchpoints = items },
            ParentLink.To<Touchpoint>(ItemKind.Stage, touchpoint => touchpoint.StageId)),
        Declare(ItemKind.Kpi, "Kpi", "ItemsKpis", map => map.Kpis, (map, items) => map with { Kpis = items },
            ParentLink.To<Kpi>(ItemKind.Stage, kpi => kpi.StageId)),
        Declare(ItemKind.SatisfactionRating, "SatisfactionRating", "ItemsRatings", map => map.SatisfactionRatings, (map, items) => map with { SatisfactionRatings = items },
            ParentLink.To<SatisfactionRating>(ItemKind.Touchpoint, rating => rating.TouchpointId)),
        Declare(ItemKind.EvidenceNote, "EvidenceNote", "ItemsNotes", map => map.EvidenceNotes, (map, items) => map with { EvidenceNotes = items },
            ParentLink.To<EvidenceNote>(ItemKind.Stage, note => note.Target.Kind == ItemKind.Stage ? note.Target.Id : null),
            ParentLink.To<EvidenceNote>(ItemKind.Touchpoint, note => note.Target.Kind == ItemKind.Touchpoint ? note.Target.Id : null)),
        // An idea's goal is not a parent: removing a goal unlinks the ideas serving it (JourneyMap.RemoveGoal), never removes them.
        Declare(ItemKind.Idea, "Idea", "ItemsIdeas", map => map.Ideas, (map, items) => map with { Ideas = items }),
        Declare(ItemKind.IdeaVote, "IdeaVote", "ItemsVotes", map => map.IdeaVotes, (map, items) => map with { IdeaVotes = items },
            ParentLink.To<IdeaVote>(ItemKind.Idea, vote => vote.IdeaId)),
        Declare(ItemKind.IdeaScore, "IdeaScore", "ItemsIdeaScores", map => map.IdeaScores, (map, items) => map with { IdeaScores = items },
            ParentLink.To<IdeaScore>(ItemKind.Idea, score => score.IdeaId)),
        // An action's idea and KPI are not parents: removing either unlinks the actions, never removes them.
        Declare(ItemKind.ActionItem, "ActionItem", "ItemsActions", map => map.Actions, (map, items) => map with { Actions = items }),
    ];

    private static readonly FrozenDictionary<ItemKind, ItemKindDeclaration> ByKind = All.ToFrozenDictionary(declaration => declaration.Kind);

    // Ordinal: a row key's kind is matched exactly, as it was written.
    private static readonly FrozenDictionary<string, ItemKindDeclaration> ByRow = All.ToFrozenDictionary(declaration => declaration.RowKind, StringComparer.Ordinal);

    /// <summary>The declaration of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is the header or not a declared kind.</exception>
    public static ItemKindDeclaration Of(ItemKind kind) =>
        Find(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an item kind (see ItemKinds.All).");

    /// <summary>The declaration of <paramref name="kind"/>, or null for the header and undeclared values.</summary>
    public static ItemKindDeclaration? Find(ItemKind kind) => ByKind.GetValueOrDefault(kind);

    /// <summary>The kind stored under <paramref name="rowKind"/>, or null when this version declares none by that name.</summary>
    public static ItemKindDeclaration? FindByRowKind(string rowKind)
    {
        ArgumentNullException.ThrowIfNull(rowKind);
        return ByRow.GetValueOrDefault(rowKind);
    }

    private static ItemKindDeclaration<T> Declare<T>(
        ItemKind kind,
        string rowKind,
        string labelKey,
        Func<JourneyMap, IReadOnlyList<T>> read,
        Func<JourneyMap, IReadOnlyList<T>, JourneyMap> replace,
        params ParentLink[] parents)
        where T : class, IContribution => new(kind, rowKind, labelKey, read, replace, parents);
}
