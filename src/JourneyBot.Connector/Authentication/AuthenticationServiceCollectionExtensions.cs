using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JourneyBot.Connector.Authentication;

/// <summary>Registers inbound request authentication (<see cref="IRequestAuthenticator"/>).</summary>
public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>The named HttpClient that fetches OpenID metadata and signing keys.</summary>
    public const string MetadataHttpClientName = "JourneyBot.Connector.OpenIdMetadata";

    /// <summary>
    /// Adds the singleton <see cref="IRequestAuthenticator"/> and its metadata HttpClient. Expects
    /// <see cref="BotOptions"/> to be configured; adds <see cref="TimeProvider.System"/> unless a TimeProvider is registered.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(MetadataHttpClientName, client =>
        {
            // Teams gives up on a turn after 15 seconds; a hung key fetch must fail well before that.
            client.Timeout = TimeSpan.FromSeconds(10);
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });
        services.TryAddSingleton<IRequestAuthenticator, BotRequestAuthenticator>();
        return services;
    }
}
