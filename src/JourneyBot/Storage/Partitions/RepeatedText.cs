using System.Text.Json;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// The strings a query answer repeats in every entity, read once: the property names, the partition key, the type
/// annotations. A small cache over the token's UTF-8 bytes, for one answer: a token that hashes to a pair of slots,
/// one holding the same bytes, gets that slot's string; otherwise it is decoded and takes a slot of the pair.
/// </summary>
/// <remarks>
/// A workshop's partition is a few dozen entities of about ten properties each, nearly all with the same names: without
/// this, every name of every entity was a new string (under the benchmark, about a tenth of the bytes a turn allocated).
/// </remarks>
internal sealed class RepeatedText
{
    private const int Slots = 64;

    /// <summary>Longer tokens are decoded every time: names and keys are shorter, and a long value seldom repeats.</summary>
    private const int LongestCached = 128;

    private readonly byte[]?[] _bytes = new byte[Slots][];
    private readonly string[] _texts = new string[Slots];

    /// <summary>The reader's current string or property name.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > LongestCached)
        {
            return reader.GetString()!;
        }

        // Two slots per token: names of one entity that hash alike still both stay.
        var utf8 = reader.ValueSpan;
        var first = Slot(utf8);
        var second = (first + 1) % Slots;
        if (Holds(first, utf8))
        {
            return _texts[first];
        }

        if (Holds(second, utf8))
        {
            return _texts[second];
        }

        var slot = _bytes[first] is null ? first : second;
        if (_bytes[slot] is not null)
        {
            // Both taken: the second moves to the first, the newcomer takes the second.
            _bytes[first] = _bytes[second];
            _texts[first] = _texts[second];
        }

        var text = reader.GetString()!;
        _bytes[slot] = utf8.ToArray();
        _texts[slot] = text;
        return text;
    }

    private bool Holds(int slot, ReadOnlySpan<byte> utf8) => _bytes[slot] is { } cached && utf8.SequenceEqual(cached);

    /// <summary>FNV-1a over the token's bytes.</summary>
    private static int Slot(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        return (int)(hash % Slots);
    }
}
