using System.Globalization;
using System.Text;
using JourneyBot.Maps.Model;
using JourneyBot.Workshop;

namespace JourneyBot.Maps.Page;

/// <summary>
/// Step 6 after the map: every finding, most severe first, and the ideas: while voting is open (or not yet opened) only
/// what they say, with a note that votes are private; once it has closed, the ranking and the impact x effort grid.
/// </summary>
internal static class AnalysisSection
{
    public static void Write(StringBuilder html, MapDocument document)
    {
        if (document.Findings.Count == 0 && document.Ideas.Ideas.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"analysis\" class=\"lists analysis\">\n");
        Findings(html, document);
        Ideas(html, document);
        html.Append("</section>\n");
    }

    private static void Findings(StringBuilder html, MapDocument document)
    {
        if (document.Findings.Count == 0)
        {
            return;
        }

        var words = document.Words;
        html.Append("<section aria-labelledby=\"list-findings\"><h2 id=\"list-findings\">").Text(words[MapWord.FindingsTable]).Append("</h2>\n");
        if (document.FindingsTotal > document.Findings.Count)
        {
            html.Append("<p class=\"note\">")
                .Text(string.Format(CultureInfo.InvariantCulture, words[MapWord.FindingsLeftOut], words.Number(document.Findings.Count), words.Number(document.FindingsTotal)))
                .Append("</p>\n");
        }

        html.Append("<ol class=\"findings\">\n");
        foreach (var finding in document.Findings)
        {
            html.Append("<li class=\"finding ").Append(finding.Severity.ToString().ToLowerInvariant()).Append("\"><span class=\"badge\">")
                .Text(finding.SeverityText).Append("</span><span class=\"kind\">").Text(finding.Kind).Append("</span> ").Text(finding.Text).Append("</li>\n");
        }

        html.Append("</ol></section>\n");
    }

    private static void Ideas(StringBuilder html, MapDocument document)
    {
        var ideas = document.Ideas;
        if (ideas.Ideas.Count == 0)
        {
            return;
        }

        var words = document.Words;
        html.Append("<section aria-labelledby=\"list-ideas\"><h2 id=\"list-ideas\">").Text(words[MapWord.IdeasTable]).Append("</h2>\n");
        if (!ideas.ResultsShown)
        {
            html.Append("<p class=\"note\">").Text(words[MapWord.VotesPrivate]).Append("</p>\n<ul class=\"ideas\">\n");
            foreach (var idea in ideas.Ideas)
            {
                html.Append("<li>");
                Title(html, idea, words);
                Details(html, idea);
                html.Append("</li>\n");
            }

            html.Append("</ul></section>\n");
            return;
        }

        Ranking(html, document);
        Grid(html, document);
        html.Append("</section>\n");
    }

    /// <summary>The ideas best first: rank, idea (with its finding and goal), votes, impacts, effort, quadrant.</summary>
    private static void Ranking(StringBuilder html, MapDocument document)
    {
        var words = document.Words;
        html.Append("<h3>").Text(words[MapWord.RankedIdeasHeading]).Append("</h3>\n")
            .Append("<div class=\"scroll\" role=\"region\" aria-label=\"").Text(words[MapWord.RankedIdeasHeading]).Append("\" tabindex=\"0\"><table class=\"list ranked\">\n<thead><tr>");
        foreach (var column in new[] { MapWord.ColumnRank, MapWord.ColumnIdea, MapWord.ColumnVotes, MapWord.ColumnCustomerImpact, MapWord.ColumnBusinessImpact, MapWord.ColumnEffort, MapWord.ColumnQuadrant })
        {
            html.Append("<th scope=\"col\">").Text(words[column]).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var idea in document.Ideas.Ideas)
        {
            var result = idea.Result;
            html.Append(idea.Shortlisted ? "<tr class=\"shortlisted\">" : "<tr>")
                .Append("<td class=\"num\">").Text(result is null ? string.Empty : string.Format(CultureInfo.InvariantCulture, words[MapWord.RankLabel], words.Number(result.Rank))).Append("</td><td>");
            Title(html, idea, words);
            Details(html, idea);
            html.Append("</td><td class=\"num\">").Text(Number(words, result?.Votes))
                .Append("</td><td class=\"num\">").Text(Number(words, result?.CustomerImpact))
                .Append("</td><td class=\"num\">").Text(Number(words, result?.BusinessImpact))
                .Append("</td><td class=\"num\">").Text(Number(words, result?.Effort))
                .Append("</td><td>").Text(result?.QuadrantText).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }

    /// <summary>The impact x effort grid: high impact on top, low effort on the left; each quadrant's ideas best first.</summary>
    private static void Grid(StringBuilder html, MapDocument document)
    {
        var words = document.Words;
        var byQuadrant = document.Ideas.Ideas.Where(idea => idea.Result?.Quadrant is not null).ToLookup(idea => idea.Result!.Quadrant!.Value);
        if (byQuadrant.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Text(words[MapWord.GridHeading]).Append("</h3>\n<table class=\"grid\">\n<thead><tr><td></td><th scope=\"col\">")
            .Text(words[MapWord.LowEffort]).Append("</th><th scope=\"col\">").Text(words[MapWord.HighEffort]).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var (impact, low, high) in new[] { (MapWord.HighImpact, IdeaQuadrant.QuickWin, IdeaQuadrant.BigBet), (MapWord.LowImpact, IdeaQuadrant.FillIn, IdeaQuadrant.MoneyPit) })
        {
            html.Append("<tr><th scope=\"row\">").Text(words[impact]).Append("</th>");
            foreach (var quadrant in new[] { low, high })
            {
                html.Append("<td class=\"").Append(quadrant.ToString().ToLowerInvariant()).Append("\"><strong>").Text(words.Quadrant(quadrant)).Append("</strong>");
                if (byQuadrant[quadrant].Any())
                {
                    html.Append("<ul>");
                    foreach (var idea in byQuadrant[quadrant])
                    {
                        html.Append("<li>");
                        Title(html, idea, words);
                        html.Append("</li>");
                    }

                    html.Append("</ul>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Title(StringBuilder html, MapIdea idea, IMapWords words)
    {
        if (idea.Shortlisted)
        {
            html.Append("<span class=\"star\" aria-hidden=\"true\">★</span><span class=\"sr\">").Text(words[MapWord.ColumnShortlisted]).Append(": </span>");
        }

        html.Append("<span class=\"idea-title\">").Text(idea.Title).Append("</span>");
    }

    /// <summary>The idea's description, then the finding it answers and the goal it serves, each on its own line.</summary>
    private static void Details(StringBuilder html, MapIdea idea)
    {
        foreach (var line in new[] { idea.Description, idea.Finding, idea.Goal })
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                html.Append("<span class=\"idea-detail\">").Text(line).Append("</span>");
            }
        }
    }

    private static string Number(IMapWords words, decimal? value) => value is { } number ? words.Number(number) : string.Empty;
}
