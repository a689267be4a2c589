using System.Text;

namespace JourneyBot.Maps.Tests.Exports;

/// <summary>
/// A strict RFC 4180 reader, written apart from the writer so the tests check the format, not the code: records end with CRLF,
/// a bare CR or LF outside quotes is an error, a quoted field's "" is one quote and nothing may follow its closing quote but a
/// comma or the record's end.
/// </summary>
internal static class Csv
{
    public static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var fieldStart = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (fieldStart && c == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unclosed quote.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"Text after a closing quote at {i}.");
                }

                fieldStart = false;
                continue;
            }

            switch (c)
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    fieldStart = true;
                    i++;
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    fieldStart = true;
                    i += 2;
                    break;
                case '\r' or '\n':
                    throw new FormatException($"Bare line break outside quotes at {i}.");
                case '"':
                    throw new FormatException($"Quote inside an unquoted field at {i}.");
                default:
                    field.Append(c);
                    fieldStart = false;
                    i++;
                    break;
            }
        }

        if (!fieldStart || field.Length > 0 || record.Count > 0)
        {
            throw new FormatException("The last record does not end with CRLF.");
        }

        return records;
    }
}
