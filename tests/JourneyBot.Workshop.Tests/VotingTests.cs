using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

/// <summary>Step 6's dot voting and impact/effort scores: who opens and closes, the limits, and what each viewer may see.</summary>
public sealed class VotingTests
{
    private static readonly string AliceId = People.Alice.AadObjectId;
    private static readonly string BobId = People.Bob.AadObjectId;

    /// <summary>Four ideas, i1..i4, voting not opened.</summary>
    private static JourneyMap WithIdeas() =>
        Sample.Workshop().Repeat(4, (map, n) => map.AddIdea(People.Carol, $"i{n}", new IdeaDetails { Title = $"Idea {n}" }, Sample.Now.AddMinutes(n)));

    private static JourneyMap Open(int votesPerPerson = 3, bool multiple = false) =>
        WithIdeas().OpenVoting(People.Facilitator, votesPerPerson, multiple).ShouldSucceed();

    [Fact]
    public void A_new_workshop_has_not_opened_voting_and_gives_three_votes_one_per_idea()
    {
        var map = Sample.Workshop();

        Assert.Equal((VotingState.NotOpened, 3, false), (map.VotingState, map.VotesPerPerson, map.MultipleVotesPerIdea));
    }

    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("coFacilitator", true)]
    [InlineData("alice", false)]
    public void Facilitators_open_and_close_voting_as_header_changes(string who, bool allowed)
    {
        var map = WithIdeas();
        var actor = People.Named(who);

        var opening = map.OpenVoting(actor, 5, multipleVotesPerIdea: true);

        if (!allowed)
        {
            opening.ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
            var open = map.OpenVoting(People.Facilitator).ShouldSucceed();
            open.CloseVoting(actor).ShouldBeRefused(open, ("actor", ErrorCodes.NotAllowed));
            return;
        }

        var opened = opening.ShouldChange(HeaderUpdated);
        var closed = opened.CloseVoting(actor).ShouldChange(HeaderUpdated);
        Assert.Equal((VotingState.Open, 5, true, map.Version + 1), (opened.VotingState, opened.VotesPerPerson, opened.MultipleVotesPerIdea, opened.Version));
        Assert.Equal((VotingState.Closed, 5, true, map.Version + 2), (closed.VotingState, closed.VotesPerPerson, closed.MultipleVotesPerIdea, closed.Version));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Each_person_gets_1_to_10_votes(int votes, bool allowed)
    {
        var map = WithIdeas();

        var outcome = map.OpenVoting(People.Facilitator, votes);

        if (allowed)
        {
            Assert.Equal(votes, outcome.ShouldSucceed().VotesPerPerson);
        }
        else
        {
            outcome.ShouldBeRefused(map, ("votesPerPerson", ErrorCodes.OutOfRange));
            Assert.Equal([1, 10], outcome.Errors[0].Arguments);
        }
    }

    [Fact]
    public void Only_an_open_vote_closes()
    {
        var map = WithIdeas();
        var closed = Open().CloseVoting(People.Facilitator).ShouldSucceed();

        map.CloseVoting(People.Facilitator).ShouldBeRefused(map, ("voting", ErrorCodes.VotingNotOpen));
        closed.CloseVoting(People.Facilitator).ShouldBeRefused(closed, ("voting", ErrorCodes.VotingClosed));
    }

    [Fact]
    public void Nobody_votes_or_scores_before_voting_opens()
    {
        var map = WithIdeas();

        map.CastVote(People.Alice, "i1", Sample.Now).ShouldBeRefused(map, ("voting", ErrorCodes.VotingNotOpen));
        map.SetVotes(People.Alice, [new VoteCount("i1", 1)], Sample.Now).ShouldBeRefused(map, ("voting", ErrorCodes.VotingNotOpen));
        map.WithdrawVote(People.Alice, "i1").ShouldBeRefused(map, ("voting", ErrorCodes.VotingNotOpen));
        map.ScoreIdea(People.Alice, "i1", 3, 3, 3, Sample.Now).ShouldBeRefused(map, ("voting", ErrorCodes.VotingNotOpen));
        map.WithdrawIdeaScore(People.Alice, "i1").ShouldBeRefused(map, ("voting", ErrorCodes.VotingNotOpen), ("ideaId", ErrorCodes.NotFound));
    }

    [Fact]
    public void Votes_and_scores_no_longer_change_once_voting_closed()
    {
        var map = Open()
            .CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Alice, "i1", 4, 4, 2, Sample.Now).ShouldSucceed()
            .CloseVoting(People.Facilitator).ShouldSucceed();

        map.CastVote(People.Alice, "i2", Sample.Now).ShouldBeRefused(map, ("voting", ErrorCodes.VotingClosed));
        map.SetVotes(People.Alice, [new VoteCount("i1", 0)], Sample.Now).ShouldBeRefused(map, ("voting", ErrorCodes.VotingClosed));
        map.WithdrawVote(People.Alice, "i1").ShouldBeRefused(map, ("voting", ErrorCodes.VotingClosed));
        map.ScoreIdea(People.Alice, "i1", 1, 1, 5, Sample.Now).ShouldBeRefused(map, ("voting", ErrorCodes.VotingClosed));
        map.WithdrawIdeaScore(People.Alice, "i1").ShouldBeRefused(map, ("voting", ErrorCodes.VotingClosed));
    }

    [Fact]
    public void A_vote_is_one_item_per_person_per_idea_keyed_by_the_lower_cased_object_id()
    {
        var shouting = new Participant(AliceId.ToUpperInvariant(), "ALICE");
        var at = Sample.Now.AddMinutes(30);

        var voted = Open(multiple: true).CastVote(shouting, "i1", at).ShouldChange(Added(ItemKind.IdeaVote, $"i1.{AliceId}"));
        var again = voted.CastVote(People.Alice, "i1", at.AddMinutes(1)).ShouldChange(Updated(ItemKind.IdeaVote, $"i1.{AliceId}"));

        var vote = Assert.Single(again.IdeaVotes);
        Assert.Equal(("i1", 2, People.Alice, at), (vote.IdeaId, vote.Count, vote.Author, vote.CreatedAt));
    }

    [Fact]
    public void One_vote_per_idea_unless_the_facilitator_allowed_more()
    {
        var single = Open().CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed();
        var multiple = Open(multiple: true).CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed();

        single.CastVote(People.Alice, "i1", Sample.Now).ShouldBeRefused(single, ("ideaId", ErrorCodes.OneVotePerIdea));
        single.SetVotes(People.Alice, [new VoteCount("i1", 2)], Sample.Now).ShouldBeRefused(single, ("votes.i1", ErrorCodes.OneVotePerIdea));
        Assert.Equal(2, multiple.CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed().IdeaVotes[0].Count);
    }

    [Fact]
    public void Nobody_casts_more_votes_than_each_person_has()
    {
        var spent = Open().Repeat(3, (map, n) => map.CastVote(People.Alice, $"i{n}", Sample.Now));
        var piled = Open(multiple: true).Repeat(3, (map, _) => map.CastVote(People.Alice, "i1", Sample.Now));

        var refused = spent.CastVote(People.Alice, "i4", Sample.Now);

        refused.ShouldBeRefused(spent, ("ideaId", ErrorCodes.NoVotesLeft));
        Assert.Equal([3], refused.Errors[0].Arguments);
        piled.CastVote(People.Alice, "i1", Sample.Now).ShouldBeRefused(piled, ("ideaId", ErrorCodes.NoVotesLeft));
        spent.SetVotes(People.Alice, [new VoteCount("i4", 1)], Sample.Now).ShouldBeRefused(spent, ("votes", ErrorCodes.NoVotesLeft));
        spent.CastVote(People.Bob, "i4", Sample.Now).ShouldSucceed();
        Assert.Equal((3, 0), (spent.VotingFor(People.Alice).OwnVotesUsed, spent.VotingFor(People.Alice).OwnVotesLeft));
    }

    [Fact]
    public void Withdrawing_takes_one_vote_off_and_the_last_one_removes_the_item()
    {
        var map = Open(multiple: true)
            .CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed()
            .CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed();

        var one = map.WithdrawVote(People.Alice, "i1").ShouldChange(Updated(ItemKind.IdeaVote, $"i1.{AliceId}"));
        var none = one.WithdrawVote(People.Alice, "i1").ShouldChange(Removed(ItemKind.IdeaVote, $"i1.{AliceId}"));

        Assert.Equal(1, one.IdeaVotes[0].Count);
        Assert.Empty(none.IdeaVotes);
        none.WithdrawVote(People.Alice, "i1").ShouldBeRefused(none, ("vote", ErrorCodes.NotFound));
        none.WithdrawVote(People.Alice, "nope").ShouldBeRefused(none, ("ideaId", ErrorCodes.NotFound));
        one.WithdrawVote(People.Bob, "i1").ShouldBeRefused(one, ("vote", ErrorCodes.NotFound));
    }

    [Fact]
    public void Moving_a_vote_with_all_votes_spent_is_one_command()
    {
        var spent = Open().Repeat(3, (map, n) => map.CastVote(People.Alice, $"i{n}", Sample.Now));

        var moved = spent.SetVotes(People.Alice, [new VoteCount("i1", 0), new VoteCount("i4", 1)], Sample.Now)
            .ShouldChange(Removed(ItemKind.IdeaVote, $"i1.{AliceId}"), Added(ItemKind.IdeaVote, $"i4.{AliceId}"));

        Assert.Equal([0, 1, 1, 1], moved.VotingFor(People.Alice).Ideas.Select(idea => idea.OwnVotes));
        // The same as two commands: withdraw first, then cast.
        var twoSteps = spent.WithdrawVote(People.Alice, "i1").ShouldSucceed().CastVote(People.Alice, "i4", Sample.Now).ShouldSucceed();
        Assert.Equal(moved.IdeaVotes.OrderBy(vote => vote.Id), twoSteps.IdeaVotes.OrderBy(vote => vote.Id));
    }

    [Fact]
    public void A_ballot_reports_every_bad_line_by_its_idea_and_the_total()
    {
        var map = Open(multiple: true).CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed();

        map.SetVotes(People.Alice, [new VoteCount("i2", -1), new VoteCount("nope", 1), new VoteCount("i3", 3), new VoteCount("i3", 0)], Sample.Now)
            .ShouldBeRefused(
                map,
                ("votes.i2", ErrorCodes.OutOfRange),
                ("votes.nope", ErrorCodes.NotFound),
                ("votes.i3", ErrorCodes.Duplicate),
                ("votes", ErrorCodes.NoVotesLeft));
    }

    [Fact]
    public void A_ballot_as_it_was_changes_nothing_and_a_zero_for_a_removed_idea_is_ignored()
    {
        var map = Open().CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed();

        var outcome = map.SetVotes(People.Alice, [new VoteCount("i1", 1), new VoteCount("i2", 0), new VoteCount("gone", 0)], Sample.Now);

        Assert.True(outcome.Succeeded);
        Assert.Empty(outcome.Changes);
        Assert.Same(map, outcome.Map);
    }

    [Fact]
    public void Reopening_with_fewer_votes_keeps_what_people_cast_but_they_may_only_take_votes_back()
    {
        var map = Open(multiple: true)
            .SetVotes(People.Alice, [new VoteCount("i1", 2), new VoteCount("i2", 1)], Sample.Now).ShouldSucceed()
            .CloseVoting(People.Facilitator).ShouldSucceed()
            .OpenVoting(People.Facilitator, votesPerPerson: 1).ShouldSucceed();

        Assert.Equal((3, 0), (map.VotingFor(People.Alice).OwnVotesUsed, map.VotingFor(People.Alice).OwnVotesLeft));
        map.CastVote(People.Alice, "i3", Sample.Now).ShouldBeRefused(map, ("ideaId", ErrorCodes.NoVotesLeft));
        var fewer = map.SetVotes(People.Alice, [new VoteCount("i1", 1)], Sample.Now).ShouldChange(Updated(ItemKind.IdeaVote, $"i1.{AliceId}"));
        fewer.SetVotes(People.Alice, [new VoteCount("i1", 2)], Sample.Now).ShouldBeRefused(fewer, ("votes.i1", ErrorCodes.OneVotePerIdea), ("votes", ErrorCodes.NoVotesLeft));
        fewer.SetVotes(People.Alice, [new VoteCount("i1", 0), new VoteCount("i3", 1)], Sample.Now).ShouldSucceed();
    }

    [Fact]
    public void Changing_the_settings_of_an_open_vote_keeps_it_open_and_the_votes()
    {
        var map = Open().CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed();

        var more = map.OpenVoting(People.CoFacilitator, 5).ShouldChange(HeaderUpdated);

        Assert.Equal((VotingState.Open, 5), (more.VotingState, more.VotesPerPerson));
        Assert.Same(map.IdeaVotes, more.IdeaVotes);
    }

    [Fact]
    public void Each_person_scores_an_idea_once_and_scoring_again_replaces_it()
    {
        var at = Sample.Now.AddHours(1);
        var map = Open();

        var scored = map.ScoreIdea(People.Bob, "i2", 5, 4, 1, at).ShouldChange(Added(ItemKind.IdeaScore, $"i2.{BobId}"));
        var rescored = scored.ScoreIdea(People.Bob, "i2", 2, 3, 4, at.AddMinutes(5)).ShouldChange(Updated(ItemKind.IdeaScore, $"i2.{BobId}"));

        var score = Assert.Single(rescored.IdeaScores);
        Assert.Equal(("i2", 2, 3, 4, People.Bob, at), (score.IdeaId, score.CustomerImpact, score.BusinessImpact, score.Effort, score.Author, score.CreatedAt));
        var withdrawn = rescored.WithdrawIdeaScore(People.Bob, "i2").ShouldChange(Removed(ItemKind.IdeaScore, $"i2.{BobId}"));
        Assert.Empty(withdrawn.IdeaScores);
    }

    [Fact]
    public void Scores_are_1_to_5_on_a_known_idea_and_all_errors_come_back_at_once()
    {
        var map = Open();

        map.ScoreIdea(People.Bob, "nope", 0, 6, -1, Sample.Now).ShouldBeRefused(
            map,
            ("ideaId", ErrorCodes.NotFound),
            ("customerImpact", ErrorCodes.OutOfRange),
            ("businessImpact", ErrorCodes.OutOfRange),
            ("effort", ErrorCodes.OutOfRange));
        map.ScoreIdea(People.Bob, "i1", 1, 5, 5, Sample.Now).ShouldSucceed();
    }

    [Fact]
    public void A_cancelled_workshop_takes_no_votes()
    {
        var map = Open().Cancel(People.Facilitator).ShouldSucceed();

        map.CastVote(People.Alice, "i1", Sample.Now).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
        map.OpenVoting(People.Facilitator).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
    }

    [Fact]
    public void While_open_each_viewer_sees_only_their_own_and_how_many_took_part_facilitators_too()
    {
        var map = Open(multiple: true)
            .SetVotes(People.Alice, [new VoteCount("i1", 2), new VoteCount("i3", 1)], Sample.Now).ShouldSucceed()
            .CastVote(People.Bob, "i1", Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Bob, "i1", 5, 5, 1, Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Carol, "i2", 1, 1, 5, Sample.Now).ShouldSucceed();

        var alice = map.VotingFor(People.Alice);
        var bob = map.VotingFor(People.Bob);
        var facilitator = map.VotingFor(People.Facilitator);

        Assert.Equal([2, 0, 1, 0], alice.Ideas.Select(idea => idea.OwnVotes));
        Assert.Equal([1, 0, 0, 0], bob.Ideas.Select(idea => idea.OwnVotes));
        Assert.Equal((3, 0), (alice.OwnVotesUsed, alice.OwnVotesLeft));
        Assert.Equal(5, bob.Ideas[0].OwnScore?.CustomerImpact);
        Assert.All(alice.Ideas, idea => Assert.Null(idea.OwnScore));
        foreach (var view in new[] { alice, bob, facilitator })
        {
            Assert.Equal((VotingState.Open, 2, 2), (view.State, view.Voters, view.Scorers));
            Assert.All(view.Ideas, idea => Assert.Null(idea.Result));
            Assert.Empty(view.Ranking);
            Assert.Empty(view.Grid);
        }

        Assert.All(facilitator.Ideas, idea => Assert.Equal((0, null), (idea.OwnVotes, idea.OwnScore)));
        Assert.Equal(["i1", "i2", "i3", "i4"], facilitator.Ideas.Select(idea => idea.Idea.Id));
    }

    [Fact]
    public void Reopening_hides_the_results_again()
    {
        var closed = Open().CastVote(People.Alice, "i1", Sample.Now).ShouldSucceed().CloseVoting(People.Facilitator).ShouldSucceed();

        var reopened = closed.OpenVoting(People.Facilitator).ShouldSucceed().VotingFor(People.Bob);

        Assert.Equal(1, closed.VotingFor(People.Bob).Ideas[0].Result?.Votes);
        Assert.All(reopened.Ideas, idea => Assert.Null(idea.Result));
        Assert.Empty(reopened.Ranking);
    }

    [Fact]
    public void Once_closed_everyone_sees_totals_means_to_two_places_and_counts()
    {
        var map = Open(multiple: true)
            .SetVotes(People.Alice, [new VoteCount("i1", 2), new VoteCount("i2", 1)], Sample.Now).ShouldSucceed()
            .CastVote(People.Bob, "i1", Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Alice, "i1", 4, 2, 1, Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Bob, "i1", 5, 3, 2, Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Carol, "i1", 5, 3, 2, Sample.Now).ShouldSucceed()
            .CloseVoting(People.Facilitator).ShouldSucceed();

        var view = map.VotingFor(People.Carol);
        var i1 = view.Ideas[0].Result;

        Assert.Equal((VotingState.Closed, 2, 3), (view.State, view.Voters, view.Scorers));
        Assert.NotNull(i1);
        Assert.Equal((3, 2, 3), (i1.Votes, i1.Voters, i1.Scorers));
        Assert.Equal((4.67m, 2.67m, 3.67m, 1.67m), (i1.CustomerImpact, i1.BusinessImpact, i1.Impact, i1.Effort));
        Assert.Equal(3, view.Ideas[0].OwnScore?.BusinessImpact);
        Assert.Equal((1, 1, 0), (view.Ideas[1].Result?.Votes, view.Ideas[1].Result?.Voters, view.Ideas[1].Result?.Scorers));
        Assert.Equal((null, null, null, null, null), (view.Ideas[1].Result?.CustomerImpact, view.Ideas[1].Result?.BusinessImpact, view.Ideas[1].Result?.Impact, view.Ideas[1].Result?.Effort, view.Ideas[1].Result?.Quadrant));
        Assert.Equal(view.Ideas.Select(idea => idea.Result), map.VotingFor(People.Facilitator).Ideas.Select(idea => idea.Result));
    }

    [Fact]
    public void The_ranking_puts_most_votes_first_then_highest_impact_then_lowest_effort_and_unscored_last()
    {
        // Each idea gets two votes except i6 (three); i1..i5 differ only in their scores.
        var map = Sample.Workshop()
            .Repeat(6, (map, n) => map.AddIdea(People.Carol, $"i{n}", new IdeaDetails { Title = $"Idea {n}" }, Sample.Now.AddMinutes(n)))
            .OpenVoting(People.Facilitator, 10, multipleVotesPerIdea: true).ShouldSucceed()
            .SetVotes(People.Alice, [new VoteCount("i1", 2), new VoteCount("i2", 2), new VoteCount("i3", 2), new VoteCount("i4", 2)], Sample.Now).ShouldSucceed()
            .SetVotes(People.Bob, [new VoteCount("i5", 2), new VoteCount("i6", 3)], Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Alice, "i1", 3, 3, 2, Sample.Now).ShouldSucceed()  // impact 3, effort 2
            .ScoreIdea(People.Alice, "i2", 4, 4, 4, Sample.Now).ShouldSucceed()  // impact 4, effort 4
            .ScoreIdea(People.Alice, "i3", 4, 4, 2, Sample.Now).ShouldSucceed()  // impact 4, effort 2
            .ScoreIdea(People.Alice, "i5", 3, 3, 1, Sample.Now).ShouldSucceed()  // impact 3, effort 1
            .ScoreIdea(People.Alice, "i6", 1, 1, 5, Sample.Now).ShouldSucceed()  // impact 1, effort 5: most votes wins anyway
            .CloseVoting(People.Facilitator).ShouldSucceed();

        var ranking = map.VotingFor(People.Bob).Ranking;

        Assert.Equal(["i6", "i3", "i2", "i5", "i1", "i4"], ranking.Select(idea => idea.Idea.Id));
        Assert.Equal([1, 2, 3, 4, 5, 6], ranking.Select(idea => idea.Result!.Rank));
    }

    [Fact]
    public void Ideas_equal_in_votes_impact_and_effort_share_a_rank_and_keep_the_order_they_were_added_in()
    {
        var map = Open()
            .CastVote(People.Alice, "i3", Sample.Now).ShouldSucceed()
            .CastVote(People.Alice, "i2", Sample.Now).ShouldSucceed()
            .CastVote(People.Bob, "i4", Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Alice, "i3", 4, 2, 3, Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Bob, "i2", 3, 3, 3, Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Bob, "i4", 2, 4, 3, Sample.Now).ShouldSucceed()
            .CloseVoting(People.Facilitator).ShouldSucceed();

        var ranking = map.VotingFor(People.Carol).Ranking;

        Assert.Equal([("i2", 1), ("i3", 1), ("i4", 1), ("i1", 4)], ranking.Select(idea => (idea.Idea.Id, idea.Result!.Rank)));
    }

    [Fact]
    public void The_grid_puts_each_scored_idea_in_its_quadrant_quick_wins_first_and_3_counts_as_high_on_both_axes()
    {
        var map = Sample.Workshop()
            .Repeat(6, (map, n) => map.AddIdea(People.Carol, $"i{n}", new IdeaDetails { Title = $"Idea {n}" }, Sample.Now.AddMinutes(n)))
            .OpenVoting(People.Facilitator).ShouldSucceed()
            .ScoreIdea(People.Alice, "i1", 2, 3, 3, Sample.Now).ShouldSucceed() // impact 2.5, effort 3: money pit
            .ScoreIdea(People.Alice, "i2", 3, 3, 3, Sample.Now).ShouldSucceed() // impact 3, effort 3: big bet
            .ScoreIdea(People.Alice, "i3", 2, 3, 2, Sample.Now).ShouldSucceed() // impact 2.5, effort 2: fill-in
            .ScoreIdea(People.Alice, "i4", 3, 3, 2, Sample.Now).ShouldSucceed() // impact 3, effort 2: quick win
            .ScoreIdea(People.Alice, "i5", 5, 5, 1, Sample.Now).ShouldSucceed() // quick win, better than i4
            .CloseVoting(People.Facilitator).ShouldSucceed();                    // i6 unscored: in no quadrant

        var view = map.VotingFor(People.Alice);

        Assert.Equal(
            [
                (IdeaQuadrant.QuickWin, "i5 i4"),
                (IdeaQuadrant.BigBet, "i2"),
                (IdeaQuadrant.FillIn, "i3"),
                (IdeaQuadrant.MoneyPit, "i1"),
            ],
            view.Grid.Select(quadrant => (quadrant.Quadrant, string.Join(' ', quadrant.Ideas.Select(idea => idea.Idea.Id)))));
        Assert.Null(view.Ideas[5].Result?.Quadrant);
        Assert.Equal(IdeaQuadrant.MoneyPit, view.Ideas[0].Result?.Quadrant);
    }

    [Fact]
    public void Before_any_voting_the_view_lists_the_ideas_with_nothing_cast()
    {
        var view = WithIdeas().VotingFor(People.Facilitator);

        Assert.Equal((VotingState.NotOpened, 0, 0, 0, 3), (view.State, view.Voters, view.Scorers, view.OwnVotesUsed, view.OwnVotesLeft));
        Assert.Equal(4, view.Ideas.Count);
        Assert.Empty(view.Ranking);
    }
}
