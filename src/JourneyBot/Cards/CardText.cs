using System.Text;

namespace JourneyBot.Cards;

/// <summary>Makes user text safe to show in a card's markdown: no links, mentions, emphasis or lists it did not mean.</summary>
public static class CardText
{
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
