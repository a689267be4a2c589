using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;
using JourneyBot.Storage.Partitions;

namespace JourneyBot.Tests.Storage.Partitions;

/// <summary>
/// Reading a Table answer's body into a pooled array: whole, in whatever pieces the stream gives, chunked or with a
/// Content-Length, and never past the limit.
/// </summary>
public sealed class ResponseBodyTests
{
    private const int Limit = 64 * 1024;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(40_000)]
    [InlineData(Limit)]
    public async Task A_chunked_body_up_to_the_limit_reads_whole_in_any_pieces(int size)
    {
        var bytes = Bytes(size);

        using var body = await ResponseBody.ReadAsync(new Answer(bytes, announced: false), Limit, CancellationToken.None);

        Assert.Equal(bytes, body.Span.ToArray());
    }

    [Fact]
    public async Task A_chunked_body_one_byte_over_the_limit_is_a_storage_fault()
    {
        await Assert.ThrowsAsync<IOException>(() => ResponseBody.ReadAsync(new Answer(Bytes(Limit + 1), announced: false), Limit, CancellationToken.None));
    }

    [Fact]
    public async Task A_body_with_its_length_reads_exactly_that_length()
    {
        var bytes = Bytes(50_000);

        using var body = await ResponseBody.ReadAsync(new Answer(bytes, announced: true), Limit, CancellationToken.None);

        Assert.Equal(bytes, body.Span.ToArray());
    }

    [Fact]
    public async Task An_announced_length_over_the_limit_is_refused_before_anything_is_read()
    {
        var answer = new Answer(Bytes(Limit + 1), announced: true);

        await Assert.ThrowsAsync<IOException>(() => ResponseBody.ReadAsync(answer, Limit, CancellationToken.None));
        Assert.Equal(0, answer.Body.Position);
    }

    [Fact]
    public async Task A_disposed_body_gives_its_array_back_and_can_no_longer_be_read()
    {
        var body = await ResponseBody.ReadAsync(new Answer(Bytes(100), announced: false), Limit, CancellationToken.None);

        body.Dispose();

        Assert.Throws<ObjectDisposedException>(() => body.Span.Length);
    }

    private static byte[] Bytes(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A stream that gives at most 7 bytes per read, as a slow network might.</summary>
    private sealed class Trickle(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 7 + (int)(Position % 5000))], cancellationToken);
    }

    /// <summary>An answer with a body, with or without a Content-Length.</summary>
    private sealed class Answer(byte[] bytes, bool announced) : Response
    {
        public Stream Body { get; } = new Trickle(bytes);

        public override int Status => 200;

        public override string ReasonPhrase => "OK";

        public override Stream? ContentStream
        {
            get => Body;
            set => throw new NotSupportedException();
        }

        public override string ClientRequestId
        {
            get => string.Empty;
            set => throw new NotSupportedException();
        }

        public override void Dispose() => Body.Dispose();

        protected override bool ContainsHeader(string name) => TryGetHeader(name, out _);

        protected override IEnumerable<HttpHeader> EnumerateHeaders() =>
            announced ? [new HttpHeader("Content-Length", bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [];

        protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
        {
            value = announced && name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                ? bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : null;
            return value is not null;
        }

        protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
        {
            values = TryGetHeader(name, out var value) ? [value] : null;
            return values is not null;
        }
    }
}
