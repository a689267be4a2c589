using System.Buffers;
using System.Globalization;
using System.Text;

namespace JourneyBot.Maps.Page;

/// <summary>The one way the page writes text: every character that could open markup or end an attribute is encoded.</summary>
internal static class Html
{
    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\"'");

    /// <summary>Appends <paramref name="text"/> encoded for element content and quoted attribute values (HTML and inline SVG).</summary>
    public static StringBuilder Text(this StringBuilder html, string? text)
    {
        var rest = (text ?? string.Empty).AsSpan();
        while (rest.Length > 0)
        {
            var at = rest.IndexOfAny(Special);
            if (at < 0)
            {
                return html.Append(rest);
            }

            html.Append(rest[..at]).Append(rest[at] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(at + 1)..];
        }

        return html;
    }

    /// <summary>A coordinate in SVG user units, at most two decimals.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
