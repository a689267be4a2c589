using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JourneyBot.Resources;
using JourneyBot.SharedMaps;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Tests.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.Analyze;

namespace JourneyBot.Tests.SharedMaps;

/// <summary>
/// Step 6 in the map's outputs served at its signed links: the findings worded as on the board, the ideas, and the vote's
/// results only once it has closed; each change of step 6 is a new revision, so the picture's link is never stale.
/// </summary>
[Collection(BotTests.Name)]
public sealed class StepSixMapTests(BotEnvironment environment)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_idea_a_vote_closing_the_vote_and_a_shortlist_each_make_a_new_revision()
    {
        var alice = SampleWorkshops.Alice;
        var map = SampleWorkshops.Rich();
        var revisions = new List<string> { MapRevision.Of(map) };
        foreach (var change in new Func<JourneyMap, MapOutcome>[]
        {
            current => current.AddIdea(alice, "i1", new IdeaDetails { Title = "Show the price first" }, At),
            current => current.OpenVoting(alice, 3),
            current => current.SetVotes(SampleWorkshops.Bora, [new VoteCount("i1", 1)], At),
            current => current.CloseVoting(alice),
            current => current.ShortlistIdea(alice, "i1", shortlisted: true),
        })
        {
            var outcome = change(map);
            Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
            map = outcome.Map;
            revisions.Add(MapRevision.Of(map));
        }

        Assert.Equal(revisions.Count, revisions.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task The_korean_page_and_workbook_show_the_findings_and_ideas_and_the_ranking_only_after_the_vote_closes()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat("ko-KR");
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Analyze, language: "ko");
        var map = await bot.ArrangeFullMapAsync(chat, board, personas: 2, korean: true);
        var findings = MapAnalysis.Of(map, AnalysisThresholds.Default).Findings;
        var finding = findings.First(candidate => candidate.StageId is not null);
        var sentence = FindingText.PlainSentence(BotText.Korean, map, findings.First(candidate => candidate.Severity == FindingSeverity.High));
        Assert.DoesNotContain(sentence, character => character is '<' or '>' or '&' or '"' or '\'');
        board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Bora)).Card;
        var added = await chat.ClickAsync(message, board.Button(AnalyzeVerbs.AddIdea),
            new Dictionary<string, object?> { [IdeaForm.TitleInput] = "<b>가격</b>을 먼저 보여 준다", [IdeaForm.FindingInput] = finding.Id }, TestUser.Bora);
        Assert.Contains("가격", added.Card.Text, Exact);
        board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var opened = await chat.ClickAsync(message, board.Button(AnalyzeVerbs.OpenVoting),
            new Dictionary<string, object?> { [VotingSection.VotesPerPersonInput] = "3" }, TestUser.Alice);
        var mine = (await chat.ClickAsync(message, opened.Card.Button(AnalyzeVerbs.MyVotes), by: TestUser.Bora)).Card;
        var ideaId = (await bot.StoredMapAsync(chat, board)).Ideas.Single().Id;
        await chat.ClickAsync(message, mine.Button(AnalyzeVerbs.SaveVotes), new Dictionary<string, object?> { [VotingSection.VoteInput(ideaId)] = "1" }, TestUser.Bora);

        var open = (await chat.SendAndGetReplyAsync("map", TestUser.Alice)).Card;
        var openPage = await PageAsync(bot, open);
        Assert.Contains(sentence, openPage, Exact); // a finding, in the board's words
        Assert.Contains("&lt;b&gt;가격&lt;/b&gt;을 먼저 보여 준다", openPage, Exact);
        Assert.DoesNotContain("<b>가격", openPage, Exact);
        Assert.Contains("진행자가 투표를 마감할 때까지 표와 점수는 비공개입니다", openPage, Exact);
        Assert.DoesNotContain("1표", openPage, Exact);
        Assert.DoesNotContain("class=\"list ranked\"", openPage, Exact);

        await chat.ClickAsync(message, opened.Card.Button(AnalyzeVerbs.CloseVoting), by: TestUser.Alice);
        var closed = (await chat.SendAndGetReplyAsync("map", TestUser.Alice)).Card;
        var closedPage = await PageAsync(bot, closed);
        Assert.NotEqual(MapLinksOf.Picture(open), MapLinksOf.Picture(closed)); // a new revision: a new picture link
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, MapLinksOf.Picture(closed))).StatusCode);
        Assert.Contains("class=\"list ranked\"", closedPage, Exact);
        Assert.Contains("1표", closedPage, Exact);
        Assert.Contains("<li class=\"idea\"><span class=\"label\">1위</span>", closedPage, Exact); // in the opportunities lane, with its rank

        using var workbook = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(closed, "스프레드시트(XLSX)"));
        using var package = SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), isEditable: false);
        var sheets = package.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value).ToArray();
        Assert.Contains("발견 사항", sheets);
        Assert.Contains("아이디어", sheets);
    }

    private static async Task<string> PageAsync(Driver.BotHost bot, CardView card)
    {
        using var response = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(card, "전체 지도 열기"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
