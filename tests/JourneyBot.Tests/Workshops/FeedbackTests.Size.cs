using JourneyBot.Testing;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.Tests.Workshops;

public sealed partial class FeedbackTests
{
    [Fact]
    public async Task The_board_every_page_of_the_stage_card_and_every_form_stay_under_28_KB_with_the_most_a_team_can_record()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat("ko-KR");
        var (message, board) = await chat.StartAtFeedbackAsync(TestUser.Bora, language: "ko");
        await ArrangeMaximalMapAsync(bot, chat, board);
        var map = await bot.StoredMapAsync(chat, board);
        var (kpis, notes) = (map.KpisIn("awareness"), EvidenceSection.NotesIn(map, "awareness"));

        var refreshed = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Bora)).Card;
        var stage = await chat.OpenStageDataAsync(message, refreshed, "awareness", TestUser.Bora);
        var kpiPages = await PagesAsync(chat, message, stage, FeedbackAndDataVerbs.OpenKpiPage, kpis.Count, KpiSection.PageSize);
        var touchpointPages = await PagesAsync(chat, message, stage, FeedbackAndDataVerbs.OpenSatisfactionPage, 20, SatisfactionSection.PageSize);
        var notePages = await PagesAsync(chat, message, stage, FeedbackAndDataVerbs.OpenNotePage, notes.Count, EvidenceSection.PageSize);
        var kpiForm = (await chat.ClickAsync(message, kpiPages[^1].ButtonFor(FeedbackAndDataVerbs.EditKpi, kpis[^1].Id), by: TestUser.Bora)).Card;
        var noteForm = (await chat.ClickAsync(message, notePages[^1].ButtonFor(FeedbackAndDataVerbs.EditNote, notes[^1].Id), by: TestUser.Bora)).Card;
        var refusedKpi = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddKpi, "awareness"), Kpi(Long(101, 1), "많음", Long(201, 2), "1e99"), TestUser.Bora)).Card;
        var refusedNote = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.AddNote, "awareness"), Note("touchpoint:gone", "Assumption", Long(2001, 3)), TestUser.Bora)).Card;
        var refusedRating = (await chat.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "awareness"), Rating(Id("t", 0), "9"), TestUser.Bora)).Card;
        var lastPageRate = touchpointPages[^1].ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "awareness", touchpointPages.Count - 1);
        var refusedOnLastPage = (await chat.ClickAsync(message, lastPageRate, Rating(Id("t", 19), "9"), TestUser.Bora)).Card;
        var rated = (await chat.ClickAsync(message, lastPageRate, Rating(Id("t", 19), "3"), TestUser.Bora)).Card;
        var shared = await chat.SharedCardAsync(message);

        Assert.Equal(kpis.Select(kpi => kpi.Id), kpiPages.SelectMany(page => page.ItemsOf(FeedbackAndDataVerbs.EditKpi)));
        Assert.Equal(notes.Select(note => note.Id), notePages.SelectMany(page => page.ItemsOf(FeedbackAndDataVerbs.EditNote)));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => Id("t", i)), touchpointPages.SelectMany(page => page.ItemsOf(FeedbackAndDataVerbs.WithdrawSatisfaction)));
        Assert.Contains("전체 30개 중 25–30", notePages[^1].Text, Exact);
        Assert.Equal(kpis[^1].Details.Name, kpiForm.ValueOf(KpiForm.NameInput));
        Assert.Equal(notes[^1].Text, noteForm.ValueOf(EvidenceSection.TextInput));
        Assert.Contains(@"18\. ", refreshed.Text, Exact);
        Assert.Equal(Limits.MaxStages - 1, refreshed.Text.Split('\n').Count(line => line.StartsWith("↓ 다음 단계로", Exact)));
        Assert.Equal("받을 수 없는 값입니다: 많음", refusedKpi.ErrorBelow(KpiForm.ValueInput));
        Assert.NotNull(refusedNote.ErrorBelow(EvidenceSection.TextInput));
        Assert.NotNull(refusedRating.ErrorBelow(SatisfactionSection.ScoreInput));
        Assert.NotNull(refusedOnLastPage.ErrorBelow(SatisfactionSection.ScoreInput));
        Assert.Contains("전체 20개 중 11–20", refusedOnLastPage.Text, Exact);
        Assert.Equal(3, (await bot.StoredMapAsync(chat, board)).SatisfactionRatings.Single(rating => rating.TouchpointId == Id("t", 19)).Score);
        Assert.NotNull(shared);
        var cards = new List<(string Name, CardView Card)>
        {
            ("board", refreshed), ("KPI edit form, last KPI", kpiForm), ("note edit form, last note", noteForm), ("refused KPI", refusedKpi),
            ("refused note", refusedNote), ("refused rating", refusedRating), ("refused rating, last page", refusedOnLastPage),
            ("board after rating", rated), ("shared board", shared),
        };
        cards.AddRange(kpiPages.Select((page, n) => (n == 0 ? "stage card" : $"KPIs, page {n + 1}", page)));
        cards.AddRange(touchpointPages.Skip(1).Select((page, n) => ($"satisfaction, page {n + 2}", page)));
        cards.AddRange(notePages.Skip(1).Select((page, n) => ($"notes, page {n + 2}", page)));
        foreach (var (name, card) in cards)
        {
            output.WriteLine($"{name}: {card.Bytes:N0} bytes");
        }

        Assert.All(cards, card => Assert.True(card.Card.Bytes <= AdaptiveCardValidator.MaxCardBytes, $"{card.Name}: {card.Card.Bytes:N0} bytes"));
    }

    /// <summary>
    /// The stage card, then each page of one section reached by its Next button; the last page offers no Next. The stage
    /// card shows the first page of every section, so it comes first.
    /// </summary>
    private static async Task<List<CardView>> PagesAsync(Conversation chat, BotMessage message, CardView stage, string verb, int count, int pageSize)
    {
        var pages = new List<CardView> { stage };
        for (var n = 1; n * pageSize < count; n++)
        {
            pages.Add((await chat.ClickAsync(message, pages[^1].ButtonFor(verb, "awareness", n), by: TestUser.Bora)).Card);
        }

        Assert.Contains($"전체 {count}개 중 1–{pageSize}", stage.Text, Exact);
        Assert.DoesNotContain(pages[^1].Buttons, button => button.Verb == verb && button.Title == "다음 ▶");
        return pages;
    }

    /// <summary>
    /// 20 stages with the longest names (the template's first two renamed), a volume on each; on one stage 30 KPIs, 20 touchpoints each rated, 30 notes, all
    /// at their length limits in Korean with markdown to escape (3 bytes a character either way).
    /// </summary>
    private static async Task ArrangeMaximalMapAsync(BotHost bot, Conversation chat, CardView board)
    {
        var bora = TestUser.Bora.AsParticipant();
        var at = DateTimeOffset.UtcNow;
        var commands = new List<Func<JourneyMap, MapOutcome>> { map => map.AddGoal(bora, "goal", Long(Limits.MaxLongTextLength, 0), at) };
        commands.Add(map => map.RenameStage(bora, "awareness", Long(Limits.MaxNameLength, 50)));
        commands.Add(map => map.RenameStage(bora, "consideration", Long(Limits.MaxNameLength, 51)));
        commands.AddRange(Enumerable.Range(0, Limits.MaxStages - 8).Select(i => (Func<JourneyMap, MapOutcome>)(map => map.AddCustomStage(bora, Id("custom", i), Long(Limits.MaxNameLength, 100 + i), at))));
        await bot.ArrangeAllAsync(chat, board, commands);

        var stages = (await bot.StoredMapAsync(chat, board)).StagesInOrder;
        var data = new List<Func<JourneyMap, MapOutcome>>();
        data.AddRange(stages.Skip(1).Select(stage => (Func<JourneyMap, MapOutcome>)(map =>
            map.AddKpi(bora, Id("volume", stage.Position), stage.Id, Details(Long(Limits.MaxNameLength, 7), 999_999_999_999.9999m, volume: true), at))));
        data.AddRange(Enumerable.Range(0, 30).Select(i => (Func<JourneyMap, MapOutcome>)(map =>
            map.AddKpi(bora, Id("kpi", i), "awareness", Details(Long(Limits.MaxNameLength, i), -123_456_789_012.3456m, volume: i == 0), at.AddSeconds(i)))));
        data.AddRange(Enumerable.Range(0, 20).Select(i => (Func<JourneyMap, MapOutcome>)(map =>
            map.AddTouchpoint(bora, Id("t", i), "awareness", FeedbackSteps.Touchpoint(Long(Limits.MaxNameLength, 200 + i)), at.AddSeconds(i)))));
        data.AddRange(Enumerable.Range(0, 20).Select(i => (Func<JourneyMap, MapOutcome>)(map => map.RateSatisfaction(bora, Id("t", i), 1 + (i % 5), at))));
        data.AddRange(Enumerable.Range(0, 30).Select(i => (Func<JourneyMap, MapOutcome>)(map => map.AddEvidenceNote(bora, Id("note", i), Long(Limits.MaxLongTextLength, i),
            i % 2 == 0 ? EvidenceTarget.Stage("awareness") : EvidenceTarget.Touchpoint(Id("t", i % 20)), EvidenceBacking.PartlyBacked, at.AddSeconds(i)))));
        await bot.ArrangeAllAsync(chat, board, data);
    }

    private static KpiDetails Details(string name, decimal value, bool volume) => new()
    {
        Name = name,
        Value = volume ? Math.Abs(value) : value,
        Period = Long(Limits.MaxShortTextLength, 9),
        Target = -Limits.MaxKpiValue,
        Source = EvidenceSource.Observation,
        IsStageVolume = volume,
    };

    /// <summary>An id as long as the ones the app makes (20 characters), so the buttons weigh what they will.</summary>
    private static string Id(string kind, int number) => $"{kind}-{number:D4}".PadRight(20, '0');

    /// <summary>Korean text with markdown that must be escaped: 3 bytes of UTF-8 JSON per character, the worst a person can type.</summary>
    private static string Long(int length, int seed) =>
        string.Concat(Enumerable.Repeat($"{seed}번*고객_여정<", length))[..length];
}
