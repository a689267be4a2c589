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
    /// <summary>
    /// The longest key kept as it is. Table Storage takes keys up to 1 KiB, and a key may join two ids (a tenant and a
    /// conversation) escaped: Teams ids are far shorter, and a longer key is shortened by <see cref="Fit"/>.
    /// </summary>
    public const int MaxPlainLength = 400;

    /// <summary>
    /// <paramref name="key"/> as it is when it has at most <see cref="MaxPlainLength"/> characters; otherwise its first 200
    /// and the SHA-256 of the whole (hex): as unique, and at most 265 characters, so an id within the envelope's limits
    /// (docs/protocol.md, Envelope limits) always makes a valid key. Not reversible: only for keys that are never read back.
    /// </summary>
    public static string Fit(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= MaxPlainLength
            ? key
            : string.Concat(key.AsSpan(0, 200), "~", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key))));
    }

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
