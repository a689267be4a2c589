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
    /// Backslash-escapes the markdown that forms links and emphasis (<c>[ ] ( ) * _ ` ~ \</c>) and a list or heading
    /// marker at the start, replaces <c>&lt;</c>/<c>&gt;</c> with look-alikes so <c>&lt;at&gt;</c> can never mention anyone,
    /// and turns line breaks and control characters into spaces. A bare URL stays visible text, never a disguised link.
    /// </summary>
    public static string Escape(string text)
    {
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
                default:
                    escaped.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        EscapeLeadingMarker(escaped);
        return escaped.ToString();
    }

    /// <summary>A leading "- ", "+ ", "# " or "1. " would turn the text into a list or a heading.</summary>
    private static void EscapeLeadingMarker(StringBuilder text)
    {
        var start = 0;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        if (start >= text.Length)
        {
            return;
        }

        if (text[start] is '-' or '+' or '#' or '>')
        {
            text.Insert(start, '\\');
            return;
        }

        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end > start && end < text.Length && text[end] is '.' or ')')
        {
            text.Insert(end, '\\');
        }
    }
}
