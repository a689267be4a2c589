using System.Globalization;
using System.Text;

namespace JourneyBot.Maps.Picture;

/// <summary>
/// Wraps text into lines that fit a width and cuts it with an ellipsis after a number of lines. Lines break after spaces;
/// a word wider than the line breaks between graphemes (<see cref="StringInfo"/>), so a surrogate pair, an emoji sequence,
/// a combining sequence or a Hangul syllable is never split.
/// </summary>
internal static class TextWrapper
{
    public const string Ellipsis = "…";

    /// <summary>No visible grapheme is narrower than this many pixels: a line never holds more than its width over this.</summary>
    private const float MinGraphemeWidth = 2;

    /// <summary>
    /// The lines of <paramref name="text"/> at most <paramref name="width"/> wide (as <paramref name="measure"/> says), at most
    /// <paramref name="maxLines"/> of them, the last ending in <see cref="Ellipsis"/> when text is left over. The first line
    /// is <paramref name="firstLineIndent"/> narrower (room for a label); when not even its first word fits there but would
    /// fit a whole line, the first line is empty and the text starts on the second.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string? text, float width, int maxLines, Func<string, float> measure, float firstLineIndent = 0)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (maxLines <= 0 || width <= 0)
        {
            return [];
        }

        var (shown, clipped) = Clip(text, maxLines * ((int)(width / MinGraphemeWidth) + 1));
        var paragraphs = Paragraphs(shown);
        if (paragraphs.Count == 0)
        {
            return [];
        }

        var lines = new List<string>();
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = new Paragraph(paragraphs[index]);
            var start = 0;
            while (start < paragraph.Text.Length)
            {
                var available = lines.Count == 0 ? width - firstLineIndent : width;
                var more = clipped || index < paragraphs.Count - 1;
                if (lines.Count == maxLines - 1)
                {
                    lines.Add(LastLine(paragraph.Text[start..], more, available, measure));
                    return lines;
                }

                var end = paragraph.FitWords(start, available, measure);
                if (end == start && lines.Count == 0 && firstLineIndent > 0 && paragraph.FitWords(start, width, measure) > start)
                {
                    lines.Add(string.Empty);
                    continue;
                }

                if (end == start)
                {
                    end = paragraph.FitGraphemes(start, available, measure);
                }

                lines.Add(paragraph.Text[start..end].TrimEnd());
                start = paragraph.SkipSpaces(end);
            }
        }

        if (clipped && !lines[^1].EndsWith(Ellipsis, StringComparison.Ordinal))
        {
            lines[^1] = LastLine(lines[^1], more: true, lines.Count == 1 ? width - firstLineIndent : width, measure);
        }

        return lines;
    }

    /// <summary><paramref name="text"/> on one line, cut with an ellipsis when wider than <paramref name="width"/>.</summary>
    public static string Fit(string? text, float width, Func<string, float> measure) =>
        Wrap(text, width, 1, measure) is [var line] ? line : string.Empty;

    /// <summary>The rest of the text on the last line: whole when it fits and nothing follows, else cut with an ellipsis.</summary>
    private static string LastLine(string rest, bool more, float width, Func<string, float> measure)
    {
        if (!more && measure(rest) <= width)
        {
            return rest;
        }

        var starts = Graphemes(rest);
        int low = 0, high = starts.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (measure(Cut(rest, starts, middle)) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Cut(rest, starts, low);
    }

    /// <summary>The first <paramref name="count"/> graphemes of <paramref name="text"/> followed by the ellipsis.</summary>
    private static string Cut(string text, int[] starts, int count) =>
        (count < starts.Length ? text[..starts[count]] : text).TrimEnd() + Ellipsis;

    /// <summary>
    /// The first <paramref name="graphemes"/> graphemes of <paramref name="text"/> and whether that left some out: more than
    /// the lines can show, so a hostile 100,000-character note costs no more to wrap than one that fills the lines.
    /// </summary>
    private static (string? Text, bool Clipped) Clip(string? text, int graphemes)
    {
        if (text is null || text.Length <= graphemes)
        {
            return (text, false);
        }

        var end = 0;
        for (var count = 0; count < graphemes && end < text.Length; count++)
        {
            end += StringInfo.GetNextTextElementLength(text.AsSpan(end));
        }

        return end < text.Length ? (text[..end], !text.AsSpan(end).IsWhiteSpace()) : (text, false);
    }

    /// <summary>The text's non-blank paragraphs, with control characters (tabs and the like) as spaces.</summary>
    private static List<string> Paragraphs(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var clean = new StringBuilder(text.Length);
        foreach (var character in text.ReplaceLineEndings("\n"))
        {
            clean.Append(character != '\n' && char.IsControl(character) ? ' ' : character);
        }

        return [.. clean.ToString().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
    }

    private static int[] Graphemes(string text) => StringInfo.ParseCombiningCharacters(text);

    /// <summary>A paragraph with its grapheme starts and the places a line may break (the start of each word).</summary>
    private sealed class Paragraph
    {
        private readonly int[] _graphemes;
        private readonly List<int> _breaks = [];

        public Paragraph(string text)
        {
            Text = text;
            _graphemes = Graphemes(text);
            for (var index = 1; index < _graphemes.Length; index++)
            {
                if (IsSpace(index - 1) && !IsSpace(index))
                {
                    _breaks.Add(_graphemes[index]);
                }
            }

            _breaks.Add(text.Length);
        }

        public string Text { get; }

        /// <summary>The end of the most whole words from <paramref name="start"/> that fit <paramref name="width"/>; <paramref name="start"/> when none does.</summary>
        public int FitWords(int start, float width, Func<string, float> measure)
        {
            var end = start;
            foreach (var candidate in _breaks)
            {
                if (candidate <= start)
                {
                    continue;
                }

                if (measure(Text[start..candidate].TrimEnd()) > width)
                {
                    break;
                }

                end = candidate;
            }

            return end;
        }

        /// <summary>The end of the most whole graphemes from <paramref name="start"/> that fit; at least one, so wrapping always moves on.</summary>
        public int FitGraphemes(int start, float width, Func<string, float> measure)
        {
            var first = Array.BinarySearch(_graphemes, start);
            int low = first + 1, high = _graphemes.Length;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (measure(Text[start..EndOf(middle)]) <= width)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return EndOf(low);
        }

        /// <summary>The start of the first grapheme at or after <paramref name="start"/> that is not a space.</summary>
        public int SkipSpaces(int start)
        {
            var index = Array.BinarySearch(_graphemes, start);
            while (index >= 0 && index < _graphemes.Length && IsSpace(index))
            {
                index++;
            }

            return index >= 0 ? EndOf(index) : start;
        }

        /// <summary>Whether the grapheme at <paramref name="index"/> is a lone white-space character.</summary>
        private bool IsSpace(int index) => EndOf(index + 1) - _graphemes[index] == 1 && char.IsWhiteSpace(Text[_graphemes[index]]);

        /// <summary>Where grapheme <paramref name="count"/> starts (the text's end after the last).</summary>
        private int EndOf(int count) => count < _graphemes.Length ? _graphemes[count] : Text.Length;
    }
}
