using System.Text;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Page;

/// <summary>
/// Step 7 after step 6: "Since version n", the map against the version before it. KPIs and emotion means as tables
/// (before, after, change), then pain points new and gone and actions done and dropped as lists; a part with nothing in it
/// says so in the versions card's words. Nothing at all on a map with no version before it.
/// </summary>
internal static class ComparisonSection
{
    public static void Write(StringBuilder html, MapDocument document)
    {
        if (document.Comparison is not { } comparison)
        {
            return;
        }

        var words = document.Words;
        html.Append("<section id=\"comparison\" class=\"lists comparison\" aria-labelledby=\"list-comparison\"><h2 id=\"list-comparison\">")
            .Text(comparison.Heading).Append("</h2>\n<p class=\"note\">").Text(comparison.Basis).Append("</p>\n");
        Changes(html, words, "comparison-kpis", MapWord.ComparisonKpis, MapWord.ComparisonNoKpis, comparison.Kpis);
        Changes(html, words, "comparison-emotions", MapWord.ComparisonEmotions, MapWord.ComparisonNoEmotions, comparison.Emotions);
        Listed(html, words, MapWord.ComparisonNewPainPoints, comparison.NewPainPoints);
        Listed(html, words, MapWord.ComparisonGonePainPoints, comparison.GonePainPoints);
        Listed(html, words, MapWord.ComparisonActionsDone, comparison.ActionsDone);
        Listed(html, words, MapWord.ComparisonActionsDropped, comparison.ActionsDropped);
        html.Append("</section>\n");
    }

    private static void Changes(StringBuilder html, IMapWords words, string id, MapWord heading, MapWord none, IReadOnlyList<MapChangeRow> rows)
    {
        html.Append("<h3 id=\"").Text(id).Append("\">").Text(words[heading]).Append("</h3>\n");
        if (rows.Count == 0)
        {
            html.Append("<p class=\"note\">").Text(words[none]).Append("</p>\n");
            return;
        }

        html.Append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"").Text(id).Append("\" tabindex=\"0\"><table class=\"list changes\">\n<thead><tr>");
        foreach (var column in new[] { MapWord.ColumnSubject, MapWord.ColumnBefore, MapWord.ColumnAfter, MapWord.ColumnChange })
        {
            html.Append("<th scope=\"col\">").Text(words[column]).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><td>").Text(row.Subject)
                .Append("</td><td class=\"num\">").Text(row.Before.Text)
                .Append("</td><td class=\"num\">").Text(row.After.Text)
                .Append("</td><td class=\"num\">").Text(row.Change.Text).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }

    private static void Listed(StringBuilder html, IMapWords words, MapWord heading, IReadOnlyList<string> lines)
    {
        html.Append("<h3>").Text(words[heading]).Append("</h3>\n");
        if (lines.Count == 0)
        {
            html.Append("<p class=\"note\">").Text(words[MapWord.ComparisonNone]).Append("</p>\n");
            return;
        }

        html.Append("<ul class=\"changed\">");
        foreach (var line in lines)
        {
            html.Append("<li>").Text(line).Append("</li>");
        }

        html.Append("</ul>\n");
    }
}
