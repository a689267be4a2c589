using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>Draws the header: title, subtitle, goals and, on an empty map, the hint in its box.</summary>
internal static class HeaderPainter
{
    public static void Paint(SKCanvas canvas, PictureLayout layout, PictureText text)
    {
        if (layout.HintBox is { } box)
        {
            using var fill = new SKPaint { IsAntialias = true, Color = PictureTheme.HintFill };
            using var border = new SKPaint { IsAntialias = true, Color = PictureTheme.HintBorder, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
            canvas.DrawRoundRect(box, 6, 6, fill);
            canvas.DrawRoundRect(box, 6, 6, border);
        }

        foreach (var placed in layout.Header)
        {
            text.DrawLines(canvas, placed.Block.Lines, placed.X, placed.Top, placed.Block.Style, placed.Color, placed.Block.FirstLineIndent);
        }
    }
}
