using System.Diagnostics;
using System.Text.Json;
using JourneyBot.Maps.Model;
using JourneyBot.Maps.Page;
using Xunit.Abstractions;

namespace JourneyBot.Maps.Tests.Page;

/// <summary>
/// The page as a reader sees it: headless Chromium with JavaScript off (tests/maps/page-in-browser.mjs) shows every stage and
/// persona, and printed, the map of 8 stages fits one A3 landscape sheet. Screenshots and PDFs stay in the test output folder
/// (bin/…/page-in-browser) for people to look at.
/// </summary>
public sealed class PageInBrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("SaasExample")]
    [InlineData("Korean")]
    public async Task Every_stage_and_persona_is_visible_with_script_off_and_the_map_of_8_stages_prints_on_one_A3_landscape_sheet(string name)
    {
        var document = MapPageTests.Document(name);
        Assert.Equal(8, document.Stages.Count);
        var folder = Path.Combine(AppContext.BaseDirectory, "page-in-browser");
        Directory.CreateDirectory(folder);
        var page = Path.Combine(folder, $"{name}.html");
        await File.WriteAllTextAsync(page, MapPage.Render(document, new MapPageLinks("https://bot.example/maps/1.xlsx", "/maps/1.zip")));
        string[] names = [.. document.Stages.Select(stage => stage.Name), .. document.Personas.Select(persona => persona.Name)];

        var result = await RunAsync(page, folder, names);

        output.WriteLine(result.GetRawText());
        Assert.Equal(0, result.GetProperty("scripts").GetInt32());
        Assert.Empty(result.GetProperty("requests").EnumerateArray());
        var visible = result.GetProperty("visible");
        Assert.All(names, expected => Assert.True(visible.GetProperty(expected).GetBoolean(), $"'{expected}' is not visible on the page"));
        var phone = result.GetProperty("phone");
        Assert.True(
            phone.GetProperty("pageScrollWidth").GetInt32() <= phone.GetProperty("viewportWidth").GetInt32(),
            $"on a phone the whole page scrolls sideways ({phone}); only the map's table may");
        var print = result.GetProperty("print");
        Assert.Equal("page", print.GetProperty("listsBreakBefore").GetString());
        Assert.Empty(print.GetProperty("positioned").EnumerateArray());
        Assert.True(
            print.GetProperty("fitsWidth").GetBoolean(),
            $"printed, the map is {print.GetProperty("mapWidth")}px wide; one A3 landscape sheet holds {print.GetProperty("printableWidth")}px");
        Assert.True(
            print.GetProperty("fitsHeight").GetBoolean(),
            $"printed, the map is {print.GetProperty("mapHeight")}px high; one A3 landscape sheet holds {print.GetProperty("printableHeight")}px");
        Assert.Equal(1, result.GetProperty("mapPdfPages").GetInt32());
    }

    /// <summary>Runs the browser script and returns its JSON line; fails with what to install when Chromium or node is missing.</summary>
    private static async Task<JsonElement> RunAsync(string page, string folder, IEnumerable<string> names)
    {
        var root = RepositoryRoot.Path;
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        Assert.True(
            File.Exists(chromium),
            $"Chromium is missing ({chromium}): the page test drives the system browser. Install it with `source scripts/lib.sh && ensure_chromium` "
            + "(scripts/lib.sh's ensure_chromium installs Debian's chromium and the Korean fonts), or set CHROMIUM_PATH.");
        Assert.True(
            Directory.Exists(Path.Combine(root, "node_modules", "playwright-core")),
            $"The npm package playwright-core is missing in {root}/node_modules: run `npm ci` (scripts/lib.sh's ensure_node_modules).");

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "maps", "page-in-browser.mjs"));
        start.ArgumentList.Add(page);
        start.ArgumentList.Add(folder);
        foreach (var name in names)
        {
            start.ArgumentList.Add(name);
        }

        using var process = StartNode(start);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using (var timeout = new CancellationTokenSource(Timeout))
        {
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"page-in-browser.mjs did not finish within {Timeout}: {await stderr}");
            }
        }

        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var last = lines.LastOrDefault(line => line.StartsWith('{')) ?? string.Empty;
        Assert.False(
            last.Contains("\"chromium-missing\"", StringComparison.Ordinal),
            $"Chromium is missing: {last}. Install it with `source scripts/lib.sh && ensure_chromium`.");
        Assert.True(process.ExitCode == 0 && last.Length > 0, $"page-in-browser.mjs failed (exit {process.ExitCode}): {await stdout}\n{await stderr}");
        using var json = JsonDocument.Parse(last);
        return json.RootElement.Clone();
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("node is not on PATH: the page test runs tests/maps/page-in-browser.mjs with Node.js 20 or later.", exception);
        }
    }
}
