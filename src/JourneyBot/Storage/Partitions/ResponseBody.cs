using System.Text;
using Azure;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// A response body read whole into one array: of the announced length when the answer has a Content-Length, else
/// (Azurite answers queries chunked) grown by doubling. Not pooled: with pooled buffers, shared or a small pool of the
/// client's own, RSS after the benchmark's 20 x 5 run rose from about 145 to 160-195 MiB, for no CPU the benchmark
/// could tell apart from its noise.
/// </summary>
internal readonly struct ResponseBody
{
    private readonly byte[] _buffer;

    private ResponseBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

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

        var buffer = new byte[announced >= 0 ? (int)announced : Math.Min(16 * 1024, limit)];
        var length = 0;
        while (announced < 0 || length < announced)
        {
            if (length == buffer.Length)
            {
                if (length == limit)
                {
                    throw TooLong(limit);
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return new ResponseBody(buffer, length);
    }

    public override string ToString() => Encoding.UTF8.GetString(Span);

    private static IOException TooLong(int limit) => new($"A Table Storage answer is longer than {limit} bytes.");
}
