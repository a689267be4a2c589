using System.Globalization;
using JourneyBot.Maps.Model;
using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>
/// Draws the emotion chart: the -2..+2 scale with gridlines, a curve per persona in its colour with its marker at each
/// point (broken where nobody scored), the legend, and before the reveal only how many scores were given.
/// </summary>
internal static class EmotionChartPainter
{
    public static void Paint(SKCanvas canvas, PictureLayout layout, PictureText text)
    {
        if (layout.Rows.OfType<EmotionRow>().FirstOrDefault() is not { } row)
        {
            return;
        }

        PaintLegend(canvas, row, text);
        if (layout.Stages == 0)
        {
            return;
        }

        var right = layout.ColumnLeft(layout.Stages);
        PaintScale(canvas, layout, row, right, text);
        canvas.Save();
        canvas.ClipRect(new SKRect(layout.GridLeft, row.Top, right, row.Bottom));
        if (layout.Document.Emotions.Revealed)
        {
            PaintCurves(canvas, layout, row);
        }
        else
        {
            PaintHidden(canvas, layout, row, right, text);
        }

        text.DrawLines(canvas, row.Note.Lines, layout.GridLeft + PictureTheme.CellPadding, row.PlotBottom + PictureTheme.EmotionPlotInset + 4, row.Note.Style, PictureTheme.Muted);
        canvas.Restore();
    }

    private static float LevelY(EmotionRow row, double level) =>
        row.PlotTop + (float)((EmotionChart.Max - Math.Clamp(level, EmotionChart.Min, EmotionChart.Max)) * PictureTheme.EmotionStep);

    private static void PaintLegend(SKCanvas canvas, EmotionRow row, PictureText text)
    {
        var x = PictureTheme.Margin + PictureTheme.CellPadding;
        var top = row.Top + PictureTheme.LanePadding + row.Title.Height + 6;
        var lineHeight = text.LineHeight(TextStyle.Small);
        canvas.Save();
        canvas.ClipRect(new SKRect(PictureTheme.Margin, row.Top, PictureTheme.Margin + PictureTheme.TitleColumnWidth - 30, row.Bottom));
        foreach (var (persona, name) in row.Legend)
        {
            MarkerPainter.Persona(canvas, persona, x + (PictureTheme.MarkerSize / 2), top + (text.Ascent(TextStyle.Small) * 0.68f), PictureTheme.MarkerSize);
            text.DrawLines(canvas, [name], x + PictureTheme.MarkerIndent, top, TextStyle.Small, PictureTheme.Text);
            top += lineHeight;
        }

        canvas.Restore();
    }

    private static void PaintScale(SKCanvas canvas, PictureLayout layout, EmotionRow row, float right, PictureText text)
    {
        using var grid = new SKPaint { Color = PictureTheme.Gridline, StrokeWidth = 1 };
        using var zero = new SKPaint { Color = PictureTheme.ZeroLine, StrokeWidth = 1 };
        var middle = text.Ascent(TextStyle.Small) * 0.35f;
        for (var level = EmotionChart.Min; level <= EmotionChart.Max; level++)
        {
            var y = MathF.Floor(LevelY(row, level)) + 0.5f;
            canvas.DrawLine(layout.GridLeft, y, right, y, level == 0 ? zero : grid);
            var label = level > 0 ? "+" + level.ToString(CultureInfo.InvariantCulture) : level.ToString(CultureInfo.InvariantCulture);
            text.Draw(canvas, label, layout.GridLeft - 8, y + middle, TextStyle.Small, PictureTheme.Muted, SKTextAlign.Right);
        }
    }

    private static void PaintCurves(SKCanvas canvas, PictureLayout layout, EmotionRow row)
    {
        var series = layout.Document.Emotions.Series;
        var spread = series.Count <= 1 ? 0 : Math.Min(3f, 14f / series.Count);
        for (var index = 0; index < series.Count; index++)
        {
            var curve = series[index];
            var shift = (index - ((series.Count - 1) / 2f)) * spread;
            var points = curve.Points.Take(layout.Stages)
                .Select((point, stage) => point is null || !double.IsFinite(point.Mean) ? (SKPoint?)null : new SKPoint(layout.ColumnCenter(stage) + shift, LevelY(row, point.Mean)))
                .ToArray();
            using var builder = new SKPathBuilder();
            SKPoint? previous = null;
            foreach (var point in points)
            {
                if (point is { } at)
                {
                    if (previous is null)
                    {
                        builder.MoveTo(at);
                    }
                    else
                    {
                        builder.LineTo(at);
                    }
                }

                previous = point;
            }

            using var path = builder.Detach();
            using var line = new SKPaint
            {
                IsAntialias = true,
                Color = PictureTheme.PersonaColor(curve.Persona),
                Style = SKPaintStyle.Stroke,
                StrokeWidth = 2.2f,
                StrokeJoin = SKStrokeJoin.Round,
                StrokeCap = SKStrokeCap.Round,
            };
            canvas.DrawPath(path, line);
            foreach (var point in points.OfType<SKPoint>())
            {
                MarkerPainter.Persona(canvas, curve.Persona, point.X, point.Y, PictureTheme.MarkerSize + 2, rim: true);
            }
        }
    }

    private static void PaintHidden(SKCanvas canvas, PictureLayout layout, EmotionRow row, float right, PictureText text)
    {
        var hidden = row.Hidden;
        if (hidden.Lines.Count == 0)
        {
            return;
        }

        var width = hidden.Lines.Max(line => text.Measure(line, hidden.Style)) + 32;
        var middle = (layout.GridLeft + right) / 2;
        var box = new SKRect(middle - (width / 2), 0, middle + (width / 2), hidden.Height + 20);
        box.Offset(0, ((row.PlotTop + row.PlotBottom) / 2) - (box.Height / 2));
        using var fill = new SKPaint { IsAntialias = true, Color = SKColors.White };
        using var border = new SKPaint { IsAntialias = true, Color = PictureTheme.LaneSeparator, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        canvas.DrawRoundRect(box, 6, 6, fill);
        canvas.DrawRoundRect(box, 6, 6, border);
        var baseline = box.Top + 10 + text.Ascent(hidden.Style);
        for (var line = 0; line < hidden.Lines.Count; line++)
        {
            text.Draw(canvas, hidden.Lines[line], middle, baseline + (line * hidden.LineHeight), hidden.Style, PictureTheme.Muted, SKTextAlign.Center);
        }
    }
}
