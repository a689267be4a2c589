using System.Text.Json;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// A string property kept as the response wrote it: the JSON string token's UTF-8 bytes, quotes included, escapes not
/// yet undone. A caller that wants the value as UTF-8 (to parse it as JSON itself) gets it without a detour through a
/// .NET string, and one that has the value already (from an earlier read of the same row version) skips it at the
/// cost of a copy. See <see cref="EntityJson.ReadQueryResponse"/>.
/// </summary>
public sealed class EncodedText
{
    private readonly byte[] _token;

    private EncodedText(byte[] token) => _token = token;

    /// <summary>The string token the reader is on, copied.</summary>
    internal static EncodedText Of(ref Utf8JsonReader reader)
    {
        var value = reader.ValueSpan; // the reader reads one contiguous response body
        var token = new byte[value.Length + 2];
        token[0] = (byte)'"';
        value.CopyTo(token.AsSpan(1));
        token[^1] = (byte)'"';
        return new EncodedText(token);
    }

    /// <summary>The most bytes <see cref="CopyUtf8"/> writes: unescaping only ever shortens.</summary>
    public int MaxUtf8Length => _token.Length - 2;

    /// <summary>
    /// The value as UTF-8, escapes undone, into <paramref name="into"/> (at least <see cref="MaxUtf8Length"/> long); the
    /// bytes written. A JsonException when an escape names half a surrogate pair, which is not text.
    /// </summary>
    public int CopyUtf8(Span<byte> into)
    {
        var reader = Reader();
        if (!reader.ValueIsEscaped)
        {
            reader.ValueSpan.CopyTo(into);
            return reader.ValueSpan.Length;
        }

        try
        {
            return reader.CopyString(into);
        }
        catch (InvalidOperationException exception)
        {
            throw NotText(exception);
        }
    }

    /// <summary>The value as a string; a JsonException when it is not text (see <see cref="CopyUtf8"/>).</summary>
    public override string ToString()
    {
        var reader = Reader();
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException exception)
        {
            throw NotText(exception);
        }
    }

    private Utf8JsonReader Reader()
    {
        var reader = new Utf8JsonReader(_token);
        reader.Read();
        return reader;
    }

    private static JsonException NotText(InvalidOperationException exception) =>
        new("A table property's value escapes half a surrogate pair: it is not text.", exception);
}
