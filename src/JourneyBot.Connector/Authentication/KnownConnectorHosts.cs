using System.Collections.Frozen;
using System.Collections.Immutable;

namespace JourneyBot.Connector.Authentication;

/// <summary>
/// The hosts the Bot Connector service answers on (Teams' smba endpoints in the public, government and national
/// clouds, and botframework.com). Used only for Entra ID tokens that carry no serviceurl claim: then the activity's
/// serviceUrl is bound to nothing in the token, so the bot sends its own token there only when it is one of these.
/// </summary>
internal static class KnownConnectorHosts
{
    private static readonly FrozenSet<string> Hosts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "smba.trafficmanager.net");

    private static readonly ImmutableArray<string> Suffixes =
    [
        ".botframework.com",
        ".botframework.us",
        ".botframework.azure.cn",
        ".teams.microsoft.com",
        ".teams.microsoft.us",
    ];

    /// <summary>True for an https URL on a Bot Connector host.</summary>
    public static bool Contains(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url)
        && url.Scheme == Uri.UriSchemeHttps
        && (Hosts.Contains(url.IdnHost)
            || Suffixes.Any(suffix => url.IdnHost.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)));
}
