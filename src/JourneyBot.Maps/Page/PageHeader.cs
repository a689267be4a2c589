using System.Text;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Page;

/// <summary>The top of the page: the workshop's name, current or future state, and the links to the exports.</summary>
internal static class PageHeader
{
    public static void Write(StringBuilder html, MapDocument document, MapPageLinks? links)
    {
        html.Append("<header>\n<h1>").Text(document.Title).Append("</h1>\n<p class=\"subtitle\">").Text(document.Subtitle).Append("</p>\n");
        if (links is not null)
        {
            html.Append("<ul class=\"downloads\">");
            Link(html, links.Spreadsheet, document.Words[MapWord.DownloadSpreadsheet]);
            Link(html, links.Csv, document.Words[MapWord.DownloadCsv]);
            html.Append("</ul>\n");
        }

        html.Append("</header>\n");
    }

    private static void Link(StringBuilder html, string url, string text)
    {
        if (!IsWebAddress(url))
        {
            throw new ArgumentException($"A download link must be an http(s) or relative URL, not '{url}'.", nameof(url));
        }

        html.Append("<li><a href=\"").Text(url).Append("\">").Text(text).Append("</a></li>");
    }

    /// <summary>http(s) or relative: never javascript: or data:, which would run or smuggle content into a page that has no script.</summary>
    private static bool IsWebAddress(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var path = url.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (path < 0 || colon < path);
        return !hasScheme
            || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);
    }
}
