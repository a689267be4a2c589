using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

/// <summary>Every contribution may be changed or removed by its author or a facilitator, and by nobody else.</summary>
public sealed class PermissionTests
{
    private static readonly string AliceScoreId = EmotionScore.IdFor("p1", StageKeys.Awareness, People.Alice.AadObjectId);
    private static readonly string AliceRatingId = SatisfactionRating.IdFor("t2", People.Alice.AadObjectId);

    /// <summary>Alice's contributions of every kind she edits or removes, none with dependents except p1 (her score) and t2 (her rating).</summary>
    private static readonly JourneyMap AlicesMap = Sample.Workshop()
        .AddGoal(People.Alice, "g1", "Find the holes in inbound marketing", Sample.Now).ShouldSucceed()
        .AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now).ShouldSucceed()
        .AddPersona(People.Alice, "p2", Sample.Profile("Manager"), Sample.Now).ShouldSucceed()
        .ScoreEmotion(People.Alice, "p1", StageKeys.Awareness, 1, "curious", Sample.Now).ShouldSucceed()
        .AddTouchpoint(People.Alice, "t1", StageKeys.Awareness, Sample.Touchpoint("Blog"), Sample.Now).ShouldSucceed()
        .AddTouchpoint(People.Alice, "t2", StageKeys.Awareness, Sample.Touchpoint("Ads"), Sample.Now).ShouldSucceed()
        .RateSatisfaction(People.Alice, "t2", 4, Sample.Now).ShouldSucceed()
        .AddKpi(People.Alice, "k1", StageKeys.Awareness, Sample.Kpi("Impressions", 1000), Sample.Now).ShouldSucceed()
        .AddEvidenceNote(People.Alice, "n1", "Most leads come from the blog", EvidenceTarget.Stage(StageKeys.Awareness), EvidenceBacking.Assumption, Sample.Now).ShouldSucceed()
        .AddIdea(People.Alice, "i1", new IdeaDetails { Title = "Reply to leads within an hour" }, Sample.Now).ShouldSucceed()
        .AddAction(People.Alice, "a1", new ActionDetails { Title = "Put the reply time on the contact page", Owner = People.Carol }, null, Sample.Now).ShouldSucceed();

    private static readonly Dictionary<ItemKind, (string Id, Func<JourneyMap, Participant, MapOutcome> Remove)> Removals = new()
    {
        [ItemKind.Goal] = ("g1", (map, actor) => map.RemoveGoal(actor, "g1")),
        [ItemKind.Persona] = ("p2", (map, actor) => map.RemovePersona(actor, "p2")),
        [ItemKind.EmotionScore] = (AliceScoreId, (map, actor) => map.RemoveEmotionScore(actor, AliceScoreId)),
        [ItemKind.Touchpoint] = ("t1", (map, actor) => map.RemoveTouchpoint(actor, "t1")),
        [ItemKind.Kpi] = ("k1", (map, actor) => map.RemoveKpi(actor, "k1")),
        [ItemKind.SatisfactionRating] = (AliceRatingId, (map, actor) => map.RemoveSatisfactionRating(actor, AliceRatingId)),
        [ItemKind.EvidenceNote] = ("n1", (map, actor) => map.RemoveEvidenceNote(actor, "n1")),
        [ItemKind.Idea] = ("i1", (map, actor) => map.RemoveIdea(actor, "i1")),
        [ItemKind.ActionItem] = ("a1", (map, actor) => map.RemoveAction(actor, "a1")),
    };

    private static readonly Dictionary<ItemKind, (string Id, Func<JourneyMap, Participant, MapOutcome> Edit)> Edits = new()
    {
        [ItemKind.Goal] = ("g1", (map, actor) => map.EditGoal(actor, "g1", "Shorten the time from awareness to decision")),
        [ItemKind.Persona] = ("p2", (map, actor) => map.EditPersona(actor, "p2", Sample.Profile("Plant manager"))),
        [ItemKind.Touchpoint] = ("t1", (map, actor) => map.EditTouchpoint(actor, "t1", Sample.Touchpoint("Guest blog"))),
        [ItemKind.Kpi] = ("k1", (map, actor) => map.EditKpi(actor, "k1", Sample.Kpi("Impressions", 2000))),
        [ItemKind.EvidenceNote] = ("n1", (map, actor) => map.EditEvidenceNote(actor, "n1", "Analytics show 60% from the blog", EvidenceBacking.DataBacked)),
        [ItemKind.Idea] = ("i1", (map, actor) => map.EditIdea(actor, "i1", new IdeaDetails { Title = "Reply to leads within 15 minutes" })),
        [ItemKind.ActionItem] = ("a1", (map, actor) => map.EditAction(actor, "a1", new ActionDetails { Title = "Put the reply time on every page", Owner = People.Carol }, Sample.Now)),
    };

    public static TheoryData<ItemKind, string, bool> RemovalCases() => Cases(Removals.Keys);

    public static TheoryData<ItemKind, string, bool> EditCases() => Cases(Edits.Keys);

    [Theory]
    [MemberData(nameof(RemovalCases))]
    public void A_contribution_is_removed_by_its_author_or_a_facilitator_only(ItemKind kind, string who, bool allowed)
    {
        var (id, remove) = Removals[kind];

        var outcome = remove(AlicesMap, People.Named(who));

        if (allowed)
        {
            outcome.ShouldChange(Removed(kind, id));
        }
        else
        {
            outcome.ShouldBeRefused(AlicesMap, ("actor", ErrorCodes.NotAllowed));
            Assert.NotNull(AlicesMap.Find(kind, id));
        }
    }

    [Theory]
    [MemberData(nameof(EditCases))]
    public void A_contribution_is_edited_by_its_author_or_a_facilitator_only(ItemKind kind, string who, bool allowed)
    {
        var (id, edit) = Edits[kind];

        var outcome = edit(AlicesMap, People.Named(who));

        if (allowed)
        {
            var edited = outcome.ShouldChange(Updated(kind, id));
            Assert.NotEqual(AlicesMap.Find(kind, id), edited.Find(kind, id));
            Assert.Equal(People.Alice, edited.Find(kind, id)?.Author);
        }
        else
        {
            outcome.ShouldBeRefused(AlicesMap, ("actor", ErrorCodes.NotAllowed));
        }
    }

    [Fact]
    public void Removing_or_editing_an_unknown_item_is_not_found()
    {
        var map = AlicesMap;

        map.RemoveGoal(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RemovePersona(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RemoveTouchpoint(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RemoveKpi(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RemoveEvidenceNote(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RemoveEmotionScore(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RemoveSatisfactionRating(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RemoveIdea(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.EditIdea(People.Facilitator, "nope", new IdeaDetails { Title = "Title" }).ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RemoveAction(People.Facilitator, "nope").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.EditAction(People.Facilitator, "nope", new ActionDetails { Title = "Title" }, Sample.Now).ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.SetActionStatus(People.Facilitator, "nope", ActionStatus.Done).ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.EditGoal(People.Facilitator, "nope", "text").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
        map.RateChannelFit(People.Facilitator, "nope", new ChannelFit(3, 3, 3)).ShouldBeRefused(map, ("touchpointId", ErrorCodes.NotFound));
    }

    [Fact]
    public void A_refused_edit_by_someone_else_reports_the_permission_and_the_field_errors_together()
    {
        var map = AlicesMap;

        map.EditGoal(People.Bob, "g1", "").ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed), ("text", ErrorCodes.Required));
    }

    /// <summary>Carol owns Alice's action a1: the owner edits it and moves its status, but may not remove it; the author may not move its status.</summary>
    [Theory]
    [InlineData("carol", true, true, false)]
    [InlineData("alice", true, false, true)]
    [InlineData("facilitator", true, true, true)]
    [InlineData("coFacilitator", true, true, true)]
    [InlineData("bob", false, false, false)]
    public void An_action_is_edited_by_author_owner_or_facilitator_its_status_moved_by_owner_or_facilitator(string who, bool edits, bool movesStatus, bool removes)
    {
        var person = People.Named(who);

        Assert.Equal(edits, AlicesMap.EditAction(person, "a1", new ActionDetails { Title = "Answer in one hour", Owner = People.Carol }, Sample.Now).Succeeded);
        Assert.Equal(movesStatus, AlicesMap.SetActionStatus(person, "a1", ActionStatus.InProgress).Succeeded);
        Assert.Equal(removes, AlicesMap.RemoveAction(person, "a1").Succeeded);
        if (!movesStatus)
        {
            AlicesMap.SetActionStatus(person, "a1", ActionStatus.Done).ShouldBeRefused(AlicesMap, ("actor", ErrorCodes.NotOwner));
        }
    }

    private static TheoryData<ItemKind, string, bool> Cases(IEnumerable<ItemKind> kinds)
    {
        var data = new TheoryData<ItemKind, string, bool>();
        foreach (var kind in kinds)
        {
            data.Add(kind, "alice", true);
            data.Add(kind, "facilitator", true);
            data.Add(kind, "coFacilitator", true);
            data.Add(kind, "bob", false);
        }

        return data;
    }
}
