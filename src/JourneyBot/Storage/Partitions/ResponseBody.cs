using System.Buffers;
using System.Text;
using Azure;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// A response body read whole into one array rented from the shared pool, of the announced length when the answer has
/// a Content-Length, else (Azurite answers queries and batches chunked) grown by renting a larger one. Every caller parses
/// the body before it lets go of it (entities and failures copy what they keep), so disposing returns the array.
/// </summary>
/// <remarks>
/// Plain arrays cost more than the bytes they hold: under the benchmark a query's answer was about 12 KB, read into
/// 16 and then 32 KB arrays, and a batch's answer under 2 KB into a 16 KB one. Arrays larger than
/// <see cref="LargestPooled"/> (a page of hundreds of rows) are left to the GC rather than kept by the pool.
/// </remarks>
internal sealed class ResponseBody : IDisposable
{
    /// <summary>The largest array given back to the pool: bodies above it are rare, and the pool would keep them.</summary>
    private const int LargestPooled = 1024 * 1024;

    private const int FirstRead = 16 * 1024;

    private byte[]? _buffer;

    private ResponseBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The body's bytes; valid until the body is disposed.</summary>
    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(ResponseBody))).AsSpan(0, Length);

    /// <summary>The body; an <see cref="IOException"/> (a storage fault) when it is longer than <paramref name="limit"/>.</summary>
    public static async Task<ResponseBody> ReadAsync(Response response, int limit, CancellationToken cancellationToken)
    {
        if (response.ContentStream is not { } stream)
        {
            return new ResponseBody([], 0);
        }

        var announced = response.Headers.ContentLengthLong is long size and >= 0 ? size : -1;
        if (announced > limit)
        {
            throw TooLong(limit);
        }

        // Never read past an announced length, nor past the limit.
        var end = announced >= 0 ? (int)announced : limit;
        var buffer = Rent(announced >= 0 ? end : Math.Min(FirstRead, end));
        var length = 0;
        try
        {
            while (length < end)
            {
                if (length == buffer.Length)
                {
                    var larger = Rent((int)Math.Min((long)buffer.Length * 2, end));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, end) - length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (announced < 0 && length == limit && await stream.ReadAsync(new byte[1], cancellationToken) > 0)
            {
                throw TooLong(limit);
            }
        }
        catch
        {
            Return(buffer);
            throw;
        }

        return new ResponseBody(buffer, length);
    }

    public override string ToString() => Encoding.UTF8.GetString(Span);

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            Return(buffer);
        }
    }

    private static byte[] Rent(int length) => length == 0 ? [] : ArrayPool<byte>.Shared.Rent(length);

    private static void Return(byte[] buffer)
    {
        if (buffer.Length is > 0 and <= LargestPooled)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IOException TooLong(int limit) => new($"A Table Storage answer is longer than {limit} bytes.");
}
