using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using JourneyBot.Storage.Versions;
using JourneyBot.Storage.Workshops;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage;

/// <summary>Registers Table Storage: the client, the table names, the stores, start-up creation and the readiness check.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(options => options.ConnectionString ??= configuration.GetConnectionString("Tables"))
            .ValidateDataAnnotations()
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.ConnectionString) || options.TableServiceUri is not null,
                "Table Storage is not configured: set ConnectionStrings:Tables or Storage:TableServiceUri.")
            .ValidateOnStart();

        services.AddSingleton(provider => CreateClient(provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<TableNames>();
        services.AddSingleton<StorageDeadline>();
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<RecentLoads>();
        services.AddSingleton<IWorkshopStore, TableWorkshopStore>();
        services.AddSingleton<IConversationWorkshops, TableConversationWorkshops>();
        services.AddSingleton<IMapVersionStore, TableMapVersionStore>();
        services.AddHostedService<AppliedActivityCleanup>();
        services.AddSingleton<TablesInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<TablesInitializer>());
        services.AddHealthChecks().AddCheck<TablesHealthCheck>("tables", tags: ["ready"]);
        return services;
    }

    /// <summary>How many times the Table client tries a request again after the first try.</summary>
    private const int ClientRetries = 2;

    /// <summary>The longest pause between the client's tries.</summary>
    private static readonly TimeSpan ClientMaxDelay = TimeSpan.FromMilliseconds(500);

    private static TableServiceClient CreateClient(StorageOptions options)
    {
        // A turn has 15 seconds in Teams and its storage calls share TurnDeadline: the client's own tries, each cut at the
        // network timeout, and the pauses between them fit inside it, so the client never outlasts the turn by itself
        // (without this, 4 tries of 5 s held a hanging storage for 21 s).
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = ClientRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = ClientMaxDelay;
        clientOptions.Retry.NetworkTimeout = NetworkTimeout(options.TurnDeadline);

        // The SDK's request logging and tracing policies run on every request; the stores log their faults themselves (Log.cs).
        clientOptions.Diagnostics.IsLoggingEnabled = false;
        clientOptions.Diagnostics.IsDistributedTracingEnabled = false;

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(options.TableServiceUri, credential, clientOptions);
    }

    /// <summary>The per-try network timeout: all tries and pauses of one request fit in <paramref name="turnDeadline"/>.</summary>
    internal static TimeSpan NetworkTimeout(TimeSpan turnDeadline) =>
        TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(500).Ticks, (turnDeadline - (ClientMaxDelay * ClientRetries)).Ticks / (ClientRetries + 1)));
}
