using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
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
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<IWorkshopStore, TableWorkshopStore>();
        services.AddSingleton<IConversationWorkshops, TableConversationWorkshops>();
        services.AddSingleton<TablesInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<TablesInitializer>());
        services.AddHealthChecks().AddCheck<TablesHealthCheck>("tables", tags: ["ready"]);
        return services;
    }

    private static TableServiceClient CreateClient(StorageOptions options)
    {
        // A turn has 15 seconds in Teams: a few quick retries, then the fault is the turn's to handle.
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(options.TableServiceUri, credential, clientOptions);
    }
}
