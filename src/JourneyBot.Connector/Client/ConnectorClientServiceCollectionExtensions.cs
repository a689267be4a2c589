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
        services.TryAddSingleton<MessageUpdateCoalescer>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();

        // The pipeline's total timeout (on the injected clock) bounds a call; HttpClient's own 100 s would only
        // cut in behind it, or cut a longer configured total short.
        var client = services.AddHttpClient(ConnectorClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);

        // The factory's own request logging (a scope and two lines per attempt) ran on every call whatever the level;
        // ConnectorClient logs what matters (failures, unanswered calls) through Log.cs.
        client.RemoveAllLoggers();

        // Handlers run in the order they are added: the pipeline wraps the token handler, so each attempt gets a
        // current token.
        client.AddResilienceHandler(ConnectorResilience.PipelineName, static (builder, context) =>
        {
            // Polly's builder already runs on the registered TimeProvider; the Retry-After date is measured on it too.
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
