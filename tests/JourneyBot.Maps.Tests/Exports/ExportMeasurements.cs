using System.Diagnostics;
using JourneyBot.Maps.Exports;
using Xunit.Abstractions;

namespace JourneyBot.Maps.Tests.Exports;

/// <summary>
/// Prints how long the exports take and how big they are for the Korean 5x8 map; asserts nothing about time. Read it with
/// dotnet test --filter ExportMeasurements --logger "console;verbosity=detailed".
/// </summary>
public sealed class ExportMeasurements(ITestOutputHelper output)
{
    [Fact]
    public void Korean_map_export_time_and_size()
    {
        var document = ExportMaps.Korean();
        var cold = Stopwatch.StartNew();
        var xlsx = MapWorkbook.Write(document);
        var coldMs = cold.Elapsed.TotalMilliseconds;
        var zip = MapCsv.WriteZip(document);
        var times = new List<double>();
        for (var run = 0; run < 10; run++)
        {
            var watch = Stopwatch.StartNew();
            xlsx = MapWorkbook.Write(document);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var csvWatch = Stopwatch.StartNew();
        zip = MapCsv.WriteZip(document);
        var csvMs = csvWatch.Elapsed.TotalMilliseconds;

        output.WriteLine($"XLSX Korean 5x8: {xlsx.Length} bytes; first call {coldMs:0.0} ms (JIT included); warm runs {string.Join(", ", times.Select(ms => $"{ms:0.0}"))} ms");
        output.WriteLine($"CSV zip Korean 5x8: {zip.Length} bytes; {csvMs:0.0} ms");
        Assert.NotEmpty(xlsx);
    }
}
