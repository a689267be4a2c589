using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>Draws the conversions in the KPI lane's bottom strip: an arrow from stage to stage, the rate on a pill at the column line.</summary>
internal static class ConversionPainter
{
    public static void Paint(SKCanvas canvas, PictureLayout layout, PictureText text)
    {
        var lane = layout.Rows.OfType<LaneRow>().FirstOrDefault(row => row.ConversionStrip > 0);
        if (lane is null)
        {
            return;
        }

        var y = lane.Bottom - (lane.ConversionStrip / 2) - 3;
        var word = TextWrapper.Fit(
            "→ " + layout.Document.Words[MapWord.Conversion],
            PictureTheme.TitleColumnWidth - (2 * PictureTheme.CellPadding),
            text.MeasureOf(TextStyle.Small));
        text.Draw(canvas, word, PictureTheme.Margin + PictureTheme.CellPadding, y + 4, TextStyle.Small, PictureTheme.Muted);
        using var line = new SKPaint { IsAntialias = true, Color = PictureTheme.Arrow, Style = SKPaintStyle.Stroke, StrokeWidth = 1.5f };
        using var head = new SKPaint { IsAntialias = true, Color = PictureTheme.Arrow };
        using var pill = new SKPaint { IsAntialias = true, Color = SKColors.White };
        var pillHeight = text.LineHeight(TextStyle.SmallBold) + 2;
        foreach (var conversion in layout.Document.Conversions.Where(conversion => conversion.ToStage < layout.Stages))
        {
            var from = layout.ColumnCenter(conversion.FromStage) + 14;
            var to = layout.ColumnCenter(conversion.ToStage) - 14;
            canvas.DrawLine(from, y, to - 6, y, line);
            using (var arrow = new SKPathBuilder())
            {
                arrow.AddPoly([new SKPoint(to, y), new SKPoint(to - 8, y - 4.5f), new SKPoint(to - 8, y + 4.5f)], close: true);
                using var triangle = arrow.Detach();
                canvas.DrawPath(triangle, head);
            }

            var label = TextWrapper.Fit(conversion.Text, layout.ColumnWidth - 60, text.MeasureOf(TextStyle.SmallBold));
            var middle = layout.ColumnLeft(conversion.ToStage);
            var half = (text.Measure(label, TextStyle.SmallBold) / 2) + 8;
            var box = new SKRect(middle - half, y - (pillHeight / 2), middle + half, y + (pillHeight / 2));
            canvas.DrawRoundRect(box, pillHeight / 2, pillHeight / 2, pill);
            canvas.DrawRoundRect(box, pillHeight / 2, pillHeight / 2, line);
            text.Draw(canvas, label, middle, box.Top + ((pillHeight - text.LineHeight(TextStyle.SmallBold)) / 2) + text.Ascent(TextStyle.SmallBold), TextStyle.SmallBold, PictureTheme.Text, SKTextAlign.Center);
        }
    }
}
