using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class KpiTests
{
    private static readonly JourneyMap Map = Sample.Workshop();

    /// <summary>Classic funnel: awareness 10000, consideration 2500, decision 500, retention without a volume, loyalty 100.</summary>
    private static readonly JourneyMap Funnel = Map
        .AddKpi(People.Alice, "k1", StageKeys.Awareness, Sample.Kpi("Digital impressions", 10_000, isVolume: true), Sample.Now).ShouldSucceed()
        .AddKpi(People.Alice, "k1b", StageKeys.Awareness, Sample.Kpi("Ad clicks", 300), Sample.Now).ShouldSucceed()
        .AddKpi(People.Alice, "k2", StageKeys.Consideration, Sample.Kpi("Sessions", 2_500, isVolume: true), Sample.Now).ShouldSucceed()
        .AddKpi(People.Alice, "k3", StageKeys.Decision, Sample.Kpi("Jobs booked", 500, isVolume: true), Sample.Now).ShouldSucceed()
        .AddKpi(People.Alice, "k4", StageKeys.Retention, Sample.Kpi("Churn", 12), Sample.Now).ShouldSucceed()
        .AddKpi(People.Alice, "k5", StageKeys.Loyalty, Sample.Kpi("Reviews", 100, isVolume: true), Sample.Now).ShouldSucceed();

    [Fact]
    public void A_kpi_keeps_name_value_period_target_source_and_author()
    {
        var details = new KpiDetails
        {
            Name = " Online bookings completed ",
            Value = 42.5m,
            Period = " per month ",
            Target = 60,
            Source = EvidenceSource.Crm,
            SuggestionKey = "onlineBookingsCompleted",
        };

        var added = Map.AddKpi(People.Bob, "k1", StageKeys.Decision, details, Sample.Now).ShouldChange(Added(ItemKind.Kpi, "k1"));

        var kpi = Assert.Single(added.KpisIn(StageKeys.Decision));
        Assert.Equal(details with { Name = "Online bookings completed", Period = "per month" }, kpi.Details);
        Assert.Equal((People.Bob, Sample.Now), (kpi.Author, kpi.CreatedAt));
    }

    [Theory]
    [InlineData(EvidenceSource.Survey)]
    [InlineData(EvidenceSource.Interview)]
    [InlineData(EvidenceSource.UserTesting)]
    [InlineData(EvidenceSource.Social)]
    [InlineData(EvidenceSource.WebAnalytics)]
    [InlineData(EvidenceSource.Support)]
    [InlineData(EvidenceSource.Crm)]
    [InlineData(EvidenceSource.Calls)]
    [InlineData(EvidenceSource.Reviews)]
    [InlineData(EvidenceSource.Observation)]
    public void Every_evidence_source_of_the_guides_is_accepted(EvidenceSource source)
    {
        Map.AddKpi(People.Bob, "k1", StageKeys.Decision, Sample.Kpi("Anything", 1) with { Source = source }, Sample.Now).ShouldSucceed();
    }

    [Fact]
    public void A_kpi_is_refused_for_every_bad_field_at_once()
    {
        var details = new KpiDetails
        {
            Name = " ",
            Value = Limits.MaxKpiValue + 1,
            Period = new string('p', 201),
            Target = -Limits.MaxKpiValue - 1,
            Source = (EvidenceSource)99,
            SuggestionKey = "vibes",
        };

        Map.AddKpi(People.Bob, "", "nowhere", details, Sample.Now).ShouldBeRefused(
            Map,
            ("id", ErrorCodes.Required),
            ("stageId", ErrorCodes.NotFound),
            ("name", ErrorCodes.Required),
            ("value", ErrorCodes.OutOfRange),
            ("period", ErrorCodes.TooLong),
            ("target", ErrorCodes.OutOfRange),
            ("source", ErrorCodes.Invalid),
            ("suggestionKey", ErrorCodes.Invalid));
    }

    [Theory]
    [InlineData(-1, false, true)]
    [InlineData(-1, true, false)]
    [InlineData(0, true, true)]
    public void A_volume_counts_customers_so_only_other_kpis_may_be_negative(int value, bool isVolume, bool accepted)
    {
        var outcome = Map.AddKpi(People.Bob, "k1", StageKeys.Awareness, Sample.Kpi("Net promoter score", value, isVolume), Sample.Now);

        if (accepted)
        {
            outcome.ShouldSucceed();
        }
        else
        {
            outcome.ShouldBeRefused(Map, ("value", ErrorCodes.OutOfRange));
            Assert.Equal([0m, Limits.MaxKpiValue], outcome.Errors.Single().Arguments);
        }
    }

    [Fact]
    public void Consecutive_stages_with_volumes_give_conversion_and_drop_off_and_a_stage_without_one_breaks_the_chain()
    {
        var conversions = Funnel.StageConversions();

        Assert.Equal(
            [
                new StageConversion(StageKeys.Awareness, StageKeys.Consideration, 10_000, 2_500, 0.25m, 0.75m),
                new StageConversion(StageKeys.Consideration, StageKeys.Decision, 2_500, 500, 0.2m, 0.8m),
            ],
            conversions);
    }

    [Fact]
    public void Conversion_follows_the_stage_order_after_a_move()
    {
        var moved = Funnel.MoveStage(People.Facilitator, StageKeys.Loyalty, 4).ShouldSucceed();

        Assert.Equal(new StageConversion(StageKeys.Decision, StageKeys.Loyalty, 500, 100, 0.2m, 0.8m), moved.StageConversions()[^1]);
    }

    [Theory]
    [InlineData(3000, 1000, 0.3333, 0.6667)]
    [InlineData(1000, 1000, 1, 0)]
    [InlineData(100, 150, 1.5, -0.5)]
    public void Conversion_is_rounded_to_four_places(int from, int to, double conversion, double dropOff)
    {
        var map = Map
            .AddKpi(People.Alice, "a", StageKeys.Awareness, Sample.Kpi("From", from, isVolume: true), Sample.Now).ShouldSucceed()
            .AddKpi(People.Alice, "b", StageKeys.Consideration, Sample.Kpi("To", to, isVolume: true), Sample.Now).ShouldSucceed();

        var single = Assert.Single(map.StageConversions());

        Assert.Equal(((decimal)conversion, (decimal)dropOff), (single.ConversionRate, single.DropOffRate));
    }

    [Fact]
    public void A_stage_with_no_customers_has_no_conversion_rate()
    {
        var map = Map
            .AddKpi(People.Alice, "a", StageKeys.Awareness, Sample.Kpi("From", 0, isVolume: true), Sample.Now).ShouldSucceed()
            .AddKpi(People.Alice, "b", StageKeys.Consideration, Sample.Kpi("To", 10, isVolume: true), Sample.Now).ShouldSucceed();

        Assert.Equal([new StageConversion(StageKeys.Awareness, StageKeys.Consideration, 0, 10, null, null)], map.StageConversions());
    }

    [Fact]
    public void Marking_a_kpi_as_the_stage_volume_unmarks_the_previous_one_and_reports_it()
    {
        var added = Funnel.AddKpi(People.Bob, "k1c", StageKeys.Awareness, Sample.Kpi("Reach", 8_000, isVolume: true), Sample.Now)
            .ShouldChange(Added(ItemKind.Kpi, "k1c"), Updated(ItemKind.Kpi, "k1"));

        Assert.Equal("k1c", added.VolumeOf(StageKeys.Awareness)?.Id);
        Assert.Equal(0.3125m, added.StageConversions()[0].ConversionRate);

        var back = added.EditKpi(People.Alice, "k1", Sample.Kpi("Digital impressions", 10_000, isVolume: true))
            .ShouldChange(Updated(ItemKind.Kpi, "k1"), Updated(ItemKind.Kpi, "k1c"));
        Assert.Equal("k1", back.VolumeOf(StageKeys.Awareness)?.Id);
        Assert.Single(back.Kpis, kpi => kpi.StageId == StageKeys.Awareness && kpi.Details.IsStageVolume);
    }

    [Fact]
    public void Removing_a_volume_kpi_removes_its_conversions()
    {
        var removed = Funnel.RemoveKpi(People.Alice, "k2").ShouldChange(Removed(ItemKind.Kpi, "k2"));

        Assert.Empty(removed.StageConversions());
    }
}
