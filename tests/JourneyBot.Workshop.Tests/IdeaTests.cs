using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

/// <summary>Step 6's ideas: adding, editing, the goal they serve, removal with their votes and scores, and the shortlist.</summary>
public sealed class IdeaTests
{
    private static readonly string BobId = People.Bob.AadObjectId;
    private static readonly string CarolId = People.Carol.AadObjectId;

    private static JourneyMap WithGoals() =>
        Sample.Workshop()
            .AddGoal(People.Facilitator, "g1", "Answer leads faster", Sample.Now).ShouldSucceed()
            .AddGoal(People.Facilitator, "g2", "More reviews", Sample.Now).ShouldSucceed();

    /// <summary>Alice's idea i1 with Bob's vote and Carol's score on it, Bob's idea i2 with nothing on it.</summary>
    private static JourneyMap Voted() =>
        WithGoals()
            .AddIdea(People.Alice, "i1", Details("Reply within an hour"), Sample.Now).ShouldSucceed()
            .AddIdea(People.Bob, "i2", Details("Ask for a review after each visit"), Sample.Now).ShouldSucceed()
            .OpenVoting(People.Facilitator).ShouldSucceed()
            .CastVote(People.Bob, "i1", Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Carol, "i1", 5, 4, 2, Sample.Now).ShouldSucceed();

    [Fact]
    public void Anyone_adds_an_idea_with_its_text_trimmed_its_links_and_its_author_and_time()
    {
        var map = WithGoals();
        var at = Sample.Now.AddMinutes(7);

        var added = map.AddIdea(People.Carol, "i1", new IdeaDetails
        {
            Title = "  Call back within an hour ",
            Description = "  \n ",
            FindingId = "painPoint.p1.awareness:2",
            GoalId = "g1",
        }, at).ShouldChange(Added(ItemKind.Idea, "i1"));

        var idea = Assert.Single(added.Ideas);
        Assert.Equal(
            ("i1", "Call back within an hour", null, "painPoint.p1.awareness:2", "g1", false, People.Carol, at),
            (idea.Id, idea.Details.Title, idea.Details.Description, idea.Details.FindingId, idea.Details.GoalId, idea.IsShortlisted, idea.Author, idea.CreatedAt));
        Assert.Same(added.Goals, map.Goals);
    }

    [Fact]
    public void A_blank_goal_or_finding_means_none()
    {
        var added = WithGoals().AddIdea(People.Bob, "i1", new IdeaDetails { Title = "Idea", GoalId = " ", FindingId = "" }, Sample.Now).ShouldSucceed();

        Assert.Equal((null, null), (added.Ideas[0].Details.GoalId, added.Ideas[0].Details.FindingId));
    }

    [Fact]
    public void The_goal_an_idea_serves_must_exist_when_adding_and_when_editing()
    {
        var map = WithGoals().AddIdea(People.Bob, "i1", Details("Idea"), Sample.Now).ShouldSucceed();

        var outcome = map.AddIdea(People.Bob, "i2", new IdeaDetails { Title = "Other", GoalId = "g9" }, Sample.Now);

        outcome.ShouldBeRefused(map, ("goalId", ErrorCodes.NotFound));
        Assert.Equal(["g9"], outcome.Errors[0].Arguments);
        map.EditIdea(People.Bob, "i1", new IdeaDetails { Title = "Idea", GoalId = "g9" }).ShouldBeRefused(map, ("goalId", ErrorCodes.NotFound));
        Assert.Equal("g2", map.EditIdea(People.Bob, "i1", new IdeaDetails { Title = "Idea", GoalId = "g2" }).ShouldSucceed().Ideas[0].Details.GoalId);
    }

    [Fact]
    public void Every_field_error_comes_back_at_once_in_the_cards_order()
    {
        var map = WithGoals().AddIdea(People.Bob, "i1", Details("Idea"), Sample.Now).ShouldSucceed();

        map.AddIdea(People.Bob, "i1", new IdeaDetails
        {
            Title = new string('x', Limits.MaxNameLength + 1),
            Description = new string('x', Limits.MaxLongTextLength + 1),
            FindingId = "pain point/1",
            GoalId = "nope",
        }, Sample.Now).ShouldBeRefused(
            map,
            ("id", ErrorCodes.Duplicate),
            ("title", ErrorCodes.TooLong),
            ("description", ErrorCodes.TooLong),
            ("findingId", ErrorCodes.Invalid),
            ("goalId", ErrorCodes.NotFound));
    }

    [Theory]
    [InlineData("", "title", ErrorCodes.Required)]
    [InlineData("   ", "title", ErrorCodes.Required)]
    [InlineData("finding-too-long", "findingId", ErrorCodes.TooLong)]
    [InlineData("bad-id", "id", ErrorCodes.Invalid)]
    public void An_idea_needs_a_title_a_good_id_and_a_finding_id_of_at_most_200_id_characters(string input, string field, string code)
    {
        var map = WithGoals();
        var details = new IdeaDetails
        {
            Title = field == "title" ? input : "Idea",
            FindingId = field == "findingId" ? new string('f', Limits.MaxFindingIdLength + 1) : null,
        };

        map.AddIdea(People.Bob, field == "id" ? "i 1" : "i1", details, Sample.Now).ShouldBeRefused(map, (field, code));
    }

    [Fact]
    public void A_title_of_exactly_the_limit_and_a_finding_id_of_exactly_200_are_accepted()
    {
        var idea = WithGoals().AddIdea(People.Bob, "i1", new IdeaDetails
        {
            Title = new string('x', Limits.MaxNameLength),
            FindingId = new string('f', Limits.MaxFindingIdLength),
        }, Sample.Now).ShouldSucceed().Ideas[0];

        Assert.Equal((Limits.MaxNameLength, Limits.MaxFindingIdLength), (idea.Details.Title.Length, idea.Details.FindingId?.Length));
    }

    [Fact]
    public void Editing_replaces_the_details_and_keeps_author_time_shortlist_votes_and_scores()
    {
        var map = Voted().CloseVoting(People.Facilitator).ShouldSucceed().ShortlistIdea(People.Facilitator, "i1", shortlisted: true).ShouldSucceed();

        var edited = map.EditIdea(People.Facilitator, "i1", new IdeaDetails { Title = "Reply within 15 minutes", Description = "Phone first", GoalId = "g1" })
            .ShouldChange(Updated(ItemKind.Idea, "i1"));

        var idea = edited.Ideas[0];
        Assert.Equal(("Reply within 15 minutes", "Phone first", "g1"), (idea.Details.Title, idea.Details.Description, idea.Details.GoalId));
        Assert.Equal((People.Alice, Sample.Now, true), (idea.Author, idea.CreatedAt, idea.IsShortlisted));
        Assert.Same(map.IdeaVotes, edited.IdeaVotes);
        Assert.Same(map.IdeaScores, edited.IdeaScores);
    }

    [Fact]
    public void Someone_else_may_not_edit_an_idea_and_hears_about_field_errors_too()
    {
        var map = Voted();

        map.EditIdea(People.Carol, "i1", Details("")).ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed), ("title", ErrorCodes.Required));
    }

    [Fact]
    public void Removing_a_goal_unlinks_the_ideas_serving_it_and_reports_each()
    {
        var map = WithGoals()
            .AddIdea(People.Alice, "i1", new IdeaDetails { Title = "One", GoalId = "g1" }, Sample.Now).ShouldSucceed()
            .AddIdea(People.Bob, "i2", new IdeaDetails { Title = "Two", GoalId = "g2" }, Sample.Now).ShouldSucceed()
            .AddIdea(People.Carol, "i3", new IdeaDetails { Title = "Three", GoalId = "g1" }, Sample.Now).ShouldSucceed();

        var removed = map.RemoveGoal(People.Facilitator, "g1")
            .ShouldChange(Removed(ItemKind.Goal, "g1"), Updated(ItemKind.Idea, "i1"), Updated(ItemKind.Idea, "i3"));

        Assert.Equal([null, "g2", null], removed.Ideas.Select(idea => idea.Details.GoalId));
        Assert.Equal(["One", "Two", "Three"], removed.Ideas.Select(idea => idea.Details.Title));
        Assert.Same(map.Ideas[1], removed.Ideas[1]);
    }

    [Fact]
    public void Removing_a_goal_no_idea_serves_changes_no_idea()
    {
        var map = WithGoals().AddIdea(People.Alice, "i1", new IdeaDetails { Title = "One", GoalId = "g2" }, Sample.Now).ShouldSucceed();

        var removed = map.RemoveGoal(People.Facilitator, "g1").ShouldChange(Removed(ItemKind.Goal, "g1"));

        Assert.Same(map.Ideas, removed.Ideas);
    }

    [Fact]
    public void A_refused_goal_removal_leaves_its_ideas_linked()
    {
        var map = WithGoals().AddIdea(People.Alice, "i1", new IdeaDetails { Title = "One", GoalId = "g1" }, Sample.Now).ShouldSucceed();

        map.RemoveGoal(People.Alice, "g1").ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
    }

    [Fact]
    public void After_voting_closed_an_idea_with_votes_or_scores_asks_first_then_goes_with_its_votes_and_then_its_scores()
    {
        var map = Voted()
            .ScoreIdea(People.Bob, "i1", 3, 3, 3, Sample.Now).ShouldSucceed()
            .CloseVoting(People.Facilitator).ShouldSucceed();

        var refused = map.RemoveIdea(People.Alice, "i1");
        var removed = map.RemoveIdea(People.Alice, "i1", removeDependents: true).ShouldSucceed();

        refused.ShouldBeRefused(map, ("id", ErrorCodes.InUse));
        Assert.Equal([3], refused.Errors[0].Arguments);
        Assert.Equal(
            [Removed(ItemKind.Idea, "i1"), Removed(ItemKind.IdeaVote, $"i1.{BobId}"), Removed(ItemKind.IdeaScore, $"i1.{CarolId}"), Removed(ItemKind.IdeaScore, $"i1.{BobId}")],
            map.RemoveIdea(People.Alice, "i1", removeDependents: true).Changes);
        Assert.Equal(["i2"], removed.Ideas.Select(idea => idea.Id));
        Assert.Empty(removed.IdeaVotes);
        Assert.Empty(removed.IdeaScores);
    }

    [Fact]
    public void An_idea_nobody_voted_on_or_scored_goes_without_asking()
    {
        var map = Voted().CloseVoting(People.Facilitator).ShouldSucceed();

        map.RemoveIdea(People.Bob, "i2").ShouldChange(Removed(ItemKind.Idea, "i2"));
    }

    [Fact]
    public void While_voting_is_open_an_idea_goes_without_asking_so_nobody_learns_it_had_votes_and_the_votes_go_back()
    {
        var map = Voted();
        Assert.Equal(2, map.VotingFor(People.Bob).OwnVotesLeft);

        var removed = map.RemoveIdea(People.Alice, "i1")
            .ShouldChange(Removed(ItemKind.Idea, "i1"), Removed(ItemKind.IdeaVote, $"i1.{BobId}"), Removed(ItemKind.IdeaScore, $"i1.{CarolId}"));

        Assert.Equal(3, removed.VotingFor(People.Bob).OwnVotesLeft);
        Assert.Equal((0, 0), (removed.VotingFor(People.Bob).Voters, removed.VotingFor(People.Bob).Scorers));
    }

    [Fact]
    public void Removing_someone_elses_idea_is_for_facilitators_only_even_while_voting_is_open()
    {
        var map = Voted();

        map.RemoveIdea(People.Bob, "i1").ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        map.RemoveIdea(People.CoFacilitator, "i1").ShouldSucceed();
    }

    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("coFacilitator", true)]
    [InlineData("alice", false)]
    [InlineData("bob", false)]
    public void Only_facilitators_shortlist_even_an_idea_of_their_own(string who, bool allowed)
    {
        var map = Voted().CloseVoting(People.Facilitator).ShouldSucceed();

        var outcome = map.ShortlistIdea(People.Named(who), "i1", shortlisted: true);

        if (allowed)
        {
            var shortlisted = outcome.ShouldChange(Updated(ItemKind.Idea, "i1"));
            Assert.True(shortlisted.Ideas[0].IsShortlisted);
            Assert.Equal(["i1"], shortlisted.ShortlistedIdeas.Select(idea => idea.Id));
            Assert.Equal(map.Version, shortlisted.Version);
        }
        else
        {
            outcome.ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        }
    }

    [Fact]
    public void Shortlisting_waits_while_voting_is_open_so_it_does_not_steer_the_vote()
    {
        var map = Voted();

        map.ShortlistIdea(People.Facilitator, "i1", shortlisted: true).ShouldBeRefused(map, ("voting", ErrorCodes.VotingOpen));
    }

    [Fact]
    public void A_team_may_shortlist_without_voting_and_take_the_mark_off_again()
    {
        var map = WithGoals()
            .AddIdea(People.Alice, "i1", Details("One"), Sample.Now).ShouldSucceed()
            .AddIdea(People.Alice, "i2", Details("Two"), Sample.Now).ShouldSucceed();

        var marked = map.ShortlistIdea(People.Facilitator, "i2", shortlisted: true).ShouldSucceed()
            .ShortlistIdea(People.Facilitator, "i1", shortlisted: true).ShouldSucceed();
        var unmarked = marked.ShortlistIdea(People.CoFacilitator, "i2", shortlisted: false).ShouldChange(Updated(ItemKind.Idea, "i2"));

        Assert.Equal(["i1", "i2"], marked.ShortlistedIdeas.Select(idea => idea.Id));
        Assert.Equal(["i1"], unmarked.ShortlistedIdeas.Select(idea => idea.Id));
        Assert.False(unmarked.Ideas[1].IsShortlisted);
    }

    [Fact]
    public void Marking_an_idea_as_it_already_is_writes_nothing()
    {
        var map = WithGoals().AddIdea(People.Alice, "i1", Details("One"), Sample.Now).ShouldSucceed()
            .ShortlistIdea(People.Facilitator, "i1", shortlisted: true).ShouldSucceed();

        var again = map.ShortlistIdea(People.CoFacilitator, "i1", shortlisted: true);

        Assert.True(again.Succeeded);
        Assert.Empty(again.Changes);
        Assert.Same(map, again.Map);
    }

    [Fact]
    public void Shortlisting_an_unknown_idea_is_not_found()
    {
        var map = WithGoals();

        map.ShortlistIdea(People.Facilitator, "nope", shortlisted: true).ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
    }

    [Fact]
    public void A_closed_workshop_takes_no_more_ideas_edits_or_shortlist_marks()
    {
        var map = Voted().CloseVoting(People.Facilitator).ShouldSucceed().Complete(People.Facilitator).ShouldSucceed();

        map.AddIdea(People.Alice, "i3", Details("Late"), Sample.Now).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
        map.EditIdea(People.Alice, "i1", Details("Late")).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
        map.ShortlistIdea(People.Facilitator, "i1", shortlisted: true).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
        map.RemoveIdea(People.Bob, "i2").ShouldBeRefused(map, ("status", ErrorCodes.Closed));
    }

    [Fact]
    public void Ideas_may_still_be_added_while_voting_is_open_and_after_it_closed()
    {
        var open = Voted().AddIdea(People.Carol, "i3", Details("Late but good"), Sample.Now).ShouldSucceed();
        var closed = open.CloseVoting(People.Facilitator).ShouldSucceed().AddIdea(People.Carol, "i4", Details("After"), Sample.Now).ShouldSucceed();

        Assert.Equal(["i1", "i2", "i3", "i4"], closed.Ideas.Select(idea => idea.Id));
        Assert.Equal(0, closed.VotingFor(People.Carol).Ideas[3].Result?.Votes);
    }

    private static IdeaDetails Details(string title) => new() { Title = title };
}
