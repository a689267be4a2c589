namespace JourneyBot.Maps.Exports;

/// <summary>Column widths in Excel's units (about one Latin digit each) from the text a column holds, within bounds.</summary>
internal static class ColumnWidths
{
    /// <summary>The widths of <paramref name="rows"/>' columns: their longest line, Korean and other wide characters counting double.</summary>
    public static double[] Of(IEnumerable<IReadOnlyList<string>> rows, int columns, double min, double max)
    {
        var widths = new double[columns];
        foreach (var row in rows)
        {
            for (var column = 0; column < columns && column < row.Count; column++)
            {
                widths[column] = Math.Max(widths[column], LongestLine(row[column]));
            }
        }

        return [.. widths.Select(width => Math.Clamp(width + 2, min, max))];
    }

    private static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var line in text.Split('\n'))
        {
            var width = 0;
            foreach (var rune in line.EnumerateRunes())
            {
                width += IsWide(rune.Value) ? 2 : 1;
            }

            longest = Math.Max(longest, width);
        }

        return longest;
    }

    /// <summary>East Asian wide characters: Hangul, CJK, kana, full-width forms.</summary>
    private static bool IsWide(int codePoint) =>
        codePoint is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x20000 and <= 0x3FFFD);
}
