using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace JourneyBot.Maps.Exports;

/// <summary>Text made safe for a workbook cell: the file always opens and Excel shows what the team wrote.</summary>
internal static partial class SheetText
{
    /// <summary>The most characters Excel keeps in a cell.</summary>
    public const int MaxLength = 32_767;

    /// <summary>
    /// Drops what XML 1.0 forbids (control characters other than tab, CR and LF, lone surrogates, U+FFFE/U+FFFF), writes line
    /// breaks as Excel does (LF), escapes text that reads like Excel's own "_x0041_" escapes, and cuts at <see cref="MaxLength"/>
    /// without splitting a surrogate pair.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
        }

        var escaped = ExcelEscape().Replace(clean.ToString(), "_x005F$1");
        return Cut(escaped);
    }

    private static string Cut(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return text[..length];
    }

    /// <summary>"_xHHHH_", which Excel reads as the character HHHH unless its underscore is written "_x005F".</summary>
    [GeneratedRegex("(_x[0-9A-Fa-f]{4}_)")]
    private static partial Regex ExcelEscape();
}
