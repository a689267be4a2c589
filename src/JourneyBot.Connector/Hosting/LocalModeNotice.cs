using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Connector.Hosting;

/// <summary>Says loudly at start-up that the bot runs without authentication (no MicrosoftAppId).</summary>
internal sealed partial class LocalModeNotice(IOptions<BotOptions> options, ILogger<LocalModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsLocalMode)
        {
            LogLocalMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning,
        Message = "Local mode: MicrosoftAppId is not set, so /api/messages accepts unauthenticated requests from loopback only and replies carry no token. Set MicrosoftAppId to connect to Teams.")]
    private static partial void LogLocalMode(ILogger logger);
}
