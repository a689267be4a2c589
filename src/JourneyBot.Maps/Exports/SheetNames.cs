using System.Text;
using System.Xml;

namespace JourneyBot.Maps.Exports;

/// <summary>Sheet names as Excel allows them: 1 to 31 characters, none of []:*?/\, no apostrophe at either end, unique ignoring case.</summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase)
    {
        // Excel keeps this name for itself.
        "History",
    };

    /// <summary>A name for the next sheet, from <paramref name="title"/>; <paramref name="fallback"/> when nothing of it is left.</summary>
    public string Next(string? title, string fallback)
    {
        var name = Sanitize(title);
        if (name.Length == 0)
        {
            name = Sanitize(fallback);
        }

        var unique = name;
        for (var number = 2; !_taken.Add(unique); number++)
        {
            var suffix = $" ({number})";
            unique = Fit(name, MaxLength - suffix.Length).TrimEnd() + suffix;
        }

        return unique;
    }

    private static string Sanitize(string? title)
    {
        var text = title ?? string.Empty;
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && XmlConvert.IsXmlChar(c) && !Forbidden.Contains(c))
            {
                kept.Append(c);
            }
        }

        return Fit(kept.ToString().Trim().Trim('\''), MaxLength).Trim().Trim('\'');
    }

    /// <summary>At most <paramref name="length"/> characters, never half a surrogate pair.</summary>
    private static string Fit(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }
}
