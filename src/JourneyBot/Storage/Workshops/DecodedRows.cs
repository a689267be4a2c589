using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Azure.Data.Tables;
using JourneyBot.Storage.Partitions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// Headers and items as decoded from their rows, by partition and row key with the ETag of the version decoded, so a
/// workshop loaded again (every click loads it) decodes only the rows that changed since. Safe whoever writes: storage
/// gives a row a new ETag whenever it changes (the same promise optimistic concurrency rests on), so a row with the
/// ETag known here holds the JSON decoded before; a newer version replaces the older. The headers and items are
/// immutable records, shared by every turn that loads them. The owner check reads the header's columns on every load,
/// whatever is known here.
/// </summary>
/// <remarks>
/// Bounded by the size of the rows' JSON, <see cref="StorageOptions.DecodedRowsMegabytes"/>, in two generations: when
/// the newer has taken in half of it, the older is dropped and the newer takes its place. A row found in the older moves
/// to the newer, so the rows of workshops in use stay and those of workshops nobody opens go.
/// </remarks>
public sealed class DecodedRows
{
    /// <summary>What a row costs beyond its JSON: the keys, the ETag, the entry and the records' own overhead.</summary>
    private const long RowOverhead = 256;

    private const string ETagProperty = "odata.etag";

    private readonly long _generationBytes;
    private readonly Lock _turnover = new();
    private Generations _rows = new(new Generation(), new Generation());

    public DecodedRows(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _generationBytes = options.Value.DecodedRowsMegabytes * 1024L * 1024 / 2;
    }

    /// <summary>How many rows are known, in both generations (a row in both counts twice): for tests and diagnostics.</summary>
    public int Count
    {
        get
        {
            var rows = Volatile.Read(ref _rows);
            return rows.Newer.Rows.Count + rows.Older.Rows.Count;
        }
    }

    /// <summary>
    /// What <paramref name="row"/>, in this version, decodes to: as decoded before, or now by <paramref name="decode"/>
    /// (which throws for a row that does not read; nothing is kept then).
    /// </summary>
    public T GetOrDecode<T>(TableEntity row, Func<TableEntity, T> decode)
        where T : class =>
        GetOrDecode(row, decode, static (decode, row) => decode(row));

    /// <inheritdoc cref="GetOrDecode{T}(TableEntity, Func{TableEntity, T})"/>
    /// <remarks>With the <paramref name="state"/> the decoding needs, so a static lambda allocates nothing per row.</remarks>
    public T GetOrDecode<TState, T>(TableEntity row, TState state, Func<TState, TableEntity, T> decode)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(decode);
        if (!TryGet<T>(row, out var decoded))
        {
            decoded = decode(state, row);
            Add(row, decoded);
        }

        return decoded;
    }

    /// <summary>What <paramref name="row"/>, in this version, was decoded to before; false when it was not (or as another type).</summary>
    public bool TryGet<T>(TableEntity row, [MaybeNullWhen(false)] out T decoded)
        where T : class
    {
        decoded = null;
        if (_generationBytes == 0 || VersionOf(row) is not { } version)
        {
            return false;
        }

        var (key, etag) = version;

        var rows = Volatile.Read(ref _rows);
        if (rows.Newer.Rows.TryGetValue(key, out var known))
        {
            decoded = known.ETag == etag ? known.Decoded as T : null;
        }
        else if (rows.Older.Rows.TryGetValue(key, out known) && known.ETag == etag && known.Decoded is T older)
        {
            decoded = older;
            Keep(rows.Newer, key, known);
        }

        return decoded is not null;
    }

    /// <summary>Notes what <paramref name="row"/>, in this version, decoded to; an older version of the row is forgotten.</summary>
    public void Add(TableEntity row, object decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        if (_generationBytes > 0 && VersionOf(row) is { } version)
        {
            Keep(Volatile.Read(ref _rows).Newer, version.Key, new Entry(version.ETag, decoded, SizeOf(row)));
        }
    }

    private void Keep(Generation newer, RowKey key, Entry entry)
    {
        newer.Rows[key] = entry;
        if (newer.Take(entry.Bytes) < _generationBytes)
        {
            return;
        }

        lock (_turnover)
        {
            var rows = _rows;
            if (ReferenceEquals(rows.Newer, newer))
            {
                Volatile.Write(ref _rows, new Generations(new Generation(), newer));
            }
        }
    }

    private static (RowKey Key, string ETag)? VersionOf(TableEntity row) =>
        row.TryGetValue(ETagProperty, out var etag) && etag is string { Length: > 0 } text && row.PartitionKey is { } partition && row.RowKey is { } key
            ? (new RowKey(partition, key), text)
            : null;

    /// <summary>The row's text as the response held it (UTF-8 for what a query kept encoded, UTF-16 for strings), plus its overhead.</summary>
    private static long SizeOf(TableEntity row)
    {
        var bytes = RowOverhead;
        foreach (var value in ((IDictionary<string, object>)row).Values)
        {
            bytes += value switch
            {
                EncodedText encoded => encoded.MaxUtf8Length,
                string text => 2L * text.Length,
                _ => 16,
            };
        }

        return bytes;
    }

    private readonly record struct RowKey(string Partition, string Row);

    private sealed record Entry(string ETag, object Decoded, long Bytes);

    /// <summary>The rows decoded lately, and those decoded before.</summary>
    private sealed record Generations(Generation Newer, Generation Older);

    /// <summary>One generation's rows and the bytes it has taken in (a row replaced counts again: the bound errs low).</summary>
    private sealed class Generation
    {
        private long _bytes;

        public ConcurrentDictionary<RowKey, Entry> Rows { get; } = new();

        /// <summary>Counts <paramref name="bytes"/> more; the total taken in.</summary>
        public long Take(long bytes) => Interlocked.Add(ref _bytes, bytes);
    }
}
