namespace JourneyBot.Workshop;

/// <summary>The kinds of thing a map holds, one storage entity each (the header is one too).</summary>
public enum ItemKind
{
    Header,
    Goal,
    Persona,
    Stage,
    PersonaStageCell,
    EmotionScore,
    Touchpoint,
    Kpi,
    SatisfactionRating,
    EvidenceNote,
    Idea,
    IdeaVote,
    IdeaScore,
    ActionItem,
}

/// <summary>What happened to one entity.</summary>
public enum ChangeKind
{
    Added,
    Updated,
    Removed,
}

/// <summary>One entity a command changed: storage writes (or deletes) exactly these, in one batch.</summary>
/// <param name="Item">Which kind of entity.</param>
/// <param name="Id">Its id; for the header, the workshop id.</param>
/// <param name="Change">Added, updated or removed.</param>
public sealed record MapChange(ItemKind Item, string Id, ChangeKind Change);
