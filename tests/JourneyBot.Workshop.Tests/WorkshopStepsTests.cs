namespace JourneyBot.Workshop.Tests;

public sealed class WorkshopStepsTests
{
    [Fact]
    public void The_seven_steps_run_from_goals_and_personas_to_implement_and_iterate()
    {
        Assert.Equal(7, WorkshopSteps.InOrder.Count);
        Assert.Equal(WorkshopStep.GoalsAndPersonas, WorkshopSteps.InOrder[0]);
        Assert.Equal(WorkshopStep.ImplementAndIterate, WorkshopSteps.InOrder[^1]);
        Assert.Equal(Enumerable.Range(1, 7), WorkshopSteps.InOrder.Select(step => (int)step));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1, WorkshopStep.GoalsAndPersonas)]
    [InlineData(4, WorkshopStep.FeedbackAndData)]
    [InlineData(7, WorkshopStep.ImplementAndIterate)]
    [InlineData(8, null)]
    public void A_step_number_names_a_step_only_from_1_to_7(int number, WorkshopStep? expected)
    {
        Assert.Equal(expected, WorkshopSteps.FromNumber(number));
    }

    [Fact]
    public void Next_and_previous_stop_at_the_ends()
    {
        Assert.Equal(WorkshopStep.JourneyStages, WorkshopStep.GoalsAndPersonas.Next());
        Assert.Null(WorkshopStep.ImplementAndIterate.Next());
        Assert.Equal(WorkshopStep.Analyze, WorkshopStep.ImplementAndIterate.Previous());
        Assert.Null(WorkshopStep.GoalsAndPersonas.Previous());
    }
}
