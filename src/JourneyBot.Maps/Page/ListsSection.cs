using System.Text;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Page;

/// <summary>
/// The lists behind the map, after it (from a new page in print): the workshop's goals, then personas, touchpoints, KPIs and
/// evidence notes as tables. Lists with no row are left out, and so are columns nobody filled in (the personas list has 24).
/// </summary>
internal static class ListsSection
{
    public static void Write(StringBuilder html, MapDocument document)
    {
        var tables = document.Tables.Where(table => table.OnPage && table.Rows.Count > 0).ToArray();
        if (document.Goals.Count == 0 && tables.Length == 0)
        {
            return;
        }

        html.Append("<section id=\"lists\" class=\"lists\">\n");
        if (document.Goals.Count > 0)
        {
            html.Append("<section class=\"goals\" aria-labelledby=\"list-goals\"><h2 id=\"list-goals\">").Text(document.Words[MapWord.Goals]).Append("</h2>\n<ol>");
            foreach (var goal in document.Goals)
            {
                html.Append("<li>").Text(goal).Append("</li>");
            }

            html.Append("</ol></section>\n");
        }

        foreach (var table in tables)
        {
            Table(html, table);
        }

        html.Append("</section>\n");
    }

    private static void Table(StringBuilder html, MapTable table)
    {
        var id = "list-" + table.Key;
        var columns = Enumerable.Range(0, table.Columns.Count)
            .Where(column => column == 0 || table.Rows.Any(row => column < row.Count && !string.IsNullOrWhiteSpace(row[column].Text)))
            .ToArray();
        html.Append("<section aria-labelledby=\"").Text(id).Append("\"><h2 id=\"").Text(id).Append("\">").Text(table.Title).Append("</h2>\n")
            .Append("<div class=\"scroll\" role=\"region\" aria-labelledby=\"").Text(id).Append("\" tabindex=\"0\"><table class=\"list\">\n<thead><tr>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\">").Text(table.Columns[column]).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var column in columns)
            {
                var value = column < row.Count ? row[column] : MapValue.Empty;
                html.Append(value.Number is null ? "<td>" : "<td class=\"num\">").Text(value.Text).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div></section>\n");
    }
}
