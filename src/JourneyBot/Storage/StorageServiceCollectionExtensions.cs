using Microsoft.Extensions.DependencyInjection.Extensions;
using JourneyBot.Storage.Versions;
using JourneyBot.Storage.Workshops;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage;

/// <summary>Registers Table Storage: the client, the table names, the stores, start-up creation and the readiness check.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Configure(options => options.ConnectionString ??= configuration.GetConnectionString("Tables"))
            .ValidateDataAnnotations()
            .Validate(
                options => !string.IsNullOrWhiteSpace(options.ConnectionString) || options.TableServiceUri is not null,
                "Table Storage is not configured: set ConnectionStrings:Tables or Storage:TableServiceUri.")
            .ValidateOnStart();

        // Requests are dated by the wall clock, not the app's TimeProvider (tests run that on a fake clock, months ahead):
        // storage refuses a request dated 15 minutes off.
        services.AddSingleton(provider => TableAccess.Create(provider.GetRequiredService<IOptions<StorageOptions>>().Value, TimeProvider.System));
        services.AddSingleton(provider => provider.GetRequiredService<TableAccess>().Service);
        services.AddSingleton(provider => provider.GetRequiredService<TableAccess>().Partitions);
        services.AddSingleton<TableNames>();
        services.AddSingleton<StorageDeadline>();
        services.AddSingleton<IConversationStore, TableConversationStore>();
        services.AddSingleton<RecentLoads>();
        services.AddSingleton<DecodedRows>();
        services.AddSingleton<IWorkshopStore, TableWorkshopStore>();
        services.AddSingleton<IConversationWorkshops, TableConversationWorkshops>();
        services.AddSingleton<IMapVersionStore, TableMapVersionStore>();
        services.AddHostedService<AppliedActivityCleanup>();
        services.AddSingleton<TablesInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<TablesInitializer>());
        services.AddHealthChecks().AddCheck<TablesHealthCheck>("tables", tags: ["ready"]);
        return services;
    }

}
