namespace JourneyBot.Workshop;

/// <summary>One workshop's customer journey map: the header and every item, immutable; commands return a new map and what changed.</summary>
/// <remarks>
/// Storage keeps a header entity and one entity per item; the app rebuilds the map with an object initializer
/// and, after a command, writes exactly <see cref="MapOutcome.Changes"/> (look each up with <see cref="Find"/>).
/// Item ids are made by the caller so that two people adding at once never collide.
/// </remarks>
public sealed partial record JourneyMap
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required MapType MapType { get; init; }

    public required StageTemplate Template { get; init; }

    /// <summary>One of <see cref="WorkshopLanguages.All"/>.</summary>
    public required string Language { get; init; }

    /// <summary>The person who started the workshop: the only one who may cancel it or name co-facilitators.</summary>
    public required Participant Facilitator { get; init; }

    /// <summary>People the facilitator trusts to move the steps, rename, and reveal emotions.</summary>
    public IReadOnlyList<Participant> CoFacilitators { get; init; } = [];

    public required WorkshopStep CurrentStep { get; init; }

    public required WorkshopStatus Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Goes up by one on every header change, so the app can tell a stale card from a current one.</summary>
    public required long Version { get; init; }

    /// <summary>False until a facilitator reveals the emotion scores; until then each person sees only their own.</summary>
    public bool EmotionsRevealed { get; init; }

    public IReadOnlyList<Goal> Goals { get; init; } = [];

    public IReadOnlyList<Persona> Personas { get; init; } = [];

    /// <summary>The stages; see <see cref="StagesInOrder"/> for journey order.</summary>
    public IReadOnlyList<Stage> Stages { get; init; } = [];

    public IReadOnlyList<PersonaStageCell> Cells { get; init; } = [];

    /// <summary>Everyone's scores, for storage; cards show them only through <see cref="EmotionsFor"/>, which keeps them private until the reveal.</summary>
    public IReadOnlyList<EmotionScore> EmotionScores { get; init; } = [];

    public IReadOnlyList<Touchpoint> Touchpoints { get; init; } = [];

    public IReadOnlyList<Kpi> Kpis { get; init; } = [];

    public IReadOnlyList<SatisfactionRating> SatisfactionRatings { get; init; } = [];

    public IReadOnlyList<EvidenceNote> EvidenceNotes { get; init; } = [];

    /// <summary>Step 6's ideas, in the order they were added.</summary>
    public IReadOnlyList<Idea> Ideas { get; init; } = [];

    /// <summary>Everyone's dot votes, for storage; cards show them only through <see cref="VotingFor"/>, which keeps them private until voting closes.</summary>
    public IReadOnlyList<IdeaVote> IdeaVotes { get; init; } = [];

    /// <summary>Everyone's impact and effort scores, for storage; cards show them only through <see cref="VotingFor"/>, like votes.</summary>
    public IReadOnlyList<IdeaScore> IdeaScores { get; init; } = [];

    /// <summary>Step 7's action items, in the order they were added.</summary>
    public IReadOnlyList<ActionItem> Actions { get; init; } = [];

    /// <summary>When the bot comes back to revisit the map once it is finished (step 7); quarterly unless the facilitator chose otherwise.</summary>
    public RevisitPlan Revisit { get; init; } = RevisitPlan.Default;

    /// <summary>The stages in journey order (ties, possible after concurrent adds, broken by creation time then id).</summary>
    public IReadOnlyList<Stage> StagesInOrder =>
        [.. Stages.OrderBy(stage => stage.Position).ThenBy(stage => stage.CreatedAt).ThenBy(stage => stage.Id, StringComparer.Ordinal)];

    /// <summary>True for the facilitator and every co-facilitator.</summary>
    public bool IsFacilitator(Participant person) =>
        IsLeadFacilitator(person) || CoFacilitators.Any(co => co.IsSamePersonAs(person));

    /// <summary>True only for the person who started the workshop.</summary>
    public bool IsLeadFacilitator(Participant person) => Facilitator.IsSamePersonAs(person);

    /// <summary>True when <paramref name="person"/> may edit or remove <paramref name="item"/>: its author or a facilitator.</summary>
    public bool CanChange(IContribution item, Participant person) => item.Author.IsSamePersonAs(person) || IsFacilitator(person);

    /// <summary>The item of <paramref name="kind"/> with <paramref name="id"/>, or null (always null for the header: the map is the header).</summary>
    public IContribution? Find(ItemKind kind, string id) => ItemKinds.Find(kind)?.ItemsIn(this).FirstOrDefault(item => item.Id == id);

    private MapChange HeaderUpdated => new(ItemKind.Header, Id, ChangeKind.Updated);

    private static MapChange Added(ItemKind kind, string id) => new(kind, id, ChangeKind.Added);

    private static MapChange Updated(ItemKind kind, string id) => new(kind, id, ChangeKind.Updated);

    private static MapChange Removed(ItemKind kind, string id) => new(kind, id, ChangeKind.Removed);

    private static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> items, T replacement)
        where T : IContribution =>
        [.. items.Select(item => item.Id == replacement.Id ? replacement : item)];

    /// <summary>Checks that commands on items share: the workshop is open (a finished map is read-only until a revisit).</summary>
    private Checks Open()
    {
        var checks = new Checks();
        if (Status != WorkshopStatus.Active)
        {
            checks.Fail("status", Status == WorkshopStatus.Finished ? ErrorCodes.Finished : ErrorCodes.Closed, Status);
        }

        return checks;
    }

    /// <summary>Checks for changing or removing an existing item: open, the item exists, the actor is its author or a facilitator.</summary>
    private Checks Existing(Participant actor, ItemKind kind, string field, string id, out IContribution? item)
    {
        var checks = Open();
        item = Find(kind, id);
        if (item is null)
        {
            checks.Fail(field, ErrorCodes.NotFound, id);
        }
        else if (!CanChange(item, actor))
        {
            checks.Fail("actor", ErrorCodes.NotAllowed);
        }

        return checks;
    }
}
