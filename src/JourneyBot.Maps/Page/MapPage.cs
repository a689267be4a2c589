using System.Text;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Page;

/// <summary>
/// The map as one self-contained web page: no script, nothing fetched, readable on a phone, and printed the map fills one
/// A3 landscape sheet with the lists on the sheets after it. After the map: step 6 (findings, ideas), step 7's comparison
/// with the version before when there is one, then the lists.
/// </summary>
public static class MapPage
{
    /// <summary>The page of <paramref name="document"/>, with links to its exports when <paramref name="links"/> is given.</summary>
    /// <exception cref="ArgumentException">A link is neither http(s) nor relative.</exception>
    public static string Render(MapDocument document, MapPageLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(16_384 + (document.Stages.Count * document.Lanes.Count * 512));
        var title = string.IsNullOrWhiteSpace(document.Title) ? document.Words[MapWord.GridSheet] : document.Title;
        html.Append("<!DOCTYPE html>\n<html lang=\"").Text(document.LanguageTag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // Belt and braces: even if some text slipped through unescaped, the browser would run nothing and fetch nothing.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Text(title).Append("</title>\n<style>\n").Append(PageStyle.Css).Append("</style>\n</head>\n<body>\n");
        PageHeader.Write(html, document, links);
        html.Append("<main>\n<section id=\"map\" class=\"map\">\n");
        if (document.IsEmpty)
        {
            html.Append("<p class=\"empty\">").Text(document.Words[MapWord.EmptyMapHint]).Append("</p>\n");
        }
        else
        {
            LanesTable.Write(html, document);
        }

        html.Append("</section>\n");
        AnalysisSection.Write(html, document);
        ComparisonSection.Write(html, document);
        ListsSection.Write(html, document);
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }
}
