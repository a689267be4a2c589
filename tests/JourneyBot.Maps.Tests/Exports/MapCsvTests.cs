using System.Globalization;
using System.IO.Compression;
using System.Text;
using JourneyBot.Maps.Exports;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Tests.Exports;

/// <summary>The CSV zip, unzipped and parsed back with the tests' own RFC 4180 reader.</summary>
public sealed class MapCsvTests
{
    private static readonly string[] Files = ["map.csv", "personas.csv", "touchpoints.csv", "kpis.csv", "evidence.csv", "findings.csv", "ideas.csv"];

    [Theory]
    [MemberData(nameof(ExportMaps.All), MemberType = typeof(ExportMaps))]
    public void Every_list_is_a_utf8_file_with_a_byte_order_mark(string name)
    {
        var files = Unzip(MapCsv.WriteZip(ExportMaps.Named(name)));

        Assert.Equal(Files, files.Keys);
        Assert.All(files.Values, bytes => Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3)));
    }

    [Theory]
    [InlineData("Saas")]
    [InlineData("Korean")]
    [InlineData("Hostile")]
    [InlineData("Huge")]
    public void The_map_file_is_the_grid_stages_across_lanes_down(string name)
    {
        var document = ExportMaps.Named(name);

        var map = Read(MapCsv.WriteZip(document), "map.csv");

        Assert.Equal([document.Words[MapWord.Stage], .. document.Stages.Select(stage => stage.Name)], map[0]);
        Assert.Equal(ExportMaps.GridLaneTitles(document), map.Skip(1).Take(ExportMaps.GridLaneRows(document)).Select(row => row[0]));
        Assert.All(map, row => Assert.Equal(document.Stages.Count + 1, row.Count));
        Assert.Equal(ExportMaps.StoredGrid(document), map);
        var goal = document.Lanes[0].Cells[^1][0];
        Assert.Contains($"{goal.Label}: {goal.Text}", map[1][^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Korean_lists_read_back_as_written_and_numbers_are_invariant()
    {
        var document = ExportMaps.Korean();

        var csv = MapCsv.WriteZip(document);

        foreach (var table in document.Tables)
        {
            var rows = Read(csv, $"{table.Key}.csv");
            Assert.Equal(table.Columns, rows[0]);
            Assert.Equal(table.Rows.Select(row => row.Select(ExportMaps.Stored).ToList()), rows.Skip(1));
        }

        var kpis = Read(csv, "kpis.csv");
        Assert.Equal(("인지", "10000", "12000"), (kpis[1][0], kpis[1][2], kpis[1][4]));
        Assert.Equal(10_000m / 3, decimal.Parse(kpis[3][2], NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_round_trip()
    {
        const string tricky = "one, two, \"three\"\nfour\r\nfive, 'six' & <seven>";
        var document = ExportMaps.WithFirstCell(ExportMaps.Hostile(), new MapEntry(tricky));
        document = ExportMaps.WithTable(document, "Extra", ["a,b", "\"c\""], [tricky, new MapValue("1,250.5", 1250.5m)]);

        var csv = MapCsv.WriteZip(document);

        Assert.Equal(tricky, Read(csv, "map.csv")[1][1]);
        Assert.Equal([["a,b", "\"c\""], [tricky, "1250.5"]], Read(csv, "extra.csv"));
        Assert.Contains("\"one, two, \"\"three\"\"\nfour\r\nfive, 'six' & <seven>\",1250.5\r\n", Text(csv, "extra.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_would_run_as_a_formula_gets_an_apostrophe_but_negative_numbers_stay_numbers()
    {
        var document = ExportMaps.WithFirstCell(ExportMaps.Saas(), new MapEntry("=HYPERLINK(\"http://evil\")"));
        document = ExportMaps.WithTable(
            document,
            "Extra",
            ["Text", "Number"],
            ["+1", new MapValue("-3", -3m)],
            ["-3", new MapValue("-1,250.5", -1250.5m)],
            ["@SUM(A1)", "\tcmd"],
            ["\rcmd", "plain - text = fine"],
            [string.Empty, MapValue.Empty]);

        var csv = MapCsv.WriteZip(document);

        Assert.Equal("'=HYPERLINK(\"http://evil\")", Read(csv, "map.csv")[1][1]);
        Assert.Equal(
            [["Text", "Number"], ["'+1", "-3"], ["'-3", "-1250.5"], ["'@SUM(A1)", "'\tcmd"], ["'\rcmd", "plain - text = fine"], [string.Empty, string.Empty]],
            Read(csv, "extra.csv"));
    }

    [Fact]
    public void Numbers_are_invariant_whatever_the_servers_culture()
    {
        var document = ExportMaps.WithTable(ExportMaps.Saas(), "Extra", ["Number"], [new MapValue("1.250,5", 1250.5m)]);
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal([["Number"], ["1250.5"]], Read(MapCsv.WriteZip(document), "extra.csv"));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void The_same_map_gives_the_same_bytes()
    {
        var first = MapCsv.WriteZip(ExportMaps.Korean());
        Thread.Sleep(1100);
        var second = MapCsv.WriteZip(ExportMaps.Korean());

        Assert.Equal(first, second);
        using var zip = new ZipArchive(new MemoryStream(first));
        Assert.All(zip.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime));
    }

    [Fact]
    public void An_empty_map_gives_the_grid_titles_and_lists_with_header_rows_only()
    {
        var document = ExportMaps.Empty();

        var csv = MapCsv.WriteZip(document);

        Assert.Equal([["Stage"], ["Touchpoints"], ["Pain points"], ["KPIs"], ["move on"]], Read(csv, "map.csv"));
        Assert.All(document.Tables, table => Assert.Equal([table.Columns.ToList()], Read(csv, $"{table.Key}.csv")));
    }

    private static Dictionary<string, byte[]> Unzip(byte[] zipBytes)
    {
        using var zip = new ZipArchive(new MemoryStream(zipBytes));
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add(entry.FullName, copy.ToArray());
        }

        return files;
    }

    private static string Text(byte[] zipBytes, string file)
    {
        var bytes = Unzip(zipBytes)[file];
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
    }

    private static List<List<string>> Read(byte[] zipBytes, string file) => Csv.Parse(Text(zipBytes, file));
}
