using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class TouchpointTests
{
    private static readonly JourneyMap Map = Sample.Workshop();

    private static readonly TouchpointDetails Webinar = new()
    {
        Name = " Monthly webinar ",
        Category = TouchpointCategory.Marketing,
        Mode = ChannelMode.Online,
        Channel = " Zoom ",
        OwningTeam = "Content team",
        SuggestionKey = "webinars",
    };

    [Fact]
    public void A_touchpoint_keeps_its_stage_category_mode_channel_owner_and_author()
    {
        var added = Map.AddTouchpoint(People.Alice, "t1", StageKeys.Consideration, Webinar, Sample.Now).ShouldChange(Added(ItemKind.Touchpoint, "t1"));

        var touchpoint = Assert.Single(added.TouchpointsIn(StageKeys.Consideration));
        Assert.Equal(Webinar with { Name = "Monthly webinar", Channel = "Zoom" }, touchpoint.Details);
        Assert.Equal((StageKeys.Consideration, People.Alice, Sample.Now, null), (touchpoint.StageId, touchpoint.Author, touchpoint.CreatedAt, touchpoint.Fit));
    }

    [Theory]
    [InlineData(TouchpointCategory.Service, ChannelMode.Offline)]
    [InlineData(TouchpointCategory.Other, ChannelMode.Online)]
    [InlineData(TouchpointCategory.CustomerSuccess, ChannelMode.Offline)]
    public void Every_category_online_or_offline_is_accepted(TouchpointCategory category, ChannelMode mode)
    {
        var added = Map.AddTouchpoint(People.Alice, "t1", StageKeys.Decision, Sample.Touchpoint("Visit") with { Category = category, Mode = mode }, Sample.Now).ShouldSucceed();

        Assert.Equal((category, mode), (added.Touchpoints[0].Details.Category, added.Touchpoints[0].Details.Mode));
    }

    [Fact]
    public void A_touchpoint_is_refused_for_every_bad_field_at_once()
    {
        var details = new TouchpointDetails
        {
            Name = "",
            Category = (TouchpointCategory)9,
            Mode = (ChannelMode)9,
            Channel = new string('c', 201),
            OwningTeam = new string('o', 201),
            SuggestionKey = "carrierPigeon",
        };

        Map.AddTouchpoint(People.Alice, "bad id", "nowhere", details, Sample.Now).ShouldBeRefused(
            Map,
            ("id", ErrorCodes.Invalid),
            ("stageId", ErrorCodes.NotFound),
            ("name", ErrorCodes.Required),
            ("category", ErrorCodes.Invalid),
            ("mode", ErrorCodes.Invalid),
            ("channel", ErrorCodes.TooLong),
            ("owningTeam", ErrorCodes.TooLong),
            ("suggestionKey", ErrorCodes.Invalid));
    }

    [Theory]
    [InlineData(7, 7, false)]
    [InlineData(8, 7, true)]
    [InlineData(3, 2, true)]
    [InlineData(3, 3, false)]
    [InlineData(0, 0, false)]
    public void A_stage_with_more_touchpoints_than_the_threshold_is_a_long_list(int count, int threshold, bool warned)
    {
        var map = Map.Repeat(count, (current, index) =>
            current.AddTouchpoint(People.Alice, $"t{index}", StageKeys.Awareness, Sample.Touchpoint($"Touchpoint {index}"), Sample.Now));

        var warnings = map.LongTouchpointLists(threshold);

        Assert.Equal(warned ? [new LongTouchpointList(StageKeys.Awareness, count, threshold)] : [], warnings);
    }

    [Fact]
    public void The_default_threshold_is_seven_and_each_stage_is_judged_alone()
    {
        var map = Map
            .Repeat(8, (current, index) => current.AddTouchpoint(People.Alice, $"a{index}", StageKeys.Decision, Sample.Touchpoint($"A {index}"), Sample.Now))
            .Repeat(7, (current, index) => current.AddTouchpoint(People.Alice, $"b{index}", StageKeys.Awareness, Sample.Touchpoint($"B {index}"), Sample.Now));

        Assert.Equal([new LongTouchpointList(StageKeys.Decision, 8, 7)], map.LongTouchpointLists());
    }

    [Fact]
    public void The_channel_fit_combines_the_three_criteria_as_their_mean()
    {
        var map = Map.AddTouchpoint(People.Alice, "t1", StageKeys.Awareness, Webinar, Sample.Now).ShouldSucceed();

        var rated = map.RateChannelFit(People.Alice, "t1", new ChannelFit(5, 5, 4)).ShouldChange(Updated(ItemKind.Touchpoint, "t1"));

        Assert.Equal(new ChannelFit(5, 5, 4), rated.Touchpoints[0].Fit);
        Assert.Equal(4.67m, rated.Touchpoints[0].Fit?.Combined);
        Assert.Equal(3.00m, new ChannelFit(5, 3, 1).Combined);
        Assert.Equal(1.33m, new ChannelFit(1, 1, 2).Combined);
    }

    [Theory]
    [InlineData(0, 3, 3, "personaPreference")]
    [InlineData(3, 6, 3, "stageRelevance")]
    [InlineData(3, 3, 0, "resourceAvailability")]
    public void Each_channel_fit_criterion_runs_from_1_to_5(int preference, int relevance, int resources, string field)
    {
        var map = Map.AddTouchpoint(People.Alice, "t1", StageKeys.Awareness, Webinar, Sample.Now).ShouldSucceed();

        map.RateChannelFit(People.Alice, "t1", new ChannelFit(preference, relevance, resources)).ShouldBeRefused(map, (field, ErrorCodes.OutOfRange));
    }

    [Fact]
    public void A_touchpoint_with_ratings_or_notes_is_in_use_until_removal_is_confirmed()
    {
        var map = Sample.WithPersonaAndTouchpoint()
            .RateSatisfaction(People.Alice, "t1", 5, Sample.Now).ShouldSucceed()
            .AddEvidenceNote(People.Carol, "n1", "Readers stay", EvidenceTarget.Touchpoint("t1"), EvidenceBacking.DataBacked, Sample.Now).ShouldSucceed();

        map.RemoveTouchpoint(People.Bob, "t1").ShouldBeRefused(map, ("id", ErrorCodes.InUse));
        map.RemoveTouchpoint(People.Bob, "t1", removeDependents: true).ShouldChange(
            Removed(ItemKind.Touchpoint, "t1"),
            Removed(ItemKind.SatisfactionRating, SatisfactionRating.IdFor("t1", People.Alice.AadObjectId)),
            Removed(ItemKind.EvidenceNote, "n1"));
    }
}
