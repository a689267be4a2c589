using System.Globalization;
using JourneyBot.Maps.Model;

namespace JourneyBot.Maps.Picture;

/// <summary>
/// An entry of a cell, wrapped: its label before the text on the first line (or on a line of its own, <see cref="LabelLine"/>
/// high, when it is long, like a persona's name), a mark to its left when <see cref="Indent"/> is set.
/// </summary>
internal sealed record EntryBlock(MapEntry Entry, string? Label, float LabelLine, TextBlock Text, float Indent)
{
    public float Height => LabelLine + Text.Height;
}

/// <summary>A cell's entries, wrapped within its width; <see cref="More"/> says how many more entries did not fit (shown as "… +N").</summary>
internal sealed record CellBlock(IReadOnlyList<EntryBlock> Entries, string? More, float MoreLineHeight)
{
    public static readonly CellBlock Empty = new([], null, 0);

    public float Height =>
        Entries.Sum(entry => entry.Height) + (Math.Max(0, Entries.Count - 1) * PictureTheme.EntryGap) + (More is null ? 0 : PictureTheme.EntryGap + MoreLineHeight);
}

/// <summary>
/// Wraps the entries of a cell: each capped at <see cref="PictureTheme.EntryMaxLines"/> (a finding at
/// <see cref="PictureTheme.FindingMaxLines"/>, an idea at <see cref="PictureTheme.IdeaMaxLines"/>), the cell at <see cref="PictureTheme.CellMaxLines"/>.
/// </summary>
internal static class CellLayout
{
    public static CellBlock Of(IReadOnlyList<MapEntry> entries, LaneKind kind, float width, PictureText text)
    {
        if (entries.Count == 0)
        {
            return CellBlock.Empty;
        }

        var budget = PictureTheme.CellMaxLines;
        var blocks = new List<EntryBlock>();
        foreach (var entry in entries)
        {
            if (budget <= 0)
            {
                break;
            }

            var block = Entry(entry, kind, width, Math.Min(MaxLinesOf(kind), budget), text);
            blocks.Add(block);
            budget -= block.Text.Lines.Count + (block.LabelLine > 0 ? 1 : 0);
        }

        var leftOut = entries.Count - blocks.Count;
        return new CellBlock(
            blocks,
            leftOut > 0 ? $"{TextWrapper.Ellipsis} +{leftOut.ToString(CultureInfo.InvariantCulture)}" : null,
            text.LineHeight(TextStyle.Small));
    }

    private static int MaxLinesOf(LaneKind kind) => kind switch
    {
        LaneKind.Findings => PictureTheme.FindingMaxLines,
        LaneKind.Opportunities => PictureTheme.IdeaMaxLines,
        _ => PictureTheme.EntryMaxLines,
    };

    private static EntryBlock Entry(MapEntry entry, LaneKind kind, float width, int maxLines, PictureText text)
    {
        var indent = kind == LaneKind.PersonaJourney && entry.Mark == EntryMark.None ? 0 : PictureTheme.MarkerIndent;
        var available = width - indent;
        if (string.IsNullOrWhiteSpace(entry.Label))
        {
            return new EntryBlock(entry, null, 0, Body(entry, available, maxLines, 0, text), indent);
        }

        var labelWidth = text.Measure(entry.Label, TextStyle.Label);
        if (labelWidth <= available * PictureTheme.InlineLabelShare || maxLines < 2)
        {
            var label = TextWrapper.Fit(entry.Label, available * PictureTheme.InlineLabelShare, text.MeasureOf(TextStyle.Label));
            return new EntryBlock(entry, label, 0, Body(entry, available, maxLines, text.Measure(label, TextStyle.Label) + PictureTheme.LabelGap, text), indent);
        }

        var line = TextWrapper.Fit(entry.Label, available, text.MeasureOf(TextStyle.Label));
        return new EntryBlock(entry, line, text.LineHeight(TextStyle.Label), Body(entry, available, maxLines - 1, 0, text), indent);
    }

    private static TextBlock Body(MapEntry entry, float width, int maxLines, float labelWidth, PictureText text)
    {
        var body = TextBlock.Wrap(text, entry.Text, TextStyle.Body, width, maxLines, labelWidth);
        return body.Lines.Count == 0 ? body with { Lines = [string.Empty] } : body;
    }
}
