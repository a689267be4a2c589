using JourneyBot.Connector.Authentication;
using JourneyBot.Connector.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JourneyBot.Connector.Hosting;

/// <summary>Registers the protocol layer: options, inbound authentication, the connector client.</summary>
public static class BotConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotOptions"/> from the configuration root (the Azure Bot setting names), validated at start-up,
    /// and registers the authenticator and the connector client. The app adds its <see cref="IBot"/>.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotOptions>()
            .Bind(configuration)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ConnectorClientOptions>().Bind(configuration.GetSection(ConnectorClientOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.AddHostedService<LocalModeNotice>();
        services.AddBotAuthentication();
        services.AddConnectorClient();
        return services;
    }
}

/// <summary>Refuses local mode (no app id, no authentication) anywhere but a developer's machine.</summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.IsLocalMode)
        {
            // Local mode accepts unauthenticated requests: a developer's machine only, never a deployed slot.
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"MicrosoftAppId is required outside Development (this is {environment.EnvironmentName}): without it the bot would accept unauthenticated requests.");
        }

        // The credential settings are checked where the credential is built (Client/BotCredentialOptionsValidator).
        return ValidateOptionsResult.Success;
    }
}
