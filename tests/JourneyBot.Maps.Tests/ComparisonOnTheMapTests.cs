using System.IO.Compression;
using System.Text;
using JourneyBot.Maps.Exports;
using JourneyBot.Maps.Model;
using JourneyBot.Maps.Page;
using JourneyBot.Maps.Tests.Exports;
using JourneyBot.Workshop;

namespace JourneyBot.Maps.Tests;

/// <summary>
/// Step 7's comparison in the page and the spreadsheets: "Since version n" after step 6 on the page, a comparison sheet
/// and comparison.csv, worded in the map's language, every name the team wrote escaped; nothing of it without a version before.
/// </summary>
public sealed class ComparisonOnTheMapTests
{
    private const string Evil = "<script>alert(\"x\")</script> & 'quotes' <b>bold</b>";
    private const string EvilEscaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &lt;b&gt;bold&lt;/b&gt;";
    private static readonly StringComparison Exact = StringComparison.Ordinal;
    private static readonly DateTimeOffset FirstFinish = new(2026, 9, 1, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_document_holds_each_part_of_the_comparison_in_the_maps_words()
    {
        var (comparison, now) = Revisited(SampleMaps.SaasExample(), "Put the price on the home page", "Call every churned customer");

        var shown = MapDocumentBuilder.Build(now, ResxMapWords.English, Analysis(now), comparison).Comparison!;

        Assert.Equal("Since version 1", shown.Heading);
        Assert.Equal("Version 1 as finished on 2026-09-01 → the map as it is now.", shown.Basis);
        Assert.Equal(new MapChangeRow("awareness · Website visitors", new MapValue("10,000", 10_000m), new MapValue("12,500", 12_500m), new MapValue("+2,500", 2_500m)), shown.Kpis[0]);
        Assert.Equal(new MapChangeRow("awareness · Trials", MapValue.Empty, new MapValue("40", 40m), MapValue.Empty), shown.Kpis[1]);
        Assert.Equal(new MapValue("±0", 0m), shown.Kpis[2].Change); // consideration's KPI did not change: listed all the same
        Assert.Equal(comparison.Kpis.Count, shown.Kpis.Count);
        Assert.Contains(new MapChangeRow("Tech-minded founder · awareness", new MapValue("-1", -1m), new MapValue("+2", 2m), new MapValue("+3", 3m)), shown.Emotions);
        Assert.Equal(comparison.Emotions.Count(emotion => emotion.Change is not 0m), shown.Emotions.Count); // only those that changed
        Assert.Equal(["Tech-minded founder has pain points written down for awareness."], shown.NewPainPoints);
        Assert.Contains("Scaling team lead has pain points written down for awareness.", shown.GonePainPoints);
        Assert.Equal(["Put the price on the home page"], shown.ActionsDone);
        Assert.Equal(["Call every churned customer"], shown.ActionsDropped);
    }

    [Fact]
    public void The_page_shows_since_version_n_after_step_6_and_before_the_lists()
    {
        var (comparison, now) = Revisited(SampleMaps.SaasExample(), "Put the price on the home page", "Call every churned customer");

        var html = MapPage.Render(MapDocumentBuilder.Build(now, ResxMapWords.English, Analysis(now), comparison));

        var section = Section(html);
        Assert.True(html.IndexOf("<section id=\"analysis\"", Exact) < html.IndexOf("<section id=\"comparison\"", Exact));
        Assert.True(html.IndexOf("<section id=\"comparison\"", Exact) < html.IndexOf("<section id=\"lists\"", Exact));
        Assert.Contains("<h2 id=\"list-comparison\">Since version 1</h2>", section, Exact);
        Assert.Contains("<h3 id=\"comparison-kpis\">KPIs</h3>", section, Exact);
        Assert.Contains("<th scope=\"col\">About</th><th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Change</th>", section, Exact);
        Assert.Contains("<tr><td>awareness · Website visitors</td><td class=\"num\">10,000</td><td class=\"num\">12,500</td><td class=\"num\">+2,500</td></tr>", section, Exact);
        Assert.Contains("<tr><td>Tech-minded founder · awareness</td><td class=\"num\">-1</td><td class=\"num\">+2</td><td class=\"num\">+3</td></tr>", section, Exact);
        Assert.Contains("<h3>New pain points</h3>\n<ul class=\"changed\"><li>Tech-minded founder has pain points written down for awareness.</li></ul>", section, Exact);
        Assert.Contains("<h3>Actions done</h3>\n<ul class=\"changed\"><li>Put the price on the home page</li></ul>", section, Exact);
        Assert.Contains("<h3>Actions dropped</h3>\n<ul class=\"changed\"><li>Call every churned customer</li></ul>", section, Exact);
        Assert.DoesNotContain("id=\"list-comparison\"", html[html.IndexOf("<section id=\"lists\"", Exact)..], Exact); // no second, generic table
    }

    [Fact]
    public void A_part_with_nothing_in_it_says_so_in_the_versions_cards_words()
    {
        var map = SampleMaps.SaasExample();
        var older = new MapVersion { Number = 1, FinishedAt = FirstFinish, FinishedBy = map.Facilitator, Map = map, Findings = Analysis(map).Findings };
        var now = map with { MapVersionNumber = 2, Kpis = [] };
        var comparison = VersionComparison.Of(older with { Map = map with { Kpis = [] } }, Newer(now));

        var section = Section(MapPage.Render(MapDocumentBuilder.Build(now, ResxMapWords.English, Analysis(now), comparison)));

        Assert.Contains("<h3 id=\"comparison-kpis\">KPIs</h3>\n<p class=\"note\">No KPIs in either version.</p>", section, Exact);
        Assert.Contains("<p class=\"note\">No revealed mean changed.</p>", section, Exact);
        Assert.Contains("<h3>Actions dropped</h3>\n<p class=\"note\">None.</p>", section, Exact);
    }

    [Fact]
    public void Every_name_the_team_wrote_is_escaped_in_the_section_and_kept_as_written_in_the_exports()
    {
        var (comparison, now) = Revisited(SampleMaps.Hostile(), Evil, Evil + " 2");
        var document = MapDocumentBuilder.Build(now, ResxMapWords.English, Analysis(now), comparison);

        var section = Section(MapPage.Render(document));
        var sheet = Workbook.Read(MapWorkbook.Write(document)).Single(candidate => candidate.Name == "Comparison");
        var csv = Csv.Parse(CsvText(MapCsv.WriteZip(document), "comparison.csv"));

        Assert.DoesNotContain("<script", section, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", section, Exact);
        Assert.Contains($"<tr><td>{EvilEscaped} · Website visitors</td>", section, Exact); // the stage's name
        Assert.Contains($"<h3>Actions done</h3>\n<ul class=\"changed\"><li>{EvilEscaped}</li></ul>", section, Exact);
        Assert.Contains($"<h3>Actions dropped</h3>\n<ul class=\"changed\"><li>{EvilEscaped} 2</li></ul>", section, Exact);
        Assert.Contains(sheet.Rows(5), row => row.SequenceEqual(["Actions done", Evil, string.Empty, string.Empty, string.Empty]));
        Assert.Contains(csv, row => row.SequenceEqual(["Actions dropped", Evil + " 2", string.Empty, string.Empty, string.Empty]));
    }

    [Fact]
    public void The_workbook_has_a_comparison_sheet_and_the_zip_a_comparison_csv_with_numbers_as_numbers()
    {
        var (comparison, now) = Revisited(SampleMaps.SaasExample(), "Put the price on the home page", "Call every churned customer");
        var document = MapDocumentBuilder.Build(now, ResxMapWords.English, Analysis(now), comparison);
        var table = document.Tables.Single(candidate => candidate.Key == "comparison");

        var sheets = Workbook.Read(MapWorkbook.Write(document));
        var csv = Csv.Parse(CsvText(MapCsv.WriteZip(document), "comparison.csv"));

        Assert.False(table.OnPage);
        Assert.Equal("Comparison", sheets[^1].Name); // after the step 6 lists
        var sheet = sheets[^1];
        Assert.Equal(["What", "About", "Before", "After", "Change"], sheet.Rows(5)[0]);
        Assert.Equal(table.Rows.Count + 1, sheet.RowCount);
        Assert.Equal(["KPIs", "awareness · Website visitors", "10000", "12500", "2500"], sheet.Rows(5)[1]);
        Assert.True(sheet.Cells[(1, 2)].IsNumber && sheet.Cells[(1, 4)].IsNumber);
        Assert.Equal(["KPIs", "awareness · Trials", string.Empty, "40", string.Empty], sheet.Rows(5)[2]);
        Assert.Contains(sheet.Rows(5), row => row.SequenceEqual(["Emotions that changed (revealed means)", "Tech-minded founder · awareness", "-1", "2", "3"]));
        Assert.Contains(sheet.Rows(5), row => row.SequenceEqual(["New pain points", "Tech-minded founder has pain points written down for awareness.", string.Empty, string.Empty, string.Empty]));
        Assert.Contains(sheet.Rows(5), row => row.SequenceEqual(["Pain points gone", "Scaling team lead has pain points written down for awareness.", string.Empty, string.Empty, string.Empty]));
        Assert.Equal(sheet.Rows(5), csv); // the same list: a negative mean stays a number in the CSV, not text behind an apostrophe
    }

    [Fact]
    public void In_korean_the_section_the_sheet_and_each_part_speak_korean()
    {
        var (comparison, now) = Revisited(SampleMaps.Korean(), "가격 페이지 맨 위에 팀 요금제를 보여 준다", "이탈 고객에게 모두 전화한다");
        var document = MapDocumentBuilder.Build(now, ResxMapWords.Korean, Analysis(now), comparison);

        var section = Section(MapPage.Render(document));
        var sheet = Workbook.Read(MapWorkbook.Write(document)).Single(candidate => candidate.Name == "버전 비교");

        Assert.Contains("<h2 id=\"list-comparison\">버전 1 이후</h2>\n<p class=\"note\">2026-09-01에 마무리한 버전 1 → 지금의 지도</p>", section, Exact);
        Assert.Contains("<th scope=\"col\">대상</th><th scope=\"col\">이전</th><th scope=\"col\">이후</th><th scope=\"col\">변화</th>", section, Exact);
        Assert.Contains("<tr><td>인지 · Website visitors</td><td class=\"num\">10,000</td><td class=\"num\">12,500</td><td class=\"num\">+2,500</td></tr>", section, Exact);
        Assert.Contains("<h3>완료한 실행 항목</h3>\n<ul class=\"changed\"><li>가격 페이지 맨 위에 팀 요금제를 보여 준다</li></ul>", section, Exact);
        Assert.Contains("<h3>새로 생긴 불편 사항</h3>", section, Exact);
        Assert.Equal(["항목", "대상", "이전", "이후", "변화"], sheet.Rows(5)[0]);
        Assert.Contains(sheet.Rows(5), row => row.SequenceEqual(["중단한 실행 항목", "이탈 고객에게 모두 전화한다", string.Empty, string.Empty, string.Empty]));
    }

    [Fact]
    public void A_future_state_map_is_compared_against_its_current_state_by_name()
    {
        var current = SampleMaps.SaasExample() with { Id = "ws-current", Name = "Today's <journey>" };
        var older = new MapVersion { Number = 2, FinishedAt = FirstFinish, FinishedBy = current.Facilitator, Map = current, Findings = Analysis(current).Findings };
        var future = SampleMaps.SaasExample() with { MapType = MapType.FutureState, CurrentState = new CurrentStateLink("ws-current", 2) };

        var html = MapPage.Render(MapDocumentBuilder.Build(future, ResxMapWords.English, Analysis(future), VersionComparison.Of(older, Newer(future))));

        Assert.Contains("<h2 id=\"list-comparison\">Since the current state (Today&#39;s &lt;journey&gt;, version 2)</h2>", html, Exact);
        Assert.Contains("<p class=\"note\">No revealed mean changed.</p>", html, Exact); // the same scores: nothing changed
    }

    [Fact]
    public void Without_a_comparison_there_is_no_section_no_sheet_and_no_file()
    {
        var document = MapDocuments.Of(SampleMaps.SaasExample(), ResxMapWords.English);

        var html = MapPage.Render(document);
        var sheets = Workbook.Read(MapWorkbook.Write(document));
        var files = Unzip(MapCsv.WriteZip(document)).Keys;

        Assert.Null(document.Comparison);
        Assert.DoesNotContain("id=\"comparison\"", html, Exact);
        Assert.DoesNotContain(sheets, sheet => sheet.Name == "Comparison");
        Assert.DoesNotContain("comparison.csv", files);
    }

    [Fact]
    public void A_comparison_of_another_workshop_is_refused()
    {
        var (comparison, _) = Revisited(SampleMaps.SaasExample(), "a", "b");
        var other = SampleMaps.SaasExample() with { Id = "ws-other" };

        Assert.Throws<ArgumentException>(() => MapDocumentBuilder.Build(other, ResxMapWords.English, Analysis(other), comparison));
    }

    /// <summary>
    /// <paramref name="map"/> finished as version 1 (actions: one in progress, one not started), then revisited as version 2
    /// with: the first KPI (10,000 in every sample) at 12,500 and a "Trials" KPI added in the first stage; every score of the first persona in
    /// the first stage +2; the first cell with pain points cleared, pain points written in the first without; the first
    /// action done and the second dropped.
    /// </summary>
    private static (VersionComparison Comparison, JourneyMap Now) Revisited(JourneyMap map, string doneTitle, string droppedTitle)
    {
        var firstStage = map.StagesInOrder[0];
        var before = map with
        {
            Status = WorkshopStatus.Finished,
            FinishedAt = FirstFinish,
            FinishedBy = map.Facilitator,
            Actions = [Action("a1", doneTitle, ActionStatus.InProgress, map), Action("a2", droppedTitle, ActionStatus.NotStarted, map)],
        };
        var older = new MapVersion { Number = 1, FinishedAt = FirstFinish, FinishedBy = map.Facilitator, Map = before, Findings = Analysis(before).Findings };
        var withPainPoints = map.Cells.First(cell => !string.IsNullOrWhiteSpace(cell.Notes.PainPoints));
        var withoutPainPoints = map.Cells.FirstOrDefault(cell => string.IsNullOrWhiteSpace(cell.Notes.PainPoints));
        var trials = map.Kpis[0] with { Id = "k-trials", Details = map.Kpis[0].Details with { Name = "Trials", Value = 40m, Target = null, IsStageVolume = false } };
        var now = before with
        {
            Status = WorkshopStatus.Active,
            MapVersionNumber = 2,
            Kpis = [map.Kpis[0] with { Details = map.Kpis[0].Details with { Value = 12_500m } }, trials, .. map.Kpis.Skip(1)],
            EmotionScores = [.. map.EmotionScores.Select(score => score.PersonaId == "p1" && score.StageId == firstStage.Id ? score with { Score = 2 } : score)],
            Cells =
            [
                .. map.Cells.Select(cell =>
                    cell.Id == withPainPoints.Id ? cell with { Notes = cell.Notes with { PainPoints = null } }
                    : cell.Id == withoutPainPoints?.Id ? cell with { Notes = cell.Notes with { PainPoints = "The trial ends before the team has tried it" } }
                    : cell),
            ],
            Actions = [before.Actions[0] with { Status = ActionStatus.Done }, before.Actions[1] with { Status = ActionStatus.Dropped }],
        };
        return (VersionComparison.Of(older, Newer(now)), now);
    }

    /// <summary>The map as it is, as the app compares it (MapComparisons.Of): its findings now.</summary>
    private static MapVersion Newer(JourneyMap map) =>
        new() { Number = map.MapVersionNumber, FinishedAt = FirstFinish.AddDays(90), FinishedBy = map.Facilitator, Map = map, Findings = Analysis(map).Findings };

    private static MapAnalysis Analysis(JourneyMap map) => MapAnalysis.Of(map, AnalysisThresholds.Default);

    private static ActionItem Action(string id, string title, ActionStatus status, JourneyMap map) => new()
    {
        Id = id,
        Details = new ActionDetails { Title = title },
        Status = status,
        Author = map.Facilitator,
        CreatedAt = FirstFinish.AddDays(-1),
    };

    private static string Section(string html)
    {
        var start = html.IndexOf("<section id=\"comparison\"", Exact);
        Assert.True(start >= 0, "the page has the comparison section");
        return html[start..html.IndexOf("</section>\n", start, Exact)];
    }

    private static string CsvText(byte[] zip, string file)
    {
        var bytes = Unzip(zip)[file];
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
    }

    private static Dictionary<string, byte[]> Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
