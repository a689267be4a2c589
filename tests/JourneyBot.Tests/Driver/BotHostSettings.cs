using System.Net;

namespace JourneyBot.Tests.Driver;

/// <summary>How a test's bot instance is configured.</summary>
public sealed record BotHostSettings
{
    /// <summary>Null: local mode. Set: every request needs a token for this app id, signed by the test issuer.</summary>
    public string? AppId { get; init; }

    /// <summary>The address requests appear to come from (the local-mode loopback rule reads it).</summary>
    public IPAddress RemoteAddress { get; init; } = IPAddress.Loopback;

    /// <summary>Tables of this instance; give the same prefix to a second instance to see the first one's data.</summary>
    public string TablePrefix { get; init; } = "t" + Guid.NewGuid().ToString("N")[..12];

    public string Environment { get; init; } = "Development";

    /// <summary>Overrides the environment's Azurite, e.g. with an address where nothing listens.</summary>
    public string? TablesConnectionString { get; init; }

    /// <summary>When set, every line the host logs is kept here too.</summary>
    public RecordedLogs? Logs { get; init; }

    /// <summary>More configuration by key (e.g. <c>Workshop:LongTouchpointListThreshold</c>), applied after the settings above.</summary>
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// <c>Cards:Forms</c>: most conversations here click through forms inline, as the Playground must; the dialog tests set
    /// <c>Dialog</c>, Teams' default.
    /// </summary>
    public string Forms { get; init; } = "Inline";

    /// <summary>
    /// Replaces services after the app registered its own, e.g. one store on storage that refuses connections while the
    /// others work (a fault in one table); null: the app as it is.
    /// </summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services { get; init; }
}
