namespace JourneyBot.Workshop.Tests;

public sealed class ContributorsTests
{
    [Fact]
    public void Each_step_lists_who_contributed_to_it_once_in_order_of_their_first_contribution()
    {
        var map = Sample.Workshop()
            .AddGoal(People.Bob, "g1", "Find holes", Sample.Now.AddMinutes(2)).ShouldSucceed()
            .AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now.AddMinutes(1)).ShouldSucceed()
            .AddPersona(People.Bob, "p2", Sample.Profile("Manager"), Sample.Now.AddMinutes(3)).ShouldSucceed()
            .WriteCell(People.Carol, "p1", StageKeys.Awareness, new CellNotes { Actions = "reads" }, Sample.Now.AddMinutes(4)).ShouldSucceed()
            .WriteCell(People.Alice, "p1", StageKeys.Awareness, new CellNotes { Actions = "reads a lot" }, Sample.Now.AddMinutes(5)).ShouldSucceed()
            .ScoreEmotion(People.Bob, "p2", StageKeys.Decision, 1, null, Sample.Now.AddMinutes(6)).ShouldSucceed()
            .AddTouchpoint(People.Carol, "t1", StageKeys.Awareness, Sample.Touchpoint("Blog"), Sample.Now.AddMinutes(7)).ShouldSucceed()
            .RateSatisfaction(People.Alice, "t1", 4, Sample.Now.AddMinutes(8)).ShouldSucceed();

        Assert.Equal([People.Alice, People.Bob], map.ContributorsTo(WorkshopStep.GoalsAndPersonas));
        Assert.Equal([People.Carol, People.Alice, People.Bob], map.ContributorsTo(WorkshopStep.JourneyStages));
        Assert.Equal([People.Carol], map.ContributorsTo(WorkshopStep.TouchpointsAndChannels));
        Assert.Equal([People.Alice], map.ContributorsTo(WorkshopStep.FeedbackAndData));
        Assert.Empty(map.ContributorsTo(WorkshopStep.Visualize));
    }

    [Fact]
    public void Step_6_lists_idea_authors_and_only_once_voting_closed_those_who_voted_or_scored()
    {
        var open = Sample.Workshop()
            .AddIdea(People.Bob, "i1", new IdeaDetails { Title = "Faster replies" }, Sample.Now.AddMinutes(3)).ShouldSucceed()
            .OpenVoting(People.Facilitator).ShouldSucceed()
            .CastVote(People.Alice, "i1", Sample.Now.AddMinutes(1)).ShouldSucceed()
            .ScoreIdea(People.Carol, "i1", 4, 4, 2, Sample.Now.AddMinutes(5)).ShouldSucceed();

        var closed = open.CloseVoting(People.Facilitator).ShouldSucceed();

        Assert.Equal([People.Bob], open.ContributorsTo(WorkshopStep.Analyze));
        Assert.Equal([People.Alice, People.Bob, People.Carol], closed.ContributorsTo(WorkshopStep.Analyze));
        Assert.Equal([People.Bob], closed.OpenVoting(People.Facilitator).ShouldSucceed().ContributorsTo(WorkshopStep.Analyze));
    }

    [Fact]
    public void Template_stages_made_at_the_start_do_not_count_as_contributions()
    {
        Assert.Empty(Sample.Workshop().ContributorsTo(WorkshopStep.JourneyStages));
    }
}
