using System.Text.RegularExpressions;
using JourneyBot.Maps.Model;
using JourneyBot.Maps.Page;

namespace JourneyBot.Maps.Tests.Page;

/// <summary>The map's web page: everything the team wrote is on it, escaped; nothing on it runs or is fetched.</summary>
public sealed partial class MapPageTests
{
    [Fact]
    public void Hostile_text_is_escaped_everywhere_including_the_svg_and_no_script_tag_is_ever_written()
    {
        var html = MapPage.Render(MapDocuments.Of(SampleMaps.Hostile(), ResxMapWords.English));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; &lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"x\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("'quotes'", html, StringComparison.Ordinal);
        var svg = Svg().Match(html);
        Assert.True(svg.Success, "the revealed chart is drawn");
        Assert.Contains("&lt;script&gt;", svg.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(" & ", svg.Value, StringComparison.Ordinal);
        Assert.Matches("<title>[^<]*&lt;script&gt;", svg.Value);
        Assert.Matches("<title>&lt;script&gt;[^<]*</title>\n<style>", html);
    }

    [Theory]
    [MemberData(nameof(Maps))]
    public void No_page_has_a_script_an_event_handler_or_an_outside_resource(string name)
    {
        var html = MapPage.Render(Document(name), new MapPageLinks("https://bot.example/maps/1.xlsx", "/maps/1.zip"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"\ssrc\s*=", html);
    }

    [Theory]
    [InlineData("SaasExample", "en")]
    [InlineData("Korean", "ko")]
    public void The_page_says_its_language_and_is_a_complete_html5_document(string name, string language)
    {
        var html = MapPage.Render(Document(name));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"" + language + "\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A3 landscape; margin: 10mm; }", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SaasExample")]
    [InlineData("Korean")]
    public void Every_stage_and_persona_is_on_the_page_with_the_stages_as_column_headers(string name)
    {
        var document = Document(name);

        var html = MapPage.Render(document);

        Assert.Contains($"<title>{Escape(document.Title)}</title>", html, StringComparison.Ordinal);
        Assert.All(document.Stages, stage => Assert.Contains($"<th scope=\"col\">{Escape(stage.Name)}</th>", html, StringComparison.Ordinal));
        Assert.All(document.Personas, persona => Assert.Matches($"<th scope=\"row\"><svg[^>]*>.*?</svg>{Regex.Escape(Escape(persona.Name))}<", html));
        Assert.All(document.Goals, goal => Assert.Contains($"<li>{Escape(goal)}</li>", html, StringComparison.Ordinal));
        Assert.All(document.Tables, table => Assert.Contains($">{Escape(table.Title)}</h2>", html, StringComparison.Ordinal));
        Assert.All(document.Conversions, conversion => Assert.Contains($"<span class=\"conversion\">{Escape(conversion.Text)} →</span>", html, StringComparison.Ordinal));
    }

    [Fact]
    public void Touchpoints_say_online_or_offline_in_words_and_pain_points_name_their_persona()
    {
        var html = MapPage.Render(Document("SaasExample"));

        Assert.Contains("<li class=\"online\"><span class=\"badge\">Online</span>Blog post · website</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"offline\"><span class=\"badge\">Offline</span>Sales call · phone</li>", html, StringComparison.Ordinal);
        Assert.Contains($"<li class=\"pain\" style=\"--persona: {PersonaStyles.For(1).Color}\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">Scaling team lead</span>Pricing page hides the team plan", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_draws_one_line_per_persona_in_its_colour_and_breaks_where_nobody_scored()
    {
        var document = Document("SaasExample");
        var first = document.Emotions.Series[0];
        var gap = document with
        {
            Emotions = document.Emotions with
            {
                Series = [first with { Points = [.. first.Points.Select((point, stage) => stage == 3 ? null : point)] }, .. document.Emotions.Series.Skip(1)],
            },
        };

        var svg = Svg().Match(MapPage.Render(gap)).Value;

        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox=\"0 0 800 120\"", svg, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(svg, $"<polyline[^>]*stroke=\"{PersonaStyles.For(0).Color}\""));
        Assert.Equal(1, Regex.Count(svg, $"<polyline[^>]*stroke=\"{PersonaStyles.For(1).Color}\""));
        Assert.Equal(1, Regex.Count(svg, $"<polyline[^>]*stroke=\"{PersonaStyles.For(2).Color}\""));
        Assert.Equal(3 * 8 - 1, Regex.Count(svg, "<svg x=\"[0-9.]+%\" y=\"[0-9.]+%\" overflow=\"visible\"><title>"));
        Assert.All(["+2", "+1", ">0<", "-1", "-2"], label => Assert.Contains(label, svg, StringComparison.Ordinal));
    }

    [Fact]
    public void Before_the_reveal_the_page_says_how_many_scores_were_given_instead_of_drawing_curves()
    {
        var document = Document("SaasExample");
        var hidden = document with { Emotions = new EmotionChart(false, 72, [.. document.Emotions.Series.Select(series => series with { Points = [.. series.Points.Select(_ => (EmotionPoint?)null)] })]) };

        var html = MapPage.Render(hidden);

        Assert.DoesNotContain("<polyline", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hidden-note\">Hidden until the facilitator reveals them (scores given: 72).</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_map_shows_its_header_and_the_hint_and_no_table()
    {
        var document = MapDocuments.Of(SampleMaps.Empty(), ResxMapWords.English);

        var html = MapPage.Render(document);

        Assert.Contains("<h1>Empty map</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"empty\">{Escape(ResxMapWords.English[MapWord.EmptyMapHint])}</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Download_links_are_written_only_when_given_and_never_for_script_urls()
    {
        var document = Document("SaasExample");

        var without = MapPage.Render(document);
        var with = MapPage.Render(document, new MapPageLinks("https://bot.example/x.xlsx?a=1&b=2", "/maps/x.zip"));

        Assert.DoesNotContain("<a ", without, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://bot.example/x.xlsx?a=1&amp;b=2\">Download the spreadsheet (XLSX)</a>", with, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/maps/x.zip\">Download the lists (CSV, zipped)</a>", with, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => MapPage.Render(document, new MapPageLinks("javascript:alert(1)", "/x.zip")));
        Assert.Throws<ArgumentException>(() => MapPage.Render(document, new MapPageLinks("/x.xlsx", " data:text/html,hi")));
    }

    [Fact]
    public void The_huge_map_renders_every_stage_and_persona()
    {
        var document = Document("Huge");

        var html = MapPage.Render(document);

        Assert.Equal(20, Regex.Count(html, "<th scope=\"col\">Stage [0-9]+ "));
        Assert.Equal(10, Regex.Count(html, "<tr class=\"journey\""));
        Assert.Contains("</html>", html, StringComparison.Ordinal);
    }

    public static TheoryData<string> Maps() => ["Empty", "SaasExample", "Korean", "Huge", "Hostile"];

    internal static MapDocument Document(string name) => name switch
    {
        "Empty" => MapDocuments.Of(SampleMaps.Empty(), ResxMapWords.English),
        "SaasExample" => MapDocuments.Of(SampleMaps.SaasExample(), ResxMapWords.English),
        "Korean" => MapDocuments.Of(SampleMaps.Korean(), ResxMapWords.Korean),
        "Huge" => MapDocuments.Of(SampleMaps.Huge(), ResxMapWords.English),
        "Hostile" => MapDocuments.Of(SampleMaps.Hostile(), ResxMapWords.English),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample map"),
    };

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    [GeneratedRegex("<svg class=\"chart\".*?</svg>\n<div class=\"chart-key\">", RegexOptions.Singleline)]
    private static partial Regex Svg();
}
