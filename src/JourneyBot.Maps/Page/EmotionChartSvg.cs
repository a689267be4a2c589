using System.Globalization;
using System.Text;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Page;

/// <summary>
/// The emotion curves as inline SVG spanning the stage columns, each stage's points under its column. The grid and the lines
/// are drawn in a viewBox of 100 units per stage stretched to the chart (strokes keep their width), so the chart keeps its
/// height however many stages there are; markers and labels sit on top at percentages of the chart, so they never stretch.
/// Before the reveal: only how many scores were given.
/// </summary>
internal static class EmotionChartSvg
{
    private const double Column = 100;
    private const double Height = 120;
    private const double Top = 10;
    private const double Bottom = 10;
    private const double MarkerRadius = 4.5;

    public static void Write(StringBuilder html, MapDocument document)
    {
        var chart = document.Emotions;
        var words = document.Words;
        if (!chart.Revealed)
        {
            html.Append("<p class=\"hidden-note\">")
                .Text(string.Format(CultureInfo.InvariantCulture, words[MapWord.EmotionsHidden], words.Number(chart.ScoresGiven)))
                .Append("</p>");
            return;
        }

        var width = Column * document.Stages.Count;
        html.Append("<svg class=\"chart\" role=\"img\" aria-labelledby=\"emotions-title emotions-desc\">")
            .Append("<title id=\"emotions-title\">").Text(words[MapWord.LaneEmotions]).Append("</title>")
            .Append("<desc id=\"emotions-desc\">");
        Description(html, document);
        html.Append("</desc>\n")
            .Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Html.Number(width)} {Html.Number(Height)}\" preserveAspectRatio=\"none\" ")
            .Append("width=\"100%\" height=\"100%\" aria-hidden=\"true\">");
        Grid(html, document.Stages.Count, width);
        foreach (var series in chart.Series)
        {
            Line(html, document, series);
        }

        html.Append("</svg>\n");
        AxisLabels(html);
        foreach (var series in chart.Series)
        {
            Markers(html, document, series, width);
        }

        html.Append("</svg>\n<div class=\"chart-key\"><ul class=\"legend\">");
        foreach (var persona in document.Personas)
        {
            html.Append("<li>");
            PersonaMarker.Icon(html, persona.Index).Text(persona.Name).Append("</li>");
        }

        html.Append("</ul><p class=\"note\">").Text(words[MapWord.EmotionLegend]).Append("</p></div>");
    }

    private static double Y(double score) =>
        Top + ((EmotionChart.Max - Math.Clamp(score, EmotionChart.Min, EmotionChart.Max)) / (EmotionChart.Max - EmotionChart.Min) * (Height - Top - Bottom));

    /// <summary>A gridline and label per whole score, and faint lines continuing the table's column borders.</summary>
    private static void Grid(StringBuilder html, int stages, double width)
    {
        for (var stage = 1; stage < stages; stage++)
        {
            var x = Html.Number(stage * Column);
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"column\" x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{Html.Number(Height)}\" vector-effect=\"non-scaling-stroke\"/>");
        }

        for (var score = EmotionChart.Max; score >= EmotionChart.Min; score--)
        {
            var y = Html.Number(Y(score));
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"{(score == 0 ? "grid zero" : "grid")}\" x1=\"0\" y1=\"{y}\" x2=\"{Html.Number(width)}\" y2=\"{y}\" vector-effect=\"non-scaling-stroke\"/>");
        }

        html.Append('\n');
    }

    /// <summary>The scores beside their gridlines, at the chart's left edge, just above each line.</summary>
    private static void AxisLabels(StringBuilder html)
    {
        for (var score = EmotionChart.Max; score >= EmotionChart.Min; score--)
        {
            var label = score.ToString("+0;-0;0", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"3\" y=\"{Percent(Y(score), Height)}\" dy=\"-2\">{label}</text>");
        }

        html.Append('\n');
    }

    /// <summary>A persona's line through each run of scored stages, broken where nobody scored.</summary>
    private static void Line(StringBuilder html, MapDocument document, EmotionSeries series)
    {
        var color = PersonaStyles.For(series.Persona).Color;
        var points = series.Points.Take(document.Stages.Count).ToArray();
        for (var start = 0; start < points.Length;)
        {
            if (points[start] is null)
            {
                start++;
                continue;
            }

            var end = start;
            while (end + 1 < points.Length && points[end + 1] is not null)
            {
                end++;
            }

            if (end > start)
            {
                html.Append("<polyline points=\"");
                for (var stage = start; stage <= end; stage++)
                {
                    html.Append(stage == start ? string.Empty : " ").Append(Html.Number(X(stage, series.Persona, document.Personas.Count)))
                        .Append(',').Append(Html.Number(Y(points[stage]!.Mean)));
                }

                html.Append("\" fill=\"none\" stroke=\"").Append(color)
                    .Append("\" stroke-width=\"2\" stroke-linejoin=\"round\" vector-effect=\"non-scaling-stroke\"/>");
            }

            start = end + 1;
        }

        html.Append('\n');
    }

    /// <summary>The persona's marker at each scored stage, with the score as its tooltip.</summary>
    private static void Markers(StringBuilder html, MapDocument document, EmotionSeries series, double width)
    {
        var style = PersonaStyles.For(series.Persona);
        var name = document.Personas.FirstOrDefault(persona => persona.Index == series.Persona)?.Name ?? string.Empty;
        for (var stage = 0; stage < document.Stages.Count && stage < series.Points.Count; stage++)
        {
            if (series.Points[stage] is { } point)
            {
                var x = Percent(X(stage, series.Persona, document.Personas.Count), width);
                html.Append(CultureInfo.InvariantCulture, $"<svg x=\"{x}\" y=\"{Percent(Y(point.Mean), Height)}\" overflow=\"visible\"><title>")
                    .Text(name).Append(" · ").Text(document.Stages[stage].Name).Append(": ").Text(document.Words.Score(point.Mean)).Append("</title>");
                PersonaMarker.Shape(html, style, 0, 0, MarkerRadius);
                html.Append("</svg>");
            }
        }

        html.Append('\n');
    }

    private static string Percent(double value, double whole) => Html.Number(value / whole * 100) + "%";

    /// <summary>The stage's centre, nudged a little per persona so equal scores do not hide each other's markers.</summary>
    private static double X(int stage, int persona, int personas)
    {
        var spread = Math.Min(3.0, 24.0 / Math.Max(1, personas));
        return (stage * Column) + (Column / 2) + ((persona - ((personas - 1) / 2.0)) * spread);
    }

    /// <summary>The curves in words for screen readers: each persona's score per stage ("–" where nobody scored).</summary>
    private static void Description(StringBuilder html, MapDocument document)
    {
        foreach (var series in document.Emotions.Series)
        {
            var name = document.Personas.FirstOrDefault(persona => persona.Index == series.Persona)?.Name ?? string.Empty;
            html.Text(name).Append(": ");
            for (var stage = 0; stage < document.Stages.Count && stage < series.Points.Count; stage++)
            {
                html.Append(stage == 0 ? string.Empty : ", ").Text(document.Stages[stage].Name).Append(' ')
                    .Text(series.Points[stage] is { } point ? document.Words.Score(point.Mean) : "–");
            }

            html.Append(". ");
        }
    }
}
