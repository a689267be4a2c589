using System.Buffers;
using System.Text;
using Azure;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// The body of an entity group transaction (docs/protocol.md, Azure Table Storage, "Batch"): a multipart/mixed batch
/// holding one changeset, one HTTP request per action, written into one pooled buffer. Dispose returns the buffer.
/// </summary>
internal sealed class BatchBody : IBufferWriter<byte>, IDisposable
{
    private readonly ArrayPool<byte> _pool;
    private byte[] _buffer;
    private int _length;

    private BatchBody(ArrayPool<byte> pool, int capacity)
    {
        _pool = pool;
        _buffer = pool.Rent(capacity);
    }

    /// <summary>The value of the batch request's Content-Type header.</summary>
    public string ContentType { get; private init; } = string.Empty;

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    /// <param name="tableUri">The table's address, e.g. https://account.table.core.windows.net/Workshops.</param>
    public static BatchBody For(string tableUri, IReadOnlyList<TableTransactionAction> actions, ArrayPool<byte> pool)
    {
        var id = Guid.NewGuid().ToString("N");
        var batch = "batch_" + id;
        var changeset = "changeset_" + id;
        var body = new BatchBody(pool, 4096) { ContentType = "multipart/mixed; boundary=" + batch };
        body.Line($"--{batch}");
        body.Line($"Content-Type: multipart/mixed; boundary={changeset}");
        body.Line();
        foreach (var action in actions)
        {
            body.Line($"--{changeset}");
            body.Line("Content-Type: application/http");
            body.Line("Content-Transfer-Encoding: binary");
            body.Line();
            body.Request(tableUri, action);
        }

        body.Line($"--{changeset}--");
        body.Line($"--{batch}--");
        return body;
    }

    private void Request(string tableUri, TableTransactionAction action)
    {
        var entity = action.Entity;
        var (method, keyed, hasBody, etag) = action.ActionType switch
        {
            TableTransactionActionType.Add => ("POST", false, true, (ETag?)null),
            TableTransactionActionType.UpdateMerge => ("MERGE", true, true, Condition(action.ETag)),
            TableTransactionActionType.UpdateReplace => ("PUT", true, true, Condition(action.ETag)),
            TableTransactionActionType.UpsertMerge => ("MERGE", true, true, null),
            TableTransactionActionType.UpsertReplace => ("PUT", true, true, null),
            TableTransactionActionType.Delete => ("DELETE", true, false, Condition(action.ETag)),
            _ => throw new NotSupportedException($"A batch action of type {action.ActionType}."),
        };

        Line(keyed ? $"{method} {tableUri}({EntityKey.Of(entity.PartitionKey, entity.RowKey)}) HTTP/1.1" : $"{method} {tableUri} HTTP/1.1");
        Line("Accept: application/json;odata=minimalmetadata");
        Line("DataServiceVersion: 3.0");
        if (etag is { } condition)
        {
            Line($"If-Match: {condition}");
        }

        if (!hasBody)
        {
            // The blank line that ends the headers, then the empty body's own line end (the delimiter takes the next CRLF).
            Line();
            Line();
            return;
        }

        Line("Content-Type: application/json");
        Line("Prefer: return-no-content");
        Line();
        var start = _length;
        EntityJson.Write(this, (TableEntity)entity);
        if (_length == start)
        {
            throw new InvalidOperationException("An entity wrote no JSON.");
        }

        Line();
    }

    /// <summary>An update or delete without an ETag applies whatever the row holds now, as the SDK's default does.</summary>
    private static ETag Condition(ETag etag) => etag == default ? ETag.All : etag;

    private void Line(string text = "")
    {
        var bytes = Encoding.UTF8.GetByteCount(text) + 2;
        var span = GetSpan(bytes);
        var written = Encoding.UTF8.GetBytes(text, span);
        span[written] = (byte)'\r';
        span[written + 1] = (byte)'\n';
        Advance(written + 2);
    }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Grow(sizeHint);
        return _buffer.AsSpan(_length);
    }

    private void Grow(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 256);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = _pool.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        _pool.Return(_buffer);
        _buffer = larger;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            _pool.Return(_buffer);
        }

        _buffer = [];
        _length = 0;
    }
}
