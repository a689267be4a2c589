using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class WorkshopFlowTests
{
    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("coFacilitator", true)]
    [InlineData("alice", false)]
    public void Only_facilitators_move_the_steps(string who, bool allowed)
    {
        var map = Sample.Workshop();
        var actor = People.Named(who);

        var next = map.NextStep(actor);

        if (allowed)
        {
            Assert.Equal(WorkshopStep.JourneyStages, next.ShouldChange(HeaderUpdated).CurrentStep);
        }
        else
        {
            next.ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        }
    }

    [Fact]
    public void Next_back_and_go_move_through_the_steps_and_raise_the_version_each_time()
    {
        var map = Sample.Workshop();
        var version = map.Version;

        map = map.NextStep(People.Facilitator).ShouldSucceed();
        Assert.Equal((WorkshopStep.JourneyStages, version + 1), (map.CurrentStep, map.Version));
        map = map.GoToStep(People.Facilitator, 7).ShouldSucceed();
        Assert.Equal((WorkshopStep.ImplementAndIterate, version + 2), (map.CurrentStep, map.Version));
        map = map.PreviousStep(People.CoFacilitator).ShouldSucceed();
        Assert.Equal((WorkshopStep.Analyze, version + 3), (map.CurrentStep, map.Version));
        map = map.GoToStep(People.Facilitator, 1).ShouldSucceed();
        Assert.Equal((WorkshopStep.GoalsAndPersonas, version + 4), (map.CurrentStep, map.Version));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    public void Going_to_a_step_outside_1_to_7_is_out_of_range(int number)
    {
        var map = Sample.Workshop();

        var outcome = map.GoToStep(People.Facilitator, number);

        outcome.ShouldBeRefused(map, ("step", ErrorCodes.OutOfRange));
        Assert.Equal([1, 7], outcome.Errors.Single().Arguments);
    }

    [Fact]
    public void There_is_no_step_before_the_first_nor_after_the_last()
    {
        var first = Sample.Workshop();
        var last = first.GoToStep(People.Facilitator, 7).ShouldSucceed();

        first.PreviousStep(People.Facilitator).ShouldBeRefused(first, ("step", ErrorCodes.OutOfRange));
        last.NextStep(People.Facilitator).ShouldBeRefused(last, ("step", ErrorCodes.OutOfRange));
    }

    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("coFacilitator", true)]
    [InlineData("alice", false)]
    public void Facilitators_rename_the_workshop(string who, bool allowed)
    {
        var map = Sample.Workshop();

        var outcome = map.Rename(People.Named(who), "  Shorten awareness to decision  ");

        if (allowed)
        {
            Assert.Equal("Shorten awareness to decision", outcome.ShouldChange(HeaderUpdated).Name);
        }
        else
        {
            outcome.ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        }
    }

    [Fact]
    public void A_blank_or_overlong_new_name_is_refused()
    {
        var map = Sample.Workshop();

        map.Rename(People.Facilitator, " ").ShouldBeRefused(map, ("name", ErrorCodes.Required));
        map.Rename(People.Facilitator, new string('n', 101)).ShouldBeRefused(map, ("name", ErrorCodes.TooLong));
    }

    [Fact]
    public void The_language_can_be_switched_to_korean_but_not_to_an_unknown_one()
    {
        var map = Sample.Workshop();

        Assert.Equal("ko", map.ChangeLanguage(People.Facilitator, "ko").ShouldChange(HeaderUpdated).Language);
        map.ChangeLanguage(People.Facilitator, "ja").ShouldBeRefused(map, ("language", ErrorCodes.Invalid));
        map.ChangeLanguage(People.Alice, "ko").ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
    }

    [Theory]
    [InlineData("facilitator", true)]
    [InlineData("coFacilitator", false)]
    [InlineData("alice", false)]
    public void Only_the_facilitator_cancels(string who, bool allowed)
    {
        var map = Sample.Workshop();

        var outcome = map.Cancel(People.Named(who));

        if (allowed)
        {
            Assert.Equal(WorkshopStatus.Cancelled, outcome.ShouldChange(HeaderUpdated).Status);
        }
        else
        {
            outcome.ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        }
    }

    [Fact]
    public void A_cancelled_workshop_keeps_its_data_but_refuses_every_change()
    {
        var map = Sample.WithPersonaAndTouchpoint().Cancel(People.Facilitator).ShouldSucceed();

        Assert.Single(map.Personas);
        map.NextStep(People.Facilitator).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
        map.AddGoal(People.Alice, "g1", "Get content ideas", Sample.Now).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
        map.RemovePersona(People.Alice, "p1").ShouldBeRefused(map, ("status", ErrorCodes.Closed));
        map.Cancel(People.Facilitator).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
    }

    [Fact]
    public void A_completed_workshop_refuses_changes_too()
    {
        var map = Sample.Workshop().Complete(People.CoFacilitator).ShouldSucceed();

        Assert.Equal(WorkshopStatus.Completed, map.Status);
        map.AddGoal(People.Alice, "g1", "Get content ideas", Sample.Now).ShouldBeRefused(map, ("status", ErrorCodes.Closed));
    }

    [Fact]
    public void The_facilitator_adds_and_removes_co_facilitators_who_then_may_and_may_not_move_steps()
    {
        var map = Sample.Workshop();

        map = map.AddCoFacilitator(People.Facilitator, People.Alice).ShouldChange(HeaderUpdated);
        Assert.True(map.IsFacilitator(People.Alice));
        map = map.NextStep(People.Alice).ShouldSucceed();

        map = map.RemoveCoFacilitator(People.Facilitator, People.Alice.AadObjectId).ShouldChange(HeaderUpdated);
        Assert.False(map.IsFacilitator(People.Alice));
        Assert.Equal([People.CoFacilitator], map.CoFacilitators);
        map.NextStep(People.Alice).ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
    }

    [Fact]
    public void Co_facilitators_cannot_name_other_co_facilitators()
    {
        var map = Sample.Workshop();

        map.AddCoFacilitator(People.CoFacilitator, People.Alice).ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        map.RemoveCoFacilitator(People.CoFacilitator, People.CoFacilitator.AadObjectId).ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
    }

    [Fact]
    public void Adding_someone_who_already_facilitates_is_a_duplicate_and_removing_a_stranger_is_not_found()
    {
        var map = Sample.Workshop();

        map.AddCoFacilitator(People.Facilitator, People.CoFacilitator).ShouldBeRefused(map, ("coFacilitator", ErrorCodes.Duplicate));
        map.AddCoFacilitator(People.Facilitator, People.Facilitator).ShouldBeRefused(map, ("coFacilitator", ErrorCodes.Duplicate));
        map.RemoveCoFacilitator(People.Facilitator, People.Bob.AadObjectId).ShouldBeRefused(map, ("coFacilitator", ErrorCodes.NotFound));
    }

    [Fact]
    public void There_are_at_most_ten_co_facilitators()
    {
        var map = Sample.Workshop().Repeat(9, (current, index) =>
            current.AddCoFacilitator(People.Facilitator, new Participant($"co-{index}", $"Co {index}")));

        Assert.Equal(Limits.MaxCoFacilitators, map.CoFacilitators.Count);
        map.AddCoFacilitator(People.Facilitator, People.Bob).ShouldBeRefused(map, ("coFacilitator", ErrorCodes.OutOfRange));
    }

    [Fact]
    public void Participants_are_recognised_by_object_id_whatever_their_display_name()
    {
        var map = Sample.Workshop();
        var renamed = People.Facilitator with { Name = "Frances F." };

        Assert.True(map.IsLeadFacilitator(renamed));
        map.NextStep(renamed).ShouldSucceed();
    }

    [Fact]
    public void Only_facilitators_reveal_emotions()
    {
        var map = Sample.Workshop();

        map.RevealEmotions(People.Alice).ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        Assert.True(map.RevealEmotions(People.CoFacilitator).ShouldChange(HeaderUpdated).EmotionsRevealed);
    }
}
