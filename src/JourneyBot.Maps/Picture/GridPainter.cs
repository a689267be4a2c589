using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>Draws the grid: the stage names over their columns, the rows' alternating backgrounds, separators and column lines.</summary>
internal static class GridPainter
{
    public static void Paint(SKCanvas canvas, PictureLayout layout, PictureText text)
    {
        PaintStageRow(canvas, layout, text);
        if (layout.Rows.Count == 0)
        {
            return;
        }

        using var alternate = new SKPaint { Color = PictureTheme.AlternateLane };
        using var separator = new SKPaint { Color = PictureTheme.LaneSeparator, StrokeWidth = 1 };
        using var column = new SKPaint { Color = PictureTheme.ColumnSeparator, StrokeWidth = 1 };
        var left = PictureTheme.Margin;
        var right = layout.GridRight;
        for (var index = 0; index < layout.Rows.Count; index++)
        {
            var row = layout.Rows[index];
            if (index % 2 == 1)
            {
                canvas.DrawRect(new SKRect(left, row.Top, right, row.Bottom), alternate);
            }
        }

        var top = layout.Rows[0].Top;
        var bottom = layout.Rows[^1].Bottom;
        for (var stage = 0; stage <= layout.Stages; stage++)
        {
            var x = Crisp(layout.ColumnLeft(stage));
            canvas.DrawLine(x, top, x, bottom, stage == 0 ? separator : column);
        }

        canvas.DrawLine(left, Crisp(top), right, Crisp(top), separator);
        foreach (var row in layout.Rows)
        {
            canvas.DrawLine(left, Crisp(row.Bottom), right, Crisp(row.Bottom), separator);
        }

        if (layout.Truncated)
        {
            text.Draw(canvas, TextWrapper.Ellipsis, layout.Width / 2f, bottom + 18, TextStyle.Heading, PictureTheme.Muted, SKTextAlign.Center);
        }
    }

    private static void PaintStageRow(SKCanvas canvas, PictureLayout layout, PictureText text)
    {
        var top = layout.StageRowTop;
        var height = layout.StageRowHeight;
        var word = TextWrapper.Fit(layout.Document.Words[MapWord.Stage], PictureTheme.TitleColumnWidth - (2 * PictureTheme.CellPadding), text.MeasureOf(TextStyle.SmallBold));
        var lineHeight = text.LineHeight(TextStyle.SmallBold);
        text.DrawLines(canvas, [word.ToUpperInvariant()], PictureTheme.Margin + PictureTheme.CellPadding, top + ((height - lineHeight) / 2), TextStyle.SmallBold, PictureTheme.Muted);
        using var fill = new SKPaint { IsAntialias = true, Color = PictureTheme.StageFill };
        for (var stage = 0; stage < layout.Stages; stage++)
        {
            var cell = new SKRect(layout.ColumnLeft(stage) + 2, top, layout.ColumnLeft(stage + 1) - 2, top + height);
            canvas.DrawRoundRect(cell, 5, 5, fill);
            var name = layout.StageNames[stage];
            canvas.Save();
            canvas.ClipRect(cell);
            var baseline = top + ((height - name.Height) / 2) + text.Ascent(name.Style);
            for (var line = 0; line < name.Lines.Count; line++)
            {
                text.Draw(canvas, name.Lines[line], cell.MidX, baseline + (line * name.LineHeight), name.Style, PictureTheme.StageText, SKTextAlign.Center);
            }

            canvas.Restore();
        }
    }

    /// <summary>A coordinate on a pixel's centre, so 1-pixel lines stay sharp.</summary>
    private static float Crisp(float value) => MathF.Floor(value) + 0.5f;
}
