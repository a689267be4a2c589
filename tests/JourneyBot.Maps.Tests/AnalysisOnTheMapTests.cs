using System.Globalization;
using System.IO.Compression;
using System.Text;
using JourneyBot.Maps.Exports;
using JourneyBot.Maps.Model;
using JourneyBot.Maps.Page;
using JourneyBot.Maps.Picture;
using JourneyBot.Maps.Tests.Exports;
using JourneyBot.Maps.Tests.Picture;
using JourneyBot.Workshop;
using SkiaSharp;

namespace JourneyBot.Maps.Tests;

/// <summary>
/// Step 6 on the map: the findings and the ideas in the document, the picture, the page and the spreadsheets, and the
/// votes and scores nowhere until the voting has closed.
/// </summary>
public sealed class AnalysisOnTheMapTests
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;

    /// <summary>The findings sheet's severity, kind, numbers, sentence and id columns.</summary>
    private static readonly int[] CheckedFindingColumns = [0, 1, 5, 6, 7];

    [Fact]
    public void Findings_are_the_analysis_in_its_order_worded_in_the_maps_language_and_placed_in_their_stage()
    {
        var map = SampleMaps.SaasExample();
        var analysis = MapAnalysis.Of(map, AnalysisThresholds.Default);

        var document = MapDocumentBuilder.Build(map, ResxMapWords.English, analysis);

        Assert.Equal(analysis.Findings.Select(finding => finding.Id), document.Findings.Select(finding => finding.Id));
        Assert.Equal(analysis.Findings.Count, document.FindingsTotal);
        var bottleneck = document.Findings.Single(finding => finding.Id == "bottleneck.awareness.consideration");
        Assert.Equal(("High", "Bottleneck", 0, 1), (bottleneck.SeverityText, bottleneck.Kind, bottleneck.Stage!.Value, bottleneck.NextStage!.Value));
        Assert.StartsWith("Biggest drop-off: awareness → consideration, 50% leave", bottleneck.Text, Exact);
        Assert.Contains("volume 10,000", bottleneck.Numbers, Exact);
        Assert.Contains("rate 50%", bottleneck.Numbers, Exact);
        Assert.Equal("Website visitors, Customers in stage", bottleneck.Subject);
        var lane = document.Lanes.Single(candidate => candidate.Kind == LaneKind.Findings);
        Assert.Equal("Findings", lane.Title);
        Assert.Contains(lane.Cells[0], entry => entry.Text == bottleneck.Text && entry is { Label: "High", Mark: EntryMark.High });
        Assert.Equal(
            document.Findings.Count,
            lane.Cells.Sum(cell => cell.Count) + lane.General.Count);
        Assert.All(
            document.Findings.Where(finding => finding.Stage is null),
            finding => Assert.Contains(lane.General, entry => entry.Text == finding.Text));
    }

    [Fact]
    public void A_map_with_more_findings_than_the_cap_keeps_the_most_severe_and_says_how_many_there_are()
    {
        var map = SampleMaps.Huge();
        var analysis = MapAnalysis.Of(map, AnalysisThresholds.Default);

        var document = MapDocuments.Of(map, ResxMapWords.English);
        var html = MapPage.Render(document);

        Assert.True(analysis.Findings.Count > MapDocumentBuilder.MaxFindings, $"{analysis.Findings.Count} findings");
        Assert.Equal(analysis.Findings.Take(MapDocumentBuilder.MaxFindings).Select(finding => finding.Id), document.Findings.Select(finding => finding.Id));
        Assert.Equal(analysis.Findings.Count, document.FindingsTotal);
        Assert.Contains($"The 100 most severe of {analysis.Findings.Count:N0} findings", html, Exact);
    }

    [Fact]
    public void After_the_vote_ideas_are_ranked_with_their_votes_means_and_quadrant_and_the_shortlisted_marked()
    {
        var map = SampleMaps.SaasExample();
        var ranking = map.VotingFor(map.Facilitator).Ranking;

        var document = MapDocuments.Of(map, ResxMapWords.English);

        Assert.True(document.Ideas.ResultsShown);
        Assert.Equal(ranking.Select(entry => entry.Idea.Details.Title), document.Ideas.Ideas.Select(idea => idea.Title));
        var first = document.Ideas.Ideas[0];
        Assert.Equal("Show the team plan on the pricing page", first.Title);
        Assert.Equal((1, 3, 3, 5m, 4m, 1m, IdeaQuadrant.QuickWin, "Quick wins"), (first.Result!.Rank, first.Result.Votes, first.Result.Voters, first.Result.CustomerImpact!.Value, first.Result.BusinessImpact!.Value, first.Result.Effort!.Value, first.Result.Quadrant!.Value, first.Result.QuadrantText));
        Assert.True(first.Shortlisted);
        Assert.Equal("Find where trial users drop off", first.Goal);
        Assert.Equal(1, first.Stage); // its finding is about consideration
        Assert.StartsWith("Scaling team lead has pain points written down for consideration", first.Finding, Exact);
        var lane = document.Lanes.Single(candidate => candidate.Kind == LaneKind.Opportunities);
        Assert.Equal(
            new MapEntry("Show the team plan on the pricing page · 3 votes · Quick wins", "#1", EntryMark.Shortlisted),
            Assert.Single(lane.Cells[1]));
        Assert.Equal(new MapEntry("Quarterly customer newsletter · 2 votes · Money pits", "#3", EntryMark.Idea), Assert.Single(lane.General));
    }

    [Fact]
    public void While_the_vote_is_open_no_output_shows_a_vote_a_score_a_rank_or_a_quadrant()
    {
        var map = SampleMaps.SaasVotingOpen();
        Assert.NotEmpty(map.IdeaVotes);
        Assert.NotEmpty(map.IdeaScores);

        var document = MapDocuments.Of(map, ResxMapWords.English);
        var html = MapPage.Render(document);
        var csv = Encoding.UTF8.GetString(Unzip(MapCsv.WriteZip(document))["ideas.csv"]);
        var sheet = Workbook.Read(MapWorkbook.Write(document)).Single(candidate => candidate.Name == "Ideas");
        var grid = string.Join('\n', MapGrid.Of(document).Rows.SelectMany(row => row.Select(cell => cell.Text)));

        Assert.False(document.Ideas.ResultsShown);
        Assert.All(document.Ideas.Ideas, idea => Assert.Null(idea.Result));
        Assert.Equal(map.Ideas.Select(idea => idea.Details.Title), document.Ideas.Ideas.Select(idea => idea.Title)); // the order they were added
        Assert.All(document.Lanes.Single(lane => lane.Kind == LaneKind.Opportunities).Cells.SelectMany(cell => cell), entry => Assert.Null(entry.Label));
        Assert.Equal(["Idea", "Description", "Goal", "Finding", "Stage", "Shortlisted for step 7"], Enumerable.Range(0, 6).Select(column => sheet.Text(0, column)));
        Assert.Equal(string.Empty, sheet.Text(0, 6));
        foreach (var output in new[] { html, csv, grid })
        {
            Assert.DoesNotContain("votes", output, Exact);
            Assert.DoesNotContain("Quick wins", output, Exact);
            Assert.DoesNotContain("Money pits", output, Exact);
            Assert.DoesNotMatch("#1(?![0-9a-f])", output); // no rank (the page's colours are #1f2328 and the like)
        }

        Assert.Contains("Votes and scores stay private until a facilitator closes the voting", html, Exact);
        Assert.DoesNotContain("class=\"ranked\"", html, Exact);
    }

    [Fact]
    public void The_page_shows_both_lanes_every_finding_and_after_the_vote_the_ranking_and_the_grid_all_escaped()
    {
        var document = MapDocuments.Of(SampleMaps.Hostile(), ResxMapWords.English);

        var html = MapPage.Render(document);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html, Exact);
        Assert.Contains("<tr class=\"findings\">", html, Exact);
        Assert.Contains("<tr class=\"ideas\">", html, Exact);
        var analysis = html[html.IndexOf("<section id=\"analysis\"", Exact)..html.IndexOf("<section id=\"lists\"", Exact)];
        Assert.Equal(document.Findings.Count, CountOf(analysis, "<li class=\"finding "));
        Assert.Contains(
            "<span class=\"idea-title\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &lt;b&gt;bold&lt;/b&gt;</span>",
            analysis,
            Exact);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &lt;b&gt;bold&lt;/b&gt; has pain points written down", analysis, Exact);
        Assert.Contains("<table class=\"list ranked\">", analysis, Exact);
        Assert.Contains("<table class=\"grid\">", analysis, Exact);
        Assert.Contains("<td class=\"quickwin\"><strong>Quick wins</strong><ul><li><span class=\"star\"", analysis, Exact);
        Assert.Equal(1, CountOf(html, "id=\"list-findings\"")); // its own section, not the lists' generic table as well
        Assert.Equal(1, CountOf(html, "id=\"list-ideas\""));
    }

    [Theory]
    [InlineData("Saas")]
    [InlineData("Korean")]
    public void The_workbook_has_a_findings_sheet_and_an_ideas_sheet_read_back_as_the_document_says(string name)
    {
        var document = ExportMaps.Named(name);

        var sheets = Workbook.Read(MapWorkbook.Write(document));

        var findingsTable = document.Tables.Single(table => table.Key == "findings");
        var findings = sheets.Single(sheet => sheet.Name == findingsTable.Title);
        Assert.Equal(document.Findings.Count + 1, findings.RowCount);
        Assert.Equal(findingsTable.Columns, Enumerable.Range(0, findingsTable.Columns.Count).Select(column => findings.Text(0, column)));
        for (var row = 0; row < document.Findings.Count; row++)
        {
            var finding = document.Findings[row];
            Assert.Equal(
                [finding.SeverityText, finding.Kind, finding.Numbers, finding.Text, finding.Id],
                CheckedFindingColumns.Select(column => findings.Text(row + 1, column)));
        }

        var ideasTable = document.Tables.Single(table => table.Key == "ideas");
        var ideas = sheets.Single(sheet => sheet.Name == ideasTable.Title);
        Assert.Equal(document.Ideas.Ideas.Count + 1, ideas.RowCount);
        var first = document.Ideas.Ideas[0];
        Assert.Equal(new ReadCell("1", true, ideas.Cells[(1, 0)].Style), ideas.Cells[(1, 0)]); // rank, a number
        Assert.Equal(first.Title, ideas.Text(1, 1));
        Assert.Equal((first.Result!.Votes.ToString(CultureInfo.InvariantCulture), true), (ideas.Cells[(1, 6)].Text, ideas.Cells[(1, 6)].IsNumber));
        Assert.Equal(first.Result.QuadrantText, ideas.Text(1, 11));
        Assert.Equal(document.Words[MapWord.Yes], ideas.Text(1, 12));
    }

    [Fact]
    public void The_largest_map_in_korean_draws_both_step_6_lanes_within_the_pictures_caps()
    {
        var document = MapDocuments.Of(SampleMaps.KoreanHuge(), ResxMapWords.Korean);

        using var fonts = new MapFonts();
        using var text = new PictureText(fonts);
        var layout = PictureLayout.Of(document, text);
        var png = PictureSamples.Renderer.Render(document);
        Directory.CreateDirectory(PictureSamples.OutputFolder);
        File.WriteAllBytes(Path.Combine(PictureSamples.OutputFolder, "KoreanHuge.png"), png); // for a person to look at

        var lanes = layout.Rows.OfType<LaneRow>().Select(row => row.Lane.Kind).ToArray();
        Assert.Contains(LaneKind.Findings, lanes);
        Assert.Contains(LaneKind.Opportunities, lanes);
        var findings = layout.Rows.OfType<LaneRow>().Single(row => row.Lane.Kind == LaneKind.Findings);
        Assert.All(findings.Cells, cell => Assert.InRange(cell.Height, 0, 18 * text.LineHeight(TextStyle.Body) + (18 * PictureTheme.EntryGap)));
        Assert.Contains(findings.Cells, cell => cell.More is not null); // more findings than a cell shows: "… +N"
        Assert.All(findings.Cells.SelectMany(cell => cell.Entries), entry => Assert.InRange(entry.Text.Lines.Count, 1, PictureTheme.FindingMaxLines));
        Assert.All(findings.Cells.SelectMany(cell => cell.Entries).SelectMany(entry => entry.Text.Lines), line => Assert.DoesNotContain(text.Glyphs(line, TextStyle.Body), glyph => glyph == 0));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((layout.Width, layout.Height), (bitmap.Width, bitmap.Height));
        Assert.True(bitmap.Width <= PictureTheme.MaxWidth && bitmap.Height <= PictureTheme.MaxHeight, $"{bitmap.Width}x{bitmap.Height}");
        Assert.True((long)bitmap.Width * bitmap.Height <= PictureTheme.MaxPixels, $"{bitmap.Width}x{bitmap.Height}");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, Exact); at >= 0; at = text.IndexOf(part, at + part.Length, Exact))
        {
            count++;
        }

        return count;
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
