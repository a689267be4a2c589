using System.IO.Compression;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Exports;

/// <summary>The map as CSV: a ZIP of map.csv (the grid) and one file per list behind it (see README.md for why a zip).</summary>
public static class MapCsv
{
    /// <summary>The time every entry carries, so the same map always zips to the same bytes (ZIP's earliest date).</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The .zip file of <paramref name="document"/>.</summary>
    public static byte[] WriteZip(MapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var files = new List<(string Name, byte[] Bytes)> { ("map.csv", Grid(MapGrid.Of(document))) };
        files.AddRange(document.Tables.Select(table => ($"{FileName(table.Key)}.csv", Table(table))));

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var entryStream = entry.Open();
                entryStream.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Grid(MapGrid grid)
    {
        var csv = new CsvText();
        foreach (var row in grid.Rows)
        {
            csv.Record(row.Select(value => new CsvField(value.Text, value.Number)));
        }

        return csv.ToBytes();
    }

    private static byte[] Table(MapTable table)
    {
        var csv = new CsvText().Record(table.Columns.Select(column => new CsvField(column)));
        foreach (var row in table.Rows)
        {
            csv.Record(row.Select(value => new CsvField(value.Text, value.Number)));
        }

        return csv.ToBytes();
    }

    /// <summary>The key as a file name: ASCII letters, digits, '-' and '_' only (keys are ASCII already; this keeps it so).</summary>
    private static string FileName(string key)
    {
        var name = new string([.. key.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return name.Length == 0 ? "list" : name;
    }
}
