using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Workshops;

[Collection(BotTests.Name)]
public sealed partial class FeedbackTests(BotEnvironment environment, ITestOutputHelper output)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;

    [Fact]
    public async Task A_KPI_without_a_name_and_with_a_value_that_is_not_a_number_comes_back_with_each_error_beside_its_field()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        var stage = await chat.OpenStageDataAsync(message, board, "onboarding", TestUser.Alice);

        var refused = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddKpi, "onboarding"), Kpi(name: " ", value: "abc", period: "per month"), TestUser.Alice)).Card;

        Assert.Equal("Required.", refused.ErrorBelow(KpiForm.NameInput));
        Assert.Equal("Not a value this accepts: abc", refused.ErrorBelow(KpiForm.ValueInput));
        Assert.Null(refused.ErrorBelow(KpiForm.PeriodInput));
        Assert.Equal("abc", refused.ValueOf(KpiForm.ValueInput));
        Assert.Equal("per month", refused.ValueOf(KpiForm.PeriodInput));
        Assert.Equal("WebAnalytics", refused.ValueOf(KpiForm.SourceInput));
        Assert.Empty((await bot.StoredMapAsync(chat, board)).Kpis);

        var added = await chat.ClickAsync(message, refused.Button(FeedbackAndDataVerbs.AddKpi), Kpi(name: "Activated accounts", value: "1200", period: "per month"), TestUser.Alice);

        StageSteps.AssertInOrder(added.Card.Text, "Onboarding: feedback and data", "Saved: Activated accounts", "Activated accounts: 1,200 (per month)");
        var afterAdd = await chat.BoardAsync(message, added.Card, TestUser.Alice);
        Assert.Contains("1 KPI", afterAdd.Text, Exact);
        Assert.DoesNotContain("1 KPIs", afterAdd.Text, Exact);
        var reopened = await chat.OpenStageDataAsync(message, added.Card, "onboarding", TestUser.Alice);
        Assert.Contains("Activated accounts: 1,200 (per month) · Web analytics — Alice Kim", reopened.Text, Exact);
    }

    [Fact]
    public async Task A_KPI_picked_from_the_stages_suggestions_takes_the_suggested_name_and_keeps_the_suggestion()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        var stage = await chat.OpenStageDataAsync(message, board, "awareness", TestUser.Alice);
        Assert.Contains("Suggested for this stage: Digital impressions", stage.Text, Exact);

        var inputs = Kpi(name: string.Empty, value: "12000.5", target: "20000");
        inputs[KpiForm.SuggestionInput] = "digitalImpressions";
        var added = await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddKpi, "awareness"), inputs, TestUser.Alice);

        var reopened = await chat.OpenStageDataAsync(message, added.Card, "awareness", TestUser.Alice);
        Assert.Contains("Digital impressions: 12,000.5 · target 20,000 · Web analytics — Alice Kim", reopened.Text, Exact);
        var kpi = Assert.Single((await bot.StoredMapAsync(chat, board)).Kpis);
        Assert.Equal(("Digital impressions", "digitalImpressions", 12000.5m), (kpi.Details.Name, kpi.Details.SuggestionKey, kpi.Details.Value));
    }

    [Fact]
    public async Task A_suggested_KPI_once_added_is_no_longer_offered_to_that_stage_but_stays_chosen_when_editing_it()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        var stage = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Alice);
        Assert.Contains("Suggested for this stage: Sessions, Phone calls", stage.Text, Exact);
        Assert.Equal(["sessions", "phoneCalls"], stage.Input(KpiForm.SuggestionInput).Choices);
        Assert.Equal(("Source (required)", true), (stage.Input(KpiForm.SourceInput).Label, stage.Input(KpiForm.SourceInput).IsRequired));
        Assert.Equal(("Value, a number such as 1200 or 3.5 (required)", true), (stage.Input(KpiForm.ValueInput).Label, stage.Input(KpiForm.ValueInput).IsRequired));
        Assert.False(stage.Input(KpiForm.PeriodInput).IsRequired);

        var inputs = Kpi(name: string.Empty, value: "2500");
        inputs[KpiForm.SuggestionInput] = "sessions";
        var added = await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddKpi, "consideration"), inputs, TestUser.Alice);
        var reopened = await chat.OpenStageDataAsync(message, added.Card, "consideration", TestUser.Alice);

        Assert.Contains("Suggested for this stage: Phone calls", reopened.Text, Exact);
        Assert.DoesNotContain("Sessions,", reopened.Text, Exact);
        Assert.Equal(["phoneCalls"], reopened.Input(KpiForm.SuggestionInput).Choices);

        var kpi = Assert.Single((await bot.StoredMapAsync(chat, board)).Kpis);
        var edit = (await chat.ClickAsync(message, reopened.ButtonFor(FeedbackAndDataVerbs.EditKpi, kpi.Id), null, TestUser.Alice)).Card;
        Assert.Equal(["sessions", "phoneCalls"], edit.Input(KpiForm.SuggestionInput).Choices);
        Assert.Equal("sessions", edit.ValueOf(KpiForm.SuggestionInput));
    }

    [Fact]
    public async Task Volumes_on_two_consecutive_stages_show_conversion_and_drop_off_to_everyone()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        Assert.Contains("Mark one KPI per stage as the stage's volume", board.Text, Exact);

        var awareness = await chat.OpenStageDataAsync(message, board, "awareness", TestUser.Alice);
        var afterFirst = await chat.ClickAsync(message, awareness.ButtonFor(FeedbackAndDataVerbs.AddKpi, "awareness"), Kpi("Visitors", "1000", volume: true), TestUser.Alice);
        var consideration = await chat.OpenStageDataAsync(message, afterFirst.Card, "consideration", TestUser.Alice);
        var afterSecond = await chat.ClickAsync(message, consideration.ButtonFor(FeedbackAndDataVerbs.AddKpi, "consideration"), Kpi("Trials", "250", volume: true), TestUser.Alice);

        // The stage numbers are escaped (1\.) so that Teams shows "1. Awareness" as text, not as a numbered list.
        const string funnel = "1\\. Awareness\n1 KPI · volume 1,000\n↓ 25% move on to the next stage, 75% drop off (1,000 → 250)\n2\\. Consideration\n1 KPI · volume 250\n";
        var boardAfter = await chat.BoardAsync(message, afterSecond.Card, TestUser.Alice);
        Assert.Contains(funnel, boardAfter.Text, Exact);
        Assert.DoesNotContain("Mark one KPI per stage", boardAfter.Text, Exact);
        Assert.Contains(funnel, (await chat.SharedCardAsync(message))?.Text, Exact);
        var stageCard = await chat.OpenStageDataAsync(message, afterSecond.Card, "consideration", TestUser.Alice);
        Assert.Contains("Awareness → Consideration: 25% move on, 75% drop off (1,000 → 250)", stageCard.Text, Exact);
        Assert.Contains("Trials: 250 · Web analytics · stage volume", stageCard.Text, Exact);
    }

    [Fact]
    public async Task Satisfaction_from_two_people_shows_how_many_rated_and_their_mean_one_rating_each()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        await bot.ChangeStoredAsync(chat, board, map => map.AddTouchpoint(TestUser.Alice.AsParticipant(), "pricing", "consideration", FeedbackSteps.Touchpoint("Pricing page"), DateTimeOffset.UtcNow));

        var aliceCard = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Alice);
        Assert.Contains("Pricing page: not rated yet", aliceCard.Text, Exact);
        var noScore = await chat.ClickAsync(message, aliceCard.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "consideration"), Rating("pricing", score: null), TestUser.Alice);
        Assert.Equal("Required.", noScore.Card.ErrorBelow(SatisfactionSection.ScoreInput));
        await chat.ClickAsync(message, aliceCard.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "consideration"), Rating("pricing", "4"), TestUser.Alice);
        var boraCard = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Bora);
        await chat.ClickAsync(message, boraCard.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "consideration"), Rating("pricing", "5"), TestUser.Bora);

        var forBora = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Bora);
        Assert.Contains("Pricing page: 4.5 from 2 ratings · your rating: 5", forBora.Text, Exact);
        var rerated = await chat.ClickAsync(message, forBora.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "consideration"), Rating("pricing", "2"), TestUser.Bora);
        StageSteps.AssertInOrder(rerated.Card.Text, "Saved: Pricing page", "Pricing page: 3 from 2 ratings · your rating: 2");
        Assert.Contains("satisfaction 3 (2 ratings)", (await chat.BoardAsync(message, rerated.Card, TestUser.Bora)).Text, Exact);
        var forAlice = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Alice);
        Assert.Contains("Pricing page: 3 from 2 ratings · your rating: 4", forAlice.Text, Exact);
        Assert.Equal(2, (await bot.StoredMapAsync(chat, board)).SatisfactionRatings.Count);
    }

    [Fact]
    public async Task A_stage_without_touchpoints_says_so_and_offers_nothing_to_rate()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);

        var stage = await chat.OpenStageDataAsync(message, board, "retention", TestUser.Alice);

        Assert.Contains("No touchpoints in this stage yet: add them in step 3", stage.Text, Exact);
        Assert.DoesNotContain(stage.Inputs, input => input.Id == SatisfactionSection.ScoreInput);
        Assert.Empty(stage.ItemsOf(FeedbackAndDataVerbs.RateSatisfaction));
    }

    [Fact]
    public async Task Evidence_notes_about_a_stage_and_a_touchpoint_show_their_backing_and_can_be_edited_and_removed()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        await bot.ChangeStoredAsync(chat, board, map => map.AddTouchpoint(TestUser.Alice.AsParticipant(), "demo", "consideration", FeedbackSteps.Touchpoint("Demo request"), DateTimeOffset.UtcNow));
        var stage = await chat.OpenStageDataAsync(message, board, "consideration", TestUser.Alice);

        var afterFirst = await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddNote, "consideration"),
            Note(EvidenceSection.StageTarget, "DataBacked", "Most visitors leave the pricing page within 10 seconds"), TestUser.Alice);
        var reopened = await chat.OpenStageDataAsync(message, afterFirst.Card, "consideration", TestUser.Alice);
        var afterSecond = await chat.ClickAsync(message, reopened.ButtonFor(FeedbackAndDataVerbs.AddNote, "consideration"),
            Note("touchpoint:demo", "PartlyBacked", "Demos are booked two weeks out"), TestUser.Alice);

        Assert.Contains("Saved: Demos are booked two weeks out", afterSecond.Card.Text, Exact);
        Assert.Contains("2 evidence notes", (await chat.BoardAsync(message, afterSecond.Card, TestUser.Alice)).Text, Exact);
        var withNotes = await chat.OpenStageDataAsync(message, afterSecond.Card, "consideration", TestUser.Alice);
        Assert.Contains("**Backed by data**: Most visitors leave the pricing page within 10 seconds — Alice Kim", withNotes.Text, Exact);
        Assert.Contains("**Partly backed by data**: Demos are booked two weeks out (about: Demo request) — Alice Kim", withNotes.Text, Exact);
        var notes = (await bot.StoredMapAsync(chat, board)).EvidenceNotes.OrderBy(note => note.CreatedAt).ToArray();
        Assert.Equal([EvidenceTarget.Stage("consideration"), EvidenceTarget.Touchpoint("demo")], notes.Select(note => note.Target));

        var editForm = (await chat.ClickAsync(message, withNotes.ButtonFor(FeedbackAndDataVerbs.EditNote, notes[1].Id), by: TestUser.Alice)).Card;
        Assert.Equal("PartlyBacked", editForm.ValueOf(EvidenceSection.BackingInput));
        await chat.ClickAsync(message, editForm.Button(FeedbackAndDataVerbs.SaveNote), Note(null, "Assumption", "Demos may be booked two weeks out"), TestUser.Alice);
        var (_, question, removed) = await chat.RemoveThroughFormAsync(
            message, withNotes.ButtonFor(FeedbackAndDataVerbs.EditNote, notes[0].Id), FeedbackAndDataVerbs.RemoveNote, FeedbackAndDataVerbs.ConfirmRemoveNote, TestUser.Alice);

        var after = await chat.OpenStageDataAsync(message, removed.Card, "consideration", TestUser.Alice);
        Assert.Contains("Remove “Most visitors leave the pricing page within 10 seconds”?", question.Text, Exact);
        Assert.Contains("**Assumption**: Demos may be booked two weeks out (about: Demo request)", after.Text, Exact);
        Assert.DoesNotContain("Most visitors", after.Text, Exact);
    }

    [Fact]
    public async Task An_evidence_note_without_text_comes_back_with_the_error_beside_the_text_and_the_choices_kept()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        var stage = await chat.OpenStageDataAsync(message, board, "awareness", TestUser.Alice);

        var refused = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddNote, "awareness"), Note(EvidenceSection.StageTarget, "PartlyBacked", "  "), TestUser.Alice)).Card;

        Assert.Equal("Required.", refused.ErrorBelow(EvidenceSection.TextInput));
        Assert.Equal("PartlyBacked", refused.ValueOf(EvidenceSection.BackingInput));
        Assert.Empty((await bot.StoredMapAsync(chat, board)).EvidenceNotes);
    }

    [Fact]
    public async Task Only_the_author_or_a_facilitator_may_edit_or_remove_a_KPI()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Alice);
        var boraStage = await chat.OpenStageDataAsync(message, board, "awareness", TestUser.Bora);
        await chat.ClickAsync(message, boraStage.ButtonFor(FeedbackAndDataVerbs.AddKpi, "awareness"), Kpi("Sessions", "100"), TestUser.Bora);
        var kpiId = Assert.Single((await bot.StoredMapAsync(chat, board)).Kpis).Id;
        var boraCard = await chat.OpenStageDataAsync(message, board, "awareness", TestUser.Bora);
        var boraForm = (await chat.ClickAsync(message, boraCard.ButtonFor(FeedbackAndDataVerbs.EditKpi, kpiId), by: TestUser.Bora)).Card;

        var chrisCard = await chat.OpenStageDataAsync(message, board, "awareness", TestUser.Chris);
        var chrisEdit = await chat.ClickAsync(message, boraCard.ButtonFor(FeedbackAndDataVerbs.EditKpi, kpiId), by: TestUser.Chris);
        var chrisSave = await chat.ClickAsync(message, boraForm.Button(FeedbackAndDataVerbs.SaveKpi), Kpi("Sessions (Chris)", "1"), TestUser.Chris);
        var chrisRemove = await chat.ClickAsync(message, boraForm.Button(FeedbackAndDataVerbs.RemoveKpi), by: TestUser.Chris);
        var boraQuestion = (await chat.ClickAsync(message, boraForm.Button(FeedbackAndDataVerbs.RemoveKpi), by: TestUser.Bora)).Card;
        var chrisConfirm = await chat.ClickAsync(message, boraQuestion.Button(FeedbackAndDataVerbs.ConfirmRemoveKpi), by: TestUser.Chris);

        Assert.Empty(chrisCard.ItemsOf(FeedbackAndDataVerbs.EditKpi));
        Assert.Empty(boraCard.ItemsOf(FeedbackAndDataVerbs.RemoveKpi));
        Assert.Contains("Only a facilitator, or the person who added it, can do this.", chrisConfirm.Card.Text, Exact);
        Assert.Contains("Only a facilitator, or the person who added it, can do this.", chrisEdit.Card.Text, Exact);
        Assert.DoesNotContain(chrisEdit.Card.Inputs, input => input.Id == KpiForm.NameInput);
        Assert.Contains("Only a facilitator, or the person who added it, can do this.", chrisSave.Card.Text, Exact);
        Assert.Contains("Only a facilitator, or the person who added it, can do this.", chrisRemove.Card.Text, Exact);
        var unchanged = Assert.Single((await bot.StoredMapAsync(chat, board)).Kpis).Details;
        Assert.Equal(("Sessions", 100m), (unchanged.Name, unchanged.Value));

        await chat.ClickAsync(message, boraForm.Button(FeedbackAndDataVerbs.SaveKpi), Kpi("Sessions", "150"), TestUser.Alice);
        Assert.Equal(150m, Assert.Single((await bot.StoredMapAsync(chat, board)).Kpis).Details.Value);
        await chat.ClickAsync(message, boraQuestion.Button(FeedbackAndDataVerbs.ConfirmRemoveKpi), by: TestUser.Bora);
        Assert.Empty((await bot.StoredMapAsync(chat, board)).Kpis);
    }

    [Fact]
    public async Task A_Korean_workshop_labels_sources_backing_and_numbers_in_Korean()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "ko-KR");
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Bora, language: "ko");
        Assert.Contains(@"1\. 인지", board.Text, Exact);
        var stage = await chat.OpenStageDataAsync(message, board, "awareness", TestUser.Bora);
        Assert.Contains("인지: 피드백과 데이터", stage.Text, Exact);
        Assert.Contains("이 단계에 추천하는 KPI: 디지털 노출 수", stage.Text, Exact);

        var inputs = Kpi("리드 수", "1000", volume: true);
        inputs[KpiForm.SourceInput] = "Crm";
        await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddKpi, "awareness"), inputs, TestUser.Bora);
        var afterNote = await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddNote, "awareness"), Note(EvidenceSection.StageTarget, "Assumption", "광고를 본 사람 대부분이 검색으로 들어옵니다"), TestUser.Bora);

        Assert.Contains("저장했습니다: 광고를 본 사람 대부분이 검색으로 들어옵니다", afterNote.Card.Text, Exact);
        Assert.Contains("KPI 1개 · 고객 수 1,000 · 근거 메모 1개", (await chat.BoardAsync(message, afterNote.Card, TestUser.Bora)).Text, Exact);
        var korean = await chat.OpenStageDataAsync(message, afterNote.Card, "awareness", TestUser.Bora);
        Assert.Contains("리드 수: 1,000 · CRM 기록 · 단계 고객 수 — 박보라", korean.Text, Exact);
        Assert.Contains("**가정**: 광고를 본 사람 대부분이 검색으로 들어옵니다 — 박보라", korean.Text, Exact);
        var refused = await chat.ClickAsync(message, korean.ButtonFor(FeedbackAndDataVerbs.AddKpi, "awareness"), Kpi("세션", "많음"), TestUser.Bora);
        Assert.Contains("KPI 추가 · 인지", refused.Card.Text, Exact);
        Assert.Equal("받을 수 없는 값입니다: 많음", refused.Card.ErrorBelow(KpiForm.ValueInput));
    }

    private static Dictionary<string, object?> Kpi(string name, string value, string? period = null, string? target = null, bool volume = false) => new()
    {
        [KpiForm.NameInput] = name,
        [KpiForm.ValueInput] = value,
        [KpiForm.PeriodInput] = period,
        [KpiForm.TargetInput] = target,
        [KpiForm.SourceInput] = "WebAnalytics",
        [KpiForm.VolumeInput] = volume ? KpiForm.VolumeTicked : string.Empty,
    };

    private static Dictionary<string, object?> Rating(string touchpointId, string? score) => new()
    {
        [SatisfactionSection.TouchpointInput] = touchpointId,
        [SatisfactionSection.ScoreInput] = score ?? string.Empty,
    };

    private static Dictionary<string, object?> Note(string? target, string backing, string text)
    {
        var inputs = new Dictionary<string, object?> { [EvidenceSection.BackingInput] = backing, [EvidenceSection.TextInput] = text };
        if (target is not null)
        {
            inputs[EvidenceSection.TargetInput] = target;
        }

        return inputs;
    }
}
