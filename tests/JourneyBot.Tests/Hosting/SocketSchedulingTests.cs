using JourneyBot.Tests.Driver;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Hosting;

/// <summary>
/// Kestrel runs a request's code on the thread that read it from the socket (JourneyBotExtensions), which with the
/// runtime's inline socket completions makes a turn wake no other thread. What it saves is a figure of
/// scripts/bench.sh compare, not of a test; the test host itself serves requests in memory, without sockets.
/// </summary>
[Collection(BotTests.Name)]
public sealed class SocketSchedulingTests(BotEnvironment environment)
{
    [Fact]
    public async Task Kestrel_schedules_requests_inline_on_their_socket_thread()
    {
        await using var bot = await environment.StartBotAsync();

        var sockets = bot.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.True(sockets.UnsafePreferInlineScheduling);
    }
}
