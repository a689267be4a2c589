using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class GoalTests
{
    [Fact]
    public void Anyone_adds_a_goal_which_records_its_author_and_time()
    {
        var map = Sample.Workshop();
        var at = Sample.Now.AddMinutes(5);

        var added = map.AddGoal(People.Bob, "g1", "  Get content ideas  ", at).ShouldChange(Added(ItemKind.Goal, "g1"));

        var goal = Assert.Single(added.Goals);
        Assert.Equal(("g1", "Get content ideas", People.Bob, at), (goal.Id, goal.Text, goal.Author, goal.CreatedAt));
        Assert.Empty(map.Goals);
    }

    [Fact]
    public void Editing_a_goal_keeps_its_author_and_time()
    {
        var map = Sample.Workshop().AddGoal(People.Bob, "g1", "Get content ideas", Sample.Now).ShouldSucceed();

        var goal = Assert.Single(map.EditGoal(People.Facilitator, "g1", "Find holes").ShouldChange(Updated(ItemKind.Goal, "g1")).Goals);

        Assert.Equal(("Find holes", People.Bob, Sample.Now), (goal.Text, goal.Author, goal.CreatedAt));
    }

    [Theory]
    [InlineData("", ErrorCodes.Required)]
    [InlineData(" \n ", ErrorCodes.Required)]
    [InlineData("x2001", ErrorCodes.TooLong)]
    public void A_goal_needs_text_of_at_most_2000_characters(string text, string code)
    {
        var map = Sample.Workshop();
        text = text == "x2001" ? new string('x', Limits.MaxLongTextLength + 1) : text;

        map.AddGoal(People.Alice, "g1", text, Sample.Now).ShouldBeRefused(map, ("text", code));
    }

    [Fact]
    public void Two_goals_cannot_share_an_id()
    {
        var map = Sample.Workshop().AddGoal(People.Alice, "g1", "One", Sample.Now).ShouldSucceed();

        var outcome = map.AddGoal(People.Bob, "g1", "Two", Sample.Now);

        outcome.ShouldBeRefused(map, ("id", ErrorCodes.Duplicate));
        Assert.Equal(["g1"], outcome.Errors.Single().Arguments);
    }

    [Fact]
    public void Two_people_adding_goals_with_their_own_ids_both_land()
    {
        var map = Sample.Workshop();

        var both = map.AddGoal(People.Alice, "a1", "One", Sample.Now).ShouldSucceed()
            .AddGoal(People.Bob, "b1", "Two", Sample.Now).ShouldSucceed();

        Assert.Equal(["a1", "b1"], both.Goals.Select(goal => goal.Id));
    }
}
