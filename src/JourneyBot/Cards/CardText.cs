using System.Globalization;
using System.Text;

namespace JourneyBot.Cards;

/// <summary>Makes user text safe to show in a card's markdown: no links, mentions, emphasis or lists it did not mean.</summary>
public static class CardText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// User text as a card's markdown shows it: the start of it (<see cref="Shorten"/>), escaped (<see cref="Escape"/>).
    /// Cut first, so the limit counts what the person wrote, and an escape is never cut in half.
    /// </summary>
    public static string Shown(string text, int length) => Escape(Shorten(text, length));

    /// <summary>
    /// Text cut to at most <paramref name="length"/> UTF-16 characters with an ellipsis, for plain text (a choice's title, a
    /// value quoted back in an error and escaped where it is shown). Boards show the start; forms show the whole. The cut
    /// falls between user-perceived characters, so an emoji or a letter with its accent is kept or dropped whole.
    /// </summary>
    public static string Shorten(string text, int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        if (text.Length <= length)
        {
            return text;
        }

        var cut = 0;
        while (cut < length)
        {
            var next = StringInfo.GetNextTextElementLength(text.AsSpan(cut));
            if (cut + next > length)
            {
                break;
            }

            cut += next;
        }

        if (cut == 0)
        {
            // The first character alone is longer than the limit (a pile of combining marks): cut inside it, but never
            // between the halves of a surrogate pair, rather than show nothing at all.
            cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        }

        return string.Concat(text.AsSpan(0, cut), Ellipsis);
    }

    /// <summary>
    /// Backslash-escapes the markdown that forms links and emphasis (<c>[ ] ( ) * _ ` ~ \</c>) and a list, heading or quote
    /// marker at the start of a line (<see cref="EscapeLineStarts"/>), replaces <c>&lt;</c>/<c>&gt;</c> with look-alikes so
    /// <c>&lt;at&gt;</c> can never mention anyone, and turns line breaks and control characters into spaces. A bare URL
    /// stays visible text, never a disguised link.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '*' or '_' or '[' or ']' or '(' or ')' or '`' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                case '<':
                    escaped.Append('\uFF1C'); // fullwidth less-than: reads the same, never opens a tag
                    break;
                case '>':
                    escaped.Append('\uFF1E');
                    break;
                case '\u2028' or '\u2029':
                    escaped.Append(' '); // the Unicode line and paragraph separators break a line like \n where a client honours them
                    break;
                default:
                    escaped.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        EscapeMarkersAtLineStarts(escaped);
        return escaped.ToString();
    }

    /// <summary>
    /// Text the bot composes for a TextBlock (its words around escaped user text), with a marker that would start a list,
    /// heading or quote escaped at the start of every line: "{0}. {1}" with a stage's number reads "1. Awareness" in
    /// Teams rather than becoming an indented numbered list. The escapes are CommonMark's backslash before punctuation,
    /// which the Teams clients and the adaptivecards library's markdown processor show as the plain character.
    /// Everything else is left as it is, so emphasis the bot means (<c>**bold**</c>) stays.
    /// </summary>
    public static string EscapeLineStarts(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var escaped = new StringBuilder(markdown);
        EscapeMarkersAtLineStarts(escaped);
        return escaped.ToString();
    }

    /// <summary>
    /// In every line: a leading "- ", "+ " or "* " would make a bulleted list, "#" a heading, "&gt;" a quote, and "1. " or
    /// "1) " a numbered list (CommonMark; Teams renders the lists and a full markdown processor the rest), so the marker
    /// is escaped: "\-", "\#", "1\.". A line of only "=" or "-" under text would make that text a heading. A number's
    /// dot is escaped whether or not a space follows ("1.5" becomes "1\.5", which shows the same).
    /// </summary>
    private static void EscapeMarkersAtLineStarts(StringBuilder text)
    {
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            lineStart += EscapeMarkerAt(text, lineStart);
            var lineEnd = lineStart;
            while (lineEnd < text.Length && text[lineEnd] is not ('\n' or '\r'))
            {
                lineEnd++;
            }

            lineStart = lineEnd + 1;
        }
    }

    /// <summary>Escapes the marker of the line starting at <paramref name="lineStart"/>; returns how many characters it added.</summary>
    private static int EscapeMarkerAt(StringBuilder text, int lineStart)
    {
        var start = lineStart;
        while (start < text.Length && text[start] is ' ' or '\t')
        {
            start++;
        }

        if (start >= text.Length)
        {
            return 0;
        }

        if (text[start] is '#' or '>' || (text[start] is '-' or '+' or '*' && EndsMarker(text, start + 1)) || IsSetextUnderline(text, start))
        {
            text.Insert(start, '\\');
            return 1;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end > start && end < text.Length && text[end] is '.' or ')')
        {
            text.Insert(end, '\\');
            return 1;
        }

        return 0;
    }

    /// <summary>A bullet is a marker only when a space, a tab or the end of the line follows: "**bold**" and "-2" are text.</summary>
    private static bool EndsMarker(StringBuilder text, int at) => at >= text.Length || text[at] is ' ' or '\t' or '\n' or '\r';

    /// <summary>A line of only "=" or only "-" (spaces aside) under a line of text makes that text a heading.</summary>
    private static bool IsSetextUnderline(StringBuilder text, int start)
    {
        var underline = text[start];
        if (underline is not ('=' or '-'))
        {
            return false;
        }

        var end = start;
        while (end < text.Length && (text[end] == underline || text[end] is ' ' or '\t'))
        {
            end++;
        }

        return end == text.Length || text[end] is '\n' or '\r';
    }
}
