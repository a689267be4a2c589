using System.Buffers;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using JourneyBot.Storage.Partitions;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// A row's JSON (<c>Json</c>, then <c>Json1</c>, <c>Json2</c>... in order) as one UTF-8 span in a pooled buffer, ready
/// for the deserializer: parts read by a query come as <see cref="EncodedText"/> and are unescaped straight into it;
/// parts read as strings (the SDK's point reads) are encoded into it.
/// </summary>
internal readonly ref struct StoredJson
{
    private readonly byte[] _buffer;
    private readonly int _length;

    private StoredJson(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Utf8 => _buffer.AsSpan(0, _length);

    /// <summary>The JSON of <paramref name="entity"/>; a JsonException when it has none.</summary>
    public static StoredJson Of(TableEntity entity)
    {
        if (Part(entity, 0) is not { } first)
        {
            throw new JsonException($"Entity {entity.PartitionKey}/{entity.RowKey} has no {WorkshopEntities.PartName(0)}.");
        }

        var capacity = MaxLength(first);
        for (var part = 1; Part(entity, part) is { } next; part++)
        {
            capacity += MaxLength(next);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(capacity);
        var length = 0;
        try
        {
            for (var part = 0; Part(entity, part) is { } next; part++)
            {
                length += next switch
                {
                    EncodedText encoded => encoded.CopyUtf8(buffer.AsSpan(length)),
                    string text => Encoding.UTF8.GetBytes(text, buffer.AsSpan(length)),
                    _ => throw new JsonException($"Entity {entity.PartitionKey}/{entity.RowKey} has a {next.GetType().Name} in {WorkshopEntities.PartName(part)}."),
                };
            }
        }
        catch (JsonException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }

        return new StoredJson(buffer, length);
    }

    /// <summary>Gives the buffer back to the pool (as <see cref="ResponseBody"/> does the answer it was read from).</summary>
    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);

    private static object? Part(TableEntity entity, int part) => entity.TryGetValue(WorkshopEntities.PartName(part), out var value) ? value : null;

    private static int MaxLength(object part) => part switch
    {
        EncodedText encoded => encoded.MaxUtf8Length,
        string text => Encoding.UTF8.GetMaxByteCount(text.Length),
        _ => 0,
    };
}
