using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Tests.Client;

/// <summary>A connector answer is read up to <see cref="ConnectorClient.MaxResponseBytes"/>; a larger one is a failed call.</summary>
public sealed class ConnectorResponseLimitTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_answer_of_50_MB_is_not_read_whole_and_fails_the_call(bool saysItsLength)
    {
        await using var server = await HugeAnswerServer.StartAsync(50L * 1024 * 1024, saysItsLength);
        await using var harness = await ConnectorClientHarness.StartAsync();

        var result = await harness.Client.SendToConversationAsync(server.ServiceUrl, "a:1chat", Activity.FromText("hi"), CancellationToken.None).WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Equal(201, result.StatusCode);
        Assert.Contains("larger than", result.Error, StringComparison.Ordinal);
        Assert.True(server.BytesWritten < 10L * 1024 * 1024, $"{server.BytesWritten} bytes were sent before the client stopped reading.");
    }

    [Fact]
    public async Task A_members_list_of_50_MB_is_not_read_whole_and_fails_the_call()
    {
        await using var server = await HugeAnswerServer.StartAsync(50L * 1024 * 1024, saysItsLength: false);
        await using var harness = await ConnectorClientHarness.StartAsync();

        var result = await harness.Client.GetConversationMembersAsync(server.ServiceUrl, "a:1chat", CancellationToken.None).WaitAsync(Guard);

        Assert.False(result.Succeeded);
        Assert.Contains("larger than", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_answer_that_is_not_a_list_reads_as_nobody()
    {
        await using var server = await HugeAnswerServer.StartAsync(0, saysItsLength: true, body: "{\"members\":[]}");
        await using var harness = await ConnectorClientHarness.StartAsync();

        var result = await harness.Client.GetConversationMembersAsync(server.ServiceUrl, "a:1chat", CancellationToken.None).WaitAsync(Guard);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Value!);
    }

    [Fact]
    public async Task An_answer_under_the_limit_is_read()
    {
        await using var server = await HugeAnswerServer.StartAsync(0, saysItsLength: true, body: "{\"id\":\"activity-9\"}");
        await using var harness = await ConnectorClientHarness.StartAsync();

        var result = await harness.Client.SendToConversationAsync(server.ServiceUrl, "a:1chat", Activity.FromText("hi"), CancellationToken.None).WaitAsync(Guard);

        Assert.True(result.Succeeded);
        Assert.Equal("activity-9", result.Value?.Id);
    }

    /// <summary>Answers every request 201 with a JSON-looking body of the given size (or the given body), then closes.</summary>
    private sealed class HugeAnswerServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private Task _serving = Task.CompletedTask;
        private long _written;

        public string ServiceUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/_connector/";

        public long BytesWritten => Interlocked.Read(ref _written);

        public static Task<HugeAnswerServer> StartAsync(long size, bool saysItsLength, string? body = null)
        {
            var server = new HugeAnswerServer();
            server._listener.Start();
            server._serving = server.ServeAsync(size, saysItsLength, body);
            return Task.FromResult(server);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _serving.ContinueWith(static _ => { }, TaskScheduler.Default);
            _listener.Dispose();
            _stop.Dispose();
        }

        private async Task ServeAsync(long size, bool saysItsLength, string? body)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var stream = client.GetStream();
            await ReadHeadersAsync(stream);
            var bytes = body is null ? null : Encoding.UTF8.GetBytes(body);
            var length = bytes?.Length ?? size;
            var headers = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + (saysItsLength ? string.Create(CultureInfo.InvariantCulture, $"Content-Length: {length}\r\n") : string.Empty) + "\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(headers), _stop.Token);
            if (bytes is not null)
            {
                await stream.WriteAsync(bytes, _stop.Token);
                return;
            }

            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            try
            {
                for (long sent = 0; sent < size; sent += chunk.Length)
                {
                    await stream.WriteAsync(chunk, _stop.Token);
                    Interlocked.Add(ref _written, chunk.Length);
                }
            }
            catch (IOException)
            {
                // The client stopped reading and closed the connection: what the test wants.
            }
        }

        /// <summary>Reads the request up to its body (the body itself is left unread; the server closes anyway).</summary>
        private async Task ReadHeadersAsync(NetworkStream stream)
        {
            var seen = new StringBuilder();
            var buffer = new byte[4096];
            while (!seen.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                seen.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
    }
}
