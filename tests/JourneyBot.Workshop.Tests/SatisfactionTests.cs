using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class SatisfactionTests
{
    private static readonly JourneyMap Map = Sample.WithPersonaAndTouchpoint();

    [Fact]
    public void Each_participant_rates_a_touchpoint_once_and_the_summary_gives_the_mean()
    {
        var rated = Map
            .RateSatisfaction(People.Alice, "t1", 5, Sample.Now).ShouldChange(Added(ItemKind.SatisfactionRating, $"t1.{People.Alice.AadObjectId}"))
            .RateSatisfaction(People.Bob, "t1", 2, Sample.Now).ShouldSucceed()
            .RateSatisfaction(People.Carol, "t1", 4, Sample.Now).ShouldSucceed();

        Assert.Equal(new SatisfactionSummary("t1", 3, 3.67m), rated.SatisfactionOf("t1"));

        var rerated = rated.RateSatisfaction(People.Bob, "t1", 3, Sample.Now.AddHours(1))
            .ShouldChange(Updated(ItemKind.SatisfactionRating, SatisfactionRating.IdFor("t1", People.Bob.AadObjectId)));
        Assert.Equal(new SatisfactionSummary("t1", 3, 4m), rerated.SatisfactionOf("t1"));
    }

    [Fact]
    public void A_rating_is_stored_once_per_person_whatever_the_case_of_their_object_id()
    {
        var rated = Map.RateSatisfaction(new Participant("ABC-1", "Dana"), "t1", 2, Sample.Now).ShouldChange(Added(ItemKind.SatisfactionRating, "t1.abc-1"))
            .RateSatisfaction(new Participant("abc-1", "Dana"), "t1", 4, Sample.Now).ShouldChange(Updated(ItemKind.SatisfactionRating, "t1.abc-1"));

        Assert.Equal(new SatisfactionSummary("t1", 1, 4m), rated.SatisfactionOf("t1"));
    }

    [Fact]
    public void A_touchpoint_nobody_rated_has_no_mean()
    {
        Assert.Equal(new SatisfactionSummary("t1", 0, null), Map.SatisfactionOf("t1"));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Satisfaction_runs_from_1_to_5(int score, bool accepted)
    {
        var outcome = Map.RateSatisfaction(People.Alice, "t1", score, Sample.Now);

        if (accepted)
        {
            outcome.ShouldSucceed();
        }
        else
        {
            outcome.ShouldBeRefused(Map, ("score", ErrorCodes.OutOfRange));
        }
    }

    [Fact]
    public void Only_a_known_touchpoint_can_be_rated()
    {
        Map.RateSatisfaction(People.Alice, "t9", 3, Sample.Now).ShouldBeRefused(Map, ("touchpointId", ErrorCodes.NotFound));
    }
}
