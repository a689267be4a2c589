using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using JourneyBot.Maps;
using JourneyBot.Resources;
using JourneyBot.SharedMaps;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Tests.Workshops;
using JourneyBot.Tests.Workshops.Versions;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Versions;
using Xunit.Abstractions;

namespace JourneyBot.Tests.SharedMaps;

/// <summary>
/// Step 7's comparison in the page and the workbook served at their signed links: after a finish and a revisit, the page
/// says what changed since version 1; the version before is read only to render, and a map with none costs no extra
/// storage call. Round trips are counted at the Table client of the bot under test, as AnalyzeRoundTripTests does.
/// </summary>
[Collection(BotTests.Name)]
public sealed class ComparisonMapTests(BotEnvironment environment, ITestOutputHelper output)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;

    [Fact]
    public async Task After_a_revisit_the_page_shows_the_KPI_change_since_version_1_and_the_workbook_has_the_comparison()
    {
        var counter = new RoundTripCounter();
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Services = services => counter.CountAppRequests(services, environment.Azurite.ConnectionString) });
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        await bot.ArrangeFullMapAsync(channel, board, personas: 2);
        board = (await channel.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var finished = (await channel.FinishAsync(message, board, TestUser.Alice)).Card;
        var onFinish = (await channel.SendAndGetReplyAsync("map", TestUser.Alice)).Card;
        var pageOnFinish = await PageAsync(bot, onFinish);
        await channel.ClickAsync(message, finished.Button(VersionsVerbs.StartRevisit), by: TestUser.Alice);
        var alice = TestUser.Alice.AsParticipant();
        await bot.ChangeStoredAsync(channel, board, map => map.EditKpi(alice, "k0", map.Kpis.Single(kpi => kpi.Id == "k0").Details with { Value = 12_000m }));
        var card = (await channel.SendAndGetReplyAsync("map", TestUser.Alice)).Card;

        counter.Reset();
        var page = await PageAsync(bot, card);
        var firstOpen = PageRoundTrips(counter);
        counter.Reset();
        var again = await PageAsync(bot, card);
        var secondOpen = PageRoundTrips(counter);
        using var workbook = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(card, "Spreadsheet (XLSX)"));

        output.WriteLine($"Round trips to Table Storage opening the page of version 2: {firstOpen} (rendered), {secondOpen} (already rendered).");
        Assert.DoesNotContain("id=\"comparison\"", pageOnFinish, Exact); // version 1 has no version before it
        var section = page[page.IndexOf("<section id=\"comparison\"", Exact)..];
        Assert.Contains("<h2 id=\"list-comparison\">Since version 1</h2>", section, Exact);
        Assert.Contains("Customers in stage</td><td class=\"num\">10,000</td><td class=\"num\">12,000</td><td class=\"num\">+2,000</td></tr>", section, Exact);
        Assert.Contains("Customers in stage</td><td class=\"num\">5,000</td><td class=\"num\">5,000</td><td class=\"num\">±0</td></tr>", section, Exact);
        Assert.Equal(page, again);
        Assert.Equal(2, firstOpen); // the workshop's partition query and version 1's range query
        Assert.Equal(1, secondOpen); // the partition query names the revision; the rendered page needs no version
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using var package = SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), isEditable: false);
        Assert.Contains("Comparison", package.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value));
    }

    /// <summary>The page's own reads: the workshop and its versions (the typed "map" before may still be recording its board in the index).</summary>
    private static int PageRoundTrips(RoundTripCounter counter) => counter.CountFor("Workshops") + counter.CountFor("MapVersions");

    [Fact]
    public async Task Opening_the_page_of_a_map_with_no_version_before_is_one_partition_query()
    {
        var counter = new RoundTripCounter();
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Services = services => counter.CountAppRequests(services, environment.Azurite.ConnectionString) });
        var chat = bot.GroupChat();
        var (_, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Visualize);
        await bot.ArrangeFullMapAsync(chat, board, personas: 2);
        var card = (await chat.SendAndGetReplyAsync("map", TestUser.Alice)).Card;

        counter.Reset();
        var page = await PageAsync(bot, card);
        var opened = PageRoundTrips(counter);
        var versionReads = counter.CountFor("MapVersions");

        output.WriteLine($"Round trips to Table Storage opening the page of a map with no version: {opened}.");
        Assert.Contains("<section id=\"map\"", page, Exact);
        Assert.DoesNotContain("id=\"comparison\"", page, Exact);
        Assert.Equal(0, versionReads); // no version is looked for
        Assert.Equal(1, opened); // the workshop's partition query
    }

    [Fact]
    public void Finishing_and_starting_a_revisit_each_make_a_new_revision_so_the_page_is_rendered_again()
    {
        var alice = SampleWorkshops.Alice;
        var map = SampleWorkshops.Rich().GoToStep(alice, 7).Map;
        var revisions = new List<string> { MapRevision.Of(map) };
        foreach (var change in new Func<JourneyMap, MapOutcome>[]
        {
            current => current.Finish(alice, RevisitPlan.Default, SampleWorkshops.Start.AddDays(1)),
            current => current.StartRevisit(alice),
            current => current.GoToStep(alice, 7),
            current => current.Finish(alice, RevisitPlan.Default, SampleWorkshops.Start.AddDays(90)),
        })
        {
            var outcome = change(map);
            Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
            map = outcome.Map;
            revisions.Add(MapRevision.Of(map));
        }

        Assert.Equal(revisions.Count, revisions.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, map.MapVersionNumber); // the sample is version 2 of its map: finished, revisited, finished again
        Assert.Equal(new VersionChoice(map.Id, 2), MapComparisons.VersionBefore(map)); // version 3 finished: against version 2
    }

    [Fact]
    public void The_version_before_is_named_by_the_header_alone()
    {
        var map = SampleWorkshops.New();

        Assert.Null(MapComparisons.VersionBefore(map));
        Assert.Equal(new VersionChoice(map.Id, 2), MapComparisons.VersionBefore(map with { MapVersionNumber = 3 }));
        Assert.Equal(new VersionChoice("ws-current", 4), MapComparisons.VersionBefore(map with { MapType = MapType.FutureState, CurrentState = new CurrentStateLink("ws-current", 4) }));
        Assert.Null(MapComparisons.VersionBefore(map with { MapType = MapType.FutureState, CurrentState = new CurrentStateLink("ws-current", 0) }));
        Assert.Equal(new VersionChoice(map.Id, 1), MapComparisons.VersionBefore(map with { MapVersionNumber = 2, CurrentState = new CurrentStateLink("ws-current", 4) }));
    }

    [Fact]
    public void Every_word_of_the_map_has_a_text_in_english_and_korean_and_the_comparisons_parts_are_the_versions_cards()
    {
        foreach (var text in new[] { BotText.English, BotText.Korean })
        {
            var words = new BotMapWords(text);
            Assert.All(Enum.GetValues<MapWord>(), word => Assert.False(string.IsNullOrWhiteSpace(words[word]), word.ToString()));
            Assert.Equal(text["ComparisonNewPainPoints"], words[MapWord.ComparisonNewPainPoints]);
            Assert.Equal(text["ComparisonNoKpis"], words[MapWord.ComparisonNoKpis]);
        }
    }

    private static async Task<string> PageAsync(BotHost bot, CardView card)
    {
        using var response = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(card, "Open the whole map"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
