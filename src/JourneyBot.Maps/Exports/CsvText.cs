using System.Globalization;
using System.Text;

namespace JourneyBot.Maps.Exports;

/// <summary>
/// RFC 4180 text: CRLF after every record; a field quoted when it holds a comma, quote, CR or LF, its quotes doubled. Text that a
/// spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice against CSV injection); numbers are written
/// invariant and never prefixed, so -3 stays a number.
/// </summary>
internal sealed class CsvText
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private readonly StringBuilder _text = new();

    /// <summary>Appends a record.</summary>
    public CsvText Record(IEnumerable<CsvField> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _text.Append(',');
            }

            first = false;
            Append(field.Number is { } number ? number.ToString(CultureInfo.InvariantCulture) : Defused(field.Text));
        }

        _text.Append("\r\n");
        return this;
    }

    /// <summary>The file: UTF-8 with a byte order mark, so Excel reads Korean as Korean.</summary>
    public byte[] ToBytes() => [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(_text.ToString())];

    /// <summary>A leading apostrophe on text a spreadsheet would read as a formula (=, +, -, @, tab, CR first).</summary>
    internal static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private void Append(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _text.Append(value);
            return;
        }

        _text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}

/// <summary>A CSV field: text, or a number written invariant.</summary>
internal readonly record struct CsvField(string Text, decimal? Number = null);
