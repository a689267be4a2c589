using JourneyBot.Maps.Model;
using JourneyBot.Workshop;
using SkiaSharp;

namespace JourneyBot.Maps.Picture;

/// <summary>Draws the rows' titles in the left column and the lanes' cells, each clipped to its own rectangle.</summary>
internal static class LanePainter
{
    public static void Paint(SKCanvas canvas, PictureLayout layout, PictureText text)
    {
        foreach (var row in layout.Rows)
        {
            PaintTitle(canvas, row, text);
            if (row is not LaneRow lane)
            {
                continue;
            }

            for (var stage = 0; stage < lane.Cells.Count; stage++)
            {
                var cell = new SKRect(layout.ColumnLeft(stage), lane.Top, layout.ColumnLeft(stage + 1), lane.GeneralTop);
                canvas.Save();
                canvas.ClipRect(cell);
                PaintCell(canvas, lane, lane.Cells[stage], cell.Left + PictureTheme.CellPadding, cell.Top + PictureTheme.LanePadding, text);
                canvas.Restore();
            }

            PaintGeneral(canvas, layout, lane, text);
        }
    }

    /// <summary>The strip of entries about the whole journey: a dashed line over it, its label in the left column, the entries across the columns.</summary>
    private static void PaintGeneral(SKCanvas canvas, PictureLayout layout, LaneRow lane, PictureText text)
    {
        if (lane.General.Count == 0)
        {
            return;
        }

        var top = lane.GeneralTop;
        using var dashes = SKPathEffect.CreateDash([4, 4], 0);
        using var line = new SKPaint { Color = PictureTheme.LaneSeparator, StrokeWidth = 1, PathEffect = dashes };
        canvas.DrawLine(PictureTheme.Margin, MathF.Floor(top) + 0.5f, layout.GridRight, MathF.Floor(top) + 0.5f, line);
        text.DrawLines(canvas, [lane.GeneralTitle], PictureTheme.Margin + PictureTheme.CellPadding, top + PictureTheme.LanePadding, TextStyle.SmallBold, PictureTheme.Muted);
        for (var column = 0; column < lane.General.Count; column++)
        {
            var cell = new SKRect(layout.ColumnLeft(column), top, layout.ColumnLeft(column + 1), top + lane.GeneralStrip);
            canvas.Save();
            canvas.ClipRect(cell);
            PaintCell(canvas, lane, lane.General[column], cell.Left + PictureTheme.CellPadding, cell.Top + PictureTheme.LanePadding, text);
            canvas.Restore();
        }
    }

    private static void PaintTitle(SKCanvas canvas, PictureRow row, PictureText text)
    {
        var x = PictureTheme.Margin + PictureTheme.CellPadding;
        var top = row.Top + PictureTheme.LanePadding;
        var title = row.Title;
        canvas.Save();
        canvas.ClipRect(new SKRect(PictureTheme.Margin, row.Top, PictureTheme.Margin + PictureTheme.TitleColumnWidth, row.Bottom));
        var indent = 0f;
        if (title.Persona is { } persona)
        {
            indent = PictureTheme.MarkerIndent;
            MarkerPainter.Persona(canvas, persona, x + (PictureTheme.MarkerSize / 2), top + MarkerMiddle(text, title.Name.Style), PictureTheme.MarkerSize + 1);
        }

        text.DrawLines(canvas, title.Name.Lines, x + indent, top, title.Name.Style, PictureTheme.Text);
        text.DrawLines(canvas, title.Subtitle.Lines, x + indent, top + title.Name.Height + 2, title.Subtitle.Style, PictureTheme.Muted);
        canvas.Restore();
    }

    private static void PaintCell(SKCanvas canvas, LaneRow lane, CellBlock cell, float x, float top, PictureText text)
    {
        foreach (var entry in cell.Entries)
        {
            var firstLine = entry.LabelLine > 0 ? TextStyle.Label : entry.Text.Style;
            if (entry.Entry.Mark == EntryMark.Shortlisted)
            {
                // A shortlisted idea stands out on its own background, its star beside it.
                using var fill = new SKPaint { IsAntialias = true, Color = PictureTheme.ShortlistedFill };
                canvas.DrawRoundRect(new SKRect(x - 4, top - 3, x + entry.Indent + MaxWidth(entry, text) + 4, top + entry.Height + 3), 4, 4, fill);
            }

            PaintMark(canvas, lane.Lane.Kind, entry.Entry, x + (PictureTheme.MarkerSize / 2), top + MarkerMiddle(text, firstLine));
            var left = x + entry.Indent;
            if (entry.Label is { } label)
            {
                var color = entry.Entry.Persona is { } persona ? PictureTheme.PersonaColor(persona)
                    : lane.Lane.Persona is { } owner ? PictureTheme.PersonaColor(owner)
                    : SeverityColor(entry.Entry.Mark) ?? PictureTheme.Touchpoint;
                text.Draw(canvas, label, left, top + text.Ascent(firstLine), TextStyle.Label, color);
            }

            text.DrawLines(canvas, entry.Text.Lines, left, top + entry.LabelLine, entry.Text.Style, PictureTheme.Text, entry.Text.FirstLineIndent);
            top += entry.Height + PictureTheme.EntryGap;
        }

        if (cell.More is { } more)
        {
            text.DrawLines(canvas, [more], x, top, TextStyle.Small, PictureTheme.Muted);
        }
    }

    private static void PaintMark(SKCanvas canvas, LaneKind kind, MapEntry entry, float x, float y)
    {
        switch (entry.Mark)
        {
            case EntryMark.Online or EntryMark.Offline:
                MarkerPainter.Channel(canvas, entry.Mark == EntryMark.Online, x, y, PictureTheme.MarkerSize);
                break;
            case EntryMark.Persona when entry.Persona is { } persona:
                MarkerPainter.Persona(canvas, persona, x, y, PictureTheme.MarkerSize);
                break;
            case EntryMark.None when kind == LaneKind.Kpis:
                MarkerPainter.Kpi(canvas, x, y, PictureTheme.MarkerSize);
                break;
            case EntryMark.High or EntryMark.Medium or EntryMark.Low:
                MarkerPainter.Severity(canvas, SeverityColor(entry.Mark)!.Value, SeverityOf(entry.Mark), x, y, PictureTheme.MarkerSize);
                break;
            case EntryMark.Idea:
                MarkerPainter.Idea(canvas, x, y, PictureTheme.MarkerSize);
                break;
            case EntryMark.Shortlisted:
                MarkerPainter.Star(canvas, x, y, PictureTheme.MarkerSize + 3);
                break;
            default:
                break;
        }
    }

    private static FindingSeverity SeverityOf(EntryMark mark) =>
        mark == EntryMark.High ? FindingSeverity.High : mark == EntryMark.Medium ? FindingSeverity.Medium : FindingSeverity.Low;

    private static SKColor? SeverityColor(EntryMark mark) => mark switch
    {
        EntryMark.High => PictureTheme.SeverityHigh,
        EntryMark.Medium => PictureTheme.SeverityMedium,
        EntryMark.Low => PictureTheme.SeverityLow,
        _ => null,
    };

    /// <summary>The widest line of an entry (its label and first line together), for the highlight behind it.</summary>
    private static float MaxWidth(EntryBlock entry, PictureText text)
    {
        var widest = entry.Text.Lines.Select((line, index) => text.Measure(line, entry.Text.Style) + (index == 0 ? entry.Text.FirstLineIndent : 0)).DefaultIfEmpty(0).Max();
        return entry.LabelLine > 0 && entry.Label is { } label ? Math.Max(widest, text.Measure(label, TextStyle.Label)) : widest;
    }

    /// <summary>How far below a line's top its letters' middle is, where a marker beside it sits.</summary>
    private static float MarkerMiddle(PictureText text, TextStyle style) => text.Ascent(style) * 0.68f;
}
