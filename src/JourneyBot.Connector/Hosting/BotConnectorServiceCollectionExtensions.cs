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
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.AddHostedService<LocalModeNotice>();
        services.AddBotAuthentication();
        services.AddConnectorClient();
        return services;
    }
}

/// <summary>Refuses settings that would leave a deployed bot open or unable to answer.</summary>
internal sealed class BotOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        if (options.IsLocalMode)
        {
            // Local mode accepts unauthenticated requests: never in production, whatever else is set.
            return environment.IsProduction()
                ? ValidateOptionsResult.Fail("MicrosoftAppId is required in Production: without it the bot would accept unauthenticated requests.")
                : ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.MicrosoftAppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        if (options.MicrosoftAppType is not BotAppType.UserAssignedMSI
            && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword)
            && string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
        {
            failures.Add("MicrosoftAppPassword or MicrosoftAppCertificatePath is required unless MicrosoftAppType is UserAssignedMSI.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
