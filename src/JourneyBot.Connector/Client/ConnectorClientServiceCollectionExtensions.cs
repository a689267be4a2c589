using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Connector.Client;

/// <summary>Registers the outbound Bot Connector client, its token provider and its resilience pipeline.</summary>
public static class ConnectorClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IConnectorClient"/> and <see cref="IBotTokenProvider"/>. Expects <c>IOptions&lt;BotOptions&gt;</c>
    /// to be registered by the caller; <see cref="ConnectorClientOptions"/> start from their defaults (bind section
    /// <see cref="ConnectorClientOptions.SectionName"/> to change them). The retry delays and timeouts run on the
    /// registered <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(BotTokenHandler)))
        {
            // A second resilience handler on the same client would retry every retry.
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ConnectorClientOptions>().ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotCredentialOptionsValidator>());
        services.TryAddSingleton<IBotCredentialFactory, BotCredentialFactory>();
        services.TryAddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.AddTransient<BotTokenHandler>();

        // Handlers run in the order they are added: the pipeline wraps the token handler, so each attempt gets a
        // current token.
        var client = services.AddHttpClient<IConnectorClient, ConnectorClient>();
        client.AddResilienceHandler(ConnectorResilience.PipelineName, static (builder, context) =>
            {
                context.EnableReloads<ConnectorClientOptions>();
                ConnectorResilience.Configure(
                    builder,
                    context.GetOptions<ConnectorClientOptions>(),
                    context.ServiceProvider.GetRequiredService<TimeProvider>());
            });
        client.AddHttpMessageHandler<BotTokenHandler>();

        return services;
    }
}
