namespace JourneyBot.Workshop.Tests;

/// <summary>A suggestion a stage has taken is not offered to that stage again; other stages still get it.</summary>
public sealed class UnusedSuggestionsTests
{
    private static readonly JourneyMap Map = Sample.Workshop();

    private static JourneyMap WithKpis(string stageId, params string?[] suggestionKeys) =>
        Map.Repeat(suggestionKeys.Length, (map, i) =>
            map.AddKpi(People.Alice, $"k{i}", stageId, Sample.Kpi($"KPI {i}", i) with { SuggestionKey = suggestionKeys[i - 1] }, Sample.Now));

    private static JourneyMap WithTouchpoints(string stageId, params string?[] suggestionKeys) =>
        Map.Repeat(suggestionKeys.Length, (map, i) =>
            map.AddTouchpoint(People.Alice, $"t{i}", stageId, Sample.Touchpoint($"Touchpoint {i}") with { SuggestionKey = suggestionKeys[i - 1] }, Sample.Now));

    public static TheoryData<string, string?[], string[]> KpiCases => new()
    {
        // stage, the suggestion keys its KPIs were added from (null: typed), what is still offered
        { StageKeys.Decision, [], ["onlineBookingsStarted", "onlineBookingsCompleted", "jobsBooked"] },
        { StageKeys.Decision, ["onlineBookingsCompleted"], ["onlineBookingsStarted", "jobsBooked"] },
        { StageKeys.Decision, [null, "jobsBooked"], ["onlineBookingsStarted", "onlineBookingsCompleted"] },
        { StageKeys.Decision, ["jobsBooked", "onlineBookingsStarted", "onlineBookingsCompleted"], [] },
        { StageKeys.Consideration, ["sessions", "sessions"], ["phoneCalls"] },
        { StageKeys.Awareness, [null], ["digitalImpressions"] },
    };

    [Theory]
    [MemberData(nameof(KpiCases))]
    public void A_kpi_suggestion_added_to_a_stage_is_not_offered_there_again(string stageId, string?[] used, string[] offered) =>
        Assert.Equal(offered, KpiSuggestions.UnusedFor(WithKpis(stageId, used), stageId));

    [Fact]
    public void A_kpi_suggestion_taken_in_one_stage_is_still_offered_in_another_that_suggests_it()
    {
        var map = WithKpis(StageKeys.Retention, "repeatCustomers");

        Assert.Empty(KpiSuggestions.UnusedFor(map, StageKeys.Retention));
        Assert.Equal(["repeatCustomers"], KpiSuggestions.UnusedFor(map, StageKeys.Loyalty));
    }

    [Fact]
    public void A_stage_without_suggestions_or_not_in_the_map_gets_none() =>
        Assert.Empty(KpiSuggestions.UnusedFor(Map, "nowhere"));

    public static TheoryData<string?[], int> TouchpointCases => new()
    {
        { [], 0 },
        { ["pricingPage"], 1 },
        { [null, "pricingPage", "demo"], 2 },
        { ["pricingPage", "pricingPage"], 1 },
    };

    [Theory]
    [MemberData(nameof(TouchpointCases))]
    public void A_touchpoint_suggestion_added_to_a_stage_is_not_offered_there_again(string?[] used, int taken)
    {
        var map = WithTouchpoints(StageKeys.Consideration, used);

        var offered = TouchpointSuggestions.UnusedFor(map, StageKeys.Consideration);

        Assert.Equal(TouchpointSuggestions.All.Count - taken, offered.Count);
        Assert.DoesNotContain(offered, suggestion => used.Contains(suggestion.Key));
        Assert.Equal(TouchpointSuggestions.All.Where(offered.Contains), offered);
        Assert.Equal(TouchpointSuggestions.All, TouchpointSuggestions.UnusedFor(map, StageKeys.Awareness));
    }
}
