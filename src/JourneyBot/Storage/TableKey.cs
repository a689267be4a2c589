using System.Globalization;
using System.Text;

namespace JourneyBot.Storage;

/// <summary>
/// Makes any string a valid PartitionKey or RowKey: Table Storage refuses <c>/ \ # ?</c> and control characters
/// (docs/protocol.md, Azure Table Storage). Those, and <c>%</c> itself, become <c>%XX</c>, so the mapping is reversible and
/// two different ids never share a key. Teams ids (with <c>: ; @</c>) pass through unchanged.
/// </summary>
public static class TableKey
{
    public static string Escape(string value)
    {
        StringBuilder? escaped = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                escaped ??= new StringBuilder(value, 0, i, value.Length + 16);
                escaped.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped?.Append(c);
            }
        }

        return escaped?.ToString() ?? value;
    }

    public static string Unescape(string key)
    {
        if (!key.Contains('%', StringComparison.Ordinal))
        {
            return key;
        }

        var value = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '%' && i + 2 < key.Length && int.TryParse(key.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                value.Append((char)code);
                i += 2;
            }
            else
            {
                value.Append(key[i]);
            }
        }

        return value.ToString();
    }
}
