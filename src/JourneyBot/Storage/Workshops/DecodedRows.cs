using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// Headers and items as decoded from their rows, by partition, row and ETag, so a workshop loaded again (every click
/// loads it) decodes only the rows that changed since. Safe whoever writes: storage gives a row a new ETag whenever it
/// changes (the same promise optimistic concurrency rests on), so a row with a known ETag holds the JSON decoded before,
/// and the headers and items are immutable records, shared by every turn that loads them. The owner check reads the
/// header's columns on every load, whatever is known here. At most about <see cref="StorageOptions.DecodedRowsKept"/>
/// rows are kept, in two generations: when the newer fills to half, the older is dropped and the newer takes its place;
/// a row found in the older moves to the newer, so rows in use stay and those of workshops nobody opens go.
/// </summary>
public sealed class DecodedRows
{
    private const string ETagProperty = "odata.etag";

    private readonly int _generationSize;
    private readonly Lock _turnover = new();
    private Generations _rows = new(new(), new());
    private int _added;

    public DecodedRows(IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _generationSize = options.Value.DecodedRowsKept / 2;
    }

    /// <summary>How many rows are known, in both generations (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            var rows = Volatile.Read(ref _rows);
            return rows.Newer.Count + rows.Older.Count;
        }
    }

    /// <summary>What <paramref name="row"/>, in this version, was decoded to before; false when it was not (or as another type).</summary>
    public bool TryGet<T>(TableEntity row, [MaybeNullWhen(false)] out T decoded)
        where T : class
    {
        decoded = null;
        if (_generationSize == 0 || VersionOf(row) is not { } version)
        {
            return false;
        }

        var rows = Volatile.Read(ref _rows);
        if (rows.Newer.TryGetValue(version, out var known))
        {
            decoded = known as T;
        }
        else if (rows.Older.TryGetValue(version, out known) && known is T older)
        {
            decoded = older;
            Add(version, older);
        }

        return decoded is not null;
    }

    /// <summary>Notes what <paramref name="row"/>, in this version, decoded to.</summary>
    public void Add(TableEntity row, object decoded)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        if (_generationSize > 0 && VersionOf(row) is { } version)
        {
            Add(version, decoded);
        }
    }

    private void Add(RowVersion version, object decoded)
    {
        var rows = Volatile.Read(ref _rows);
        if (!rows.Newer.TryAdd(version, decoded) || Interlocked.Increment(ref _added) < _generationSize)
        {
            return;
        }

        lock (_turnover)
        {
            if (ReferenceEquals(_rows, rows))
            {
                Volatile.Write(ref _rows, new Generations(new(), rows.Newer));
                _added = 0;
            }
        }
    }

    private static RowVersion? VersionOf(TableEntity row) =>
        row.TryGetValue(ETagProperty, out var etag) && etag is string { Length: > 0 } text && row.PartitionKey is { } partition && row.RowKey is { } key
            ? new RowVersion(partition, key, text)
            : null;

    private readonly record struct RowVersion(string Partition, string Row, string ETag);

    /// <summary>The rows decoded lately, and those decoded before.</summary>
    private sealed record Generations(ConcurrentDictionary<RowVersion, object> Newer, ConcurrentDictionary<RowVersion, object> Older);
}
