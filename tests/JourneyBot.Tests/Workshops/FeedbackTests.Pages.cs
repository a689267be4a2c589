using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.Tests.Workshops;

public sealed partial class FeedbackTests
{
    [Fact]
    public async Task A_KPI_past_the_first_page_is_reached_with_Next_and_can_be_edited_and_removed_from_there()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        var alice = TestUser.Alice.AsParticipant();
        await bot.ChangeStoredAsync(chat, board, [.. Enumerable.Range(1, KpiSection.PageSize + 2).Select(i => (Func<JourneyMap, MapOutcome>)(map =>
            map.AddKpi(alice, $"kpi-{i:D2}", "awareness", new KpiDetails { Name = $"KPI {i}", Value = i, Source = EvidenceSource.Survey }, DateTimeOffset.UtcNow.AddSeconds(i))))]);
        var stage = await chat.OpenStageDataAsync(message, board, "awareness", TestUser.Alice);

        var second = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.OpenKpiPage, "awareness", 1), by: TestUser.Alice)).Card;

        Assert.Contains("1–8 of 10", stage.Text, Exact);
        Assert.DoesNotContain("KPI 9:", stage.Text, Exact);
        Assert.Equal(["kpi-09", "kpi-10"], second.ItemsOf(FeedbackAndDataVerbs.EditKpi));
        Assert.Contains("9–10 of 10", second.Text, Exact);
        Assert.Contains("KPI 10: 10 · Surveys and questionnaires — Alice Kim", second.Text, Exact);
        Assert.DoesNotContain(second.Inputs, input => input.Id == SatisfactionSection.ScoreInput);
        var back = (await chat.ClickAsync(message, second.ButtonFor(FeedbackAndDataVerbs.OpenKpiPage, "awareness", 0), by: TestUser.Alice)).Card;
        Assert.Equal(KpiSection.PageSize, back.ItemsOf(FeedbackAndDataVerbs.EditKpi).Count);
        Assert.Equal("kpi-01", back.ItemsOf(FeedbackAndDataVerbs.EditKpi)[0]);
        Assert.Equal("awareness", second.ButtonTitled("Back to the stage").Data?.GetProperty("stage").GetString());

        var form = (await chat.ClickAsync(message, second.ButtonFor(FeedbackAndDataVerbs.EditKpi, "kpi-10"), by: TestUser.Alice)).Card;
        Assert.Equal("10", form.ValueOf(KpiForm.ValueInput));
        await chat.ClickAsync(message, form.Button(FeedbackAndDataVerbs.SaveKpi), Kpi("KPI 10", "1000"), TestUser.Alice);
        await chat.RemoveThroughFormAsync(message, second.ButtonFor(FeedbackAndDataVerbs.EditKpi, "kpi-09"), FeedbackAndDataVerbs.RemoveKpi, FeedbackAndDataVerbs.ConfirmRemoveKpi, TestUser.Alice);

        var kpis = (await bot.StoredMapAsync(chat, board)).KpisIn("awareness");
        Assert.DoesNotContain(kpis, kpi => kpi.Id == "kpi-09");
        Assert.Equal(1000m, kpis.Single(kpi => kpi.Id == "kpi-10").Details.Value);
    }

    [Fact]
    public async Task A_touchpoint_on_the_second_page_can_be_rated_there_and_a_refused_rating_comes_back_on_that_page()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        var alice = TestUser.Alice.AsParticipant();
        await bot.ChangeStoredAsync(chat, board, [.. Enumerable.Range(1, SatisfactionSection.PageSize + 1).Select(i => (Func<JourneyMap, MapOutcome>)(map =>
            map.AddTouchpoint(alice, $"tp-{i:D2}", "retention", FeedbackSteps.Touchpoint($"Touchpoint {i}"), DateTimeOffset.UtcNow.AddSeconds(i))))]);
        var stage = await chat.OpenStageDataAsync(message, board, "retention", TestUser.Alice);
        var second = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.OpenSatisfactionPage, "retention", 1), by: TestUser.Alice)).Card;
        Assert.Contains("Touchpoint 11: not rated yet", second.Text, Exact);
        Assert.DoesNotContain("Touchpoint 10:", second.Text, Exact);

        var refused = (await chat.ClickAsync(message, second.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "retention", 1), Rating("tp-11", "six"), TestUser.Alice)).Card;

        Assert.Equal("Not a value this accepts: six", refused.ErrorBelow(SatisfactionSection.ScoreInput));
        Assert.Equal("tp-11", refused.ValueOf(SatisfactionSection.TouchpointInput));
        Assert.Contains("11–11 of 11", refused.Text, Exact);
        Assert.Empty((await bot.StoredMapAsync(chat, board)).SatisfactionRatings);

        var rated = await chat.ClickAsync(message, refused.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "retention", 1), Rating("tp-11", "2"), TestUser.Alice);

        // Back on the page it was rated from, the rating in place.
        StageSteps.AssertInOrder(rated.Card.Text, "Saved: Touchpoint 11", "Touchpoint 11: 2 from 1 rating · your rating: 2", "11–11 of 11");
        Assert.Contains("satisfaction 2 (1 rating)", (await chat.BoardAsync(message, rated.Card, TestUser.Alice)).Text, Exact);
        var again = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.OpenSatisfactionPage, "retention", 1), by: TestUser.Alice)).Card;
        Assert.Contains("Touchpoint 11: 2 from 1 rating · your rating: 2", again.Text, Exact);
    }

    [Fact]
    public async Task A_note_can_be_about_a_touchpoint_on_a_later_page_and_a_refused_one_keeps_its_choice()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        var alice = TestUser.Alice.AsParticipant();
        await bot.ChangeStoredAsync(chat, board, [.. Enumerable.Range(1, SatisfactionSection.PageSize + 2).Select(i => (Func<JourneyMap, MapOutcome>)(map =>
            map.AddTouchpoint(alice, $"tp-{i:D2}", "retention", FeedbackSteps.Touchpoint($"Touchpoint {i}"), DateTimeOffset.UtcNow.AddSeconds(i))))]);
        var stage = await chat.OpenStageDataAsync(message, board, "retention", TestUser.Alice);
        var second = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.OpenSatisfactionPage, "retention", 1), by: TestUser.Alice)).Card;

        var refused = (await chat.ClickAsync(message, second.ButtonFor(FeedbackAndDataVerbs.AddNote, "retention"),
            Note("touchpoint:tp-12", "DataBacked", " "), TestUser.Alice)).Card;
        var added = await chat.ClickAsync(message, refused.Button(FeedbackAndDataVerbs.AddNote), Note("touchpoint:tp-12", "DataBacked", "Churn interviews"), TestUser.Alice);

        Assert.Equal("Required.", refused.ErrorBelow(EvidenceSection.TextInput));
        Assert.Equal("touchpoint:tp-12", refused.ValueOf(EvidenceSection.TargetInput));
        Assert.Equal(200, added.HttpStatus);
        Assert.Equal(EvidenceTarget.Touchpoint("tp-12"), Assert.Single((await bot.StoredMapAsync(chat, board)).EvidenceNotes).Target);
    }
}
