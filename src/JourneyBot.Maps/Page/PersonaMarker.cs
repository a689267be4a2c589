using System.Text;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Page;

/// <summary>A persona's marker shape in its colour, as SVG: at the chart's points, and as a small icon beside its name.</summary>
internal static class PersonaMarker
{
    /// <summary>A small inline icon (1em square) of the persona's marker, hidden from screen readers (its name is beside it).</summary>
    public static StringBuilder Icon(StringBuilder html, int persona)
    {
        html.Append("<svg class=\"mark\" viewBox=\"-6 -6 12 12\" aria-hidden=\"true\" focusable=\"false\">");
        Shape(html, PersonaStyles.For(persona), 0, 0, 5);
        return html.Append("</svg>");
    }

    /// <summary>The persona's shape centred on (<paramref name="x"/>, <paramref name="y"/>) with "radius" <paramref name="r"/>.</summary>
    public static void Shape(StringBuilder html, PersonaStyle style, double x, double y, double r)
    {
        var fill = $"fill=\"{style.Color}\"";
        switch (style.Marker)
        {
            case MarkerShape.Circle:
                html.Append("<circle cx=\"").Append(Html.Number(x)).Append("\" cy=\"").Append(Html.Number(y))
                    .Append("\" r=\"").Append(Html.Number(r)).Append("\" ").Append(fill).Append("/>");
                break;
            case MarkerShape.Square:
                var side = r * 1.7;
                html.Append("<rect x=\"").Append(Html.Number(x - (side / 2))).Append("\" y=\"").Append(Html.Number(y - (side / 2)))
                    .Append("\" width=\"").Append(Html.Number(side)).Append("\" height=\"").Append(Html.Number(side)).Append("\" ").Append(fill).Append("/>");
                break;
            case MarkerShape.Triangle:
                Polygon(html, fill, (x, y - (r * 1.1)), (x + r, y + (r * 0.8)), (x - r, y + (r * 0.8)));
                break;
            case MarkerShape.Diamond:
                Polygon(html, fill, (x, y - (r * 1.15)), (x + r, y), (x, y + (r * 1.15)), (x - r, y));
                break;
            default:
                var arm = r * 0.85;
                html.Append("<path d=\"M").Append(Html.Number(x - arm)).Append(' ').Append(Html.Number(y - arm))
                    .Append('L').Append(Html.Number(x + arm)).Append(' ').Append(Html.Number(y + arm))
                    .Append('M').Append(Html.Number(x - arm)).Append(' ').Append(Html.Number(y + arm))
                    .Append('L').Append(Html.Number(x + arm)).Append(' ').Append(Html.Number(y - arm))
                    .Append("\" fill=\"none\" stroke=\"").Append(style.Color).Append("\" stroke-width=\"").Append(Html.Number(r * 0.6)).Append("\"/>");
                break;
        }
    }

    private static void Polygon(StringBuilder html, string fill, params ReadOnlySpan<(double X, double Y)> corners)
    {
        html.Append("<polygon points=\"");
        for (var i = 0; i < corners.Length; i++)
        {
            html.Append(i == 0 ? string.Empty : " ").Append(Html.Number(corners[i].X)).Append(',').Append(Html.Number(corners[i].Y));
        }

        html.Append("\" ").Append(fill).Append("/>");
    }
}
