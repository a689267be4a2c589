using System.Globalization;
using System.Text;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Page;

/// <summary>
/// The map itself as a table, the same lanes as the picture: stages as columns, a row per lane (each persona's journey,
/// touchpoints, pain points, KPIs), then the conversions between stages and the emotion curves.
/// </summary>
internal static class LanesTable
{
    public static void Write(StringBuilder html, MapDocument document)
    {
        var words = document.Words;
        var stages = document.Stages;
        html.Append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"lanes-caption\" tabindex=\"0\">\n")
            .Append(CultureInfo.InvariantCulture, $"<table class=\"lanes\" style=\"--stages: {stages.Count}\">\n")
            .Append("<caption id=\"lanes-caption\">").Text(words[MapWord.NotesHeading]).Append("</caption>\n")
            .Append(CultureInfo.InvariantCulture, $"<colgroup><col class=\"lane-col\"><col span=\"{stages.Count}\"></colgroup>\n")
            .Append("<thead>\n<tr><th scope=\"col\">").Text(words[MapWord.Stage]).Append("</th>");
        foreach (var stage in stages)
        {
            html.Append("<th scope=\"col\">").Text(stage.Name).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var lane in document.Lanes)
        {
            Lane(html, document, lane);
        }

        Conversions(html, document);
        html.Append("<tr class=\"emotions\"><th scope=\"row\">").Text(words[MapWord.LaneEmotions]).Append("</th>")
            .Append(CultureInfo.InvariantCulture, $"<td colspan=\"{stages.Count}\">");
        EmotionChartSvg.Write(html, document);
        html.Append("</td></tr>\n</tbody>\n</table>\n</div>\n");
    }

    private static void Lane(StringBuilder html, MapDocument document, MapLane lane)
    {
        if (lane is { Kind: LaneKind.PersonaJourney, Persona: { } persona })
        {
            html.Append("<tr class=\"journey\" style=\"--persona: ").Append(PersonaStyles.For(persona).Color).Append("\"><th scope=\"row\">");
            PersonaMarker.Icon(html, persona).Text(lane.Title)
                .Append("<span class=\"lane-sub\">").Text(document.Words[MapWord.LaneJourneySubtitle]).Append("</span></th>");
        }
        else
        {
            html.Append("<tr class=\"").Append(ClassOf(lane.Kind)).Append("\"><th scope=\"row\">").Text(lane.Title).Append("</th>");
        }

        foreach (var cell in lane.Cells)
        {
            html.Append("<td>");
            if (cell.Count > 0)
            {
                html.Append("<ul class=\"entries\">");
                foreach (var entry in cell)
                {
                    Entry(html, entry);
                }

                html.Append("</ul>");
            }

            html.Append("</td>");
        }

        html.Append("</tr>\n");
        if (lane.General.Count > 0)
        {
            html.Append("<tr class=\"").Append(ClassOf(lane.Kind)).Append(" general\"><th scope=\"row\">").Text(lane.Title)
                .Append("<span class=\"lane-sub\">").Text(document.Words[MapWord.WholeJourney]).Append("</span></th>")
                .Append(CultureInfo.InvariantCulture, $"<td colspan=\"{document.Stages.Count}\"><ul class=\"entries spread\">");
            foreach (var entry in lane.General)
            {
                Entry(html, entry);
            }

            html.Append("</ul></td></tr>\n");
        }
    }

    /// <summary>An entry with its mark told by words, not colour alone: the label "Online"/"Offline", the persona's name.</summary>
    private static void Entry(StringBuilder html, MapEntry entry)
    {
        switch (entry.Mark)
        {
            case EntryMark.Online or EntryMark.Offline:
                html.Append(entry.Mark == EntryMark.Online ? "<li class=\"online\">" : "<li class=\"offline\">")
                    .Append("<span class=\"badge\">").Text(entry.Label).Append("</span>");
                break;
            case EntryMark.High or EntryMark.Medium or EntryMark.Low:
                html.Append("<li class=\"finding ").Append(entry.Mark.ToString().ToLowerInvariant()).Append("\">")
                    .Append("<span class=\"badge\">").Text(entry.Label).Append("</span>");
                break;
            case EntryMark.Idea or EntryMark.Shortlisted:
                html.Append(entry.Mark == EntryMark.Shortlisted ? "<li class=\"idea shortlisted\"><span class=\"star\" aria-hidden=\"true\">★</span>" : "<li class=\"idea\">");
                Label(html, entry.Label);
                break;
            case EntryMark.Persona when entry.Persona is { } persona:
                html.Append("<li class=\"pain\" style=\"--persona: ").Append(PersonaStyles.For(persona).Color).Append("\">");
                PersonaMarker.Icon(html, persona);
                Label(html, entry.Label);
                break;
            default:
                html.Append("<li>");
                Label(html, entry.Label);
                break;
        }

        html.Text(entry.Text).Append("</li>");
    }

    private static void Label(StringBuilder html, string? label)
    {
        if (!string.IsNullOrEmpty(label))
        {
            html.Append("<span class=\"label\">").Text(label).Append("</span>");
        }
    }

    /// <summary>A row under the KPIs: in each stage's column, the share of its customers moving on to the next stage.</summary>
    private static void Conversions(StringBuilder html, MapDocument document)
    {
        if (document.Conversions.Count == 0)
        {
            return;
        }

        var byStage = document.Conversions.ToLookup(conversion => conversion.FromStage);
        html.Append("<tr class=\"conversions\"><th scope=\"row\">").Text(document.Words[MapWord.Conversion]).Append("</th>");
        for (var stage = 0; stage < document.Stages.Count; stage++)
        {
            html.Append("<td>");
            foreach (var conversion in byStage[stage].Where(conversion => conversion.ToStage < document.Stages.Count))
            {
                html.Append("<span class=\"sr\">").Text(document.Stages[conversion.FromStage].Name).Append(" → ")
                    .Text(document.Stages[conversion.ToStage].Name).Append(": </span><span class=\"conversion\">")
                    .Text(conversion.Text).Append(" →</span>");
            }

            html.Append("</td>");
        }

        html.Append("</tr>\n");
    }

    private static string ClassOf(LaneKind kind) => kind switch
    {
        LaneKind.Touchpoints => "touchpoints",
        LaneKind.PainPoints => "pains",
        LaneKind.Kpis => "kpis",
        LaneKind.Findings => "findings",
        LaneKind.Opportunities => "ideas",
        _ => "journey",
    };
}
