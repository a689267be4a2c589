using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using JourneyBot.Storage.Partitions;

namespace JourneyBot.Storage;

/// <summary>
/// The two clients of the configured account, sharing one set of client options and one credential: the Table SDK's
/// <see cref="TableServiceClient"/> and the turn's own <see cref="PartitionClient"/>.
/// </summary>
public sealed record TableAccess(TableServiceClient Service, PartitionClient Partitions)
{
    /// <summary>How many times a client tries a request again after the first try.</summary>
    private const int ClientRetries = 2;

    /// <summary>The longest pause between a client's tries.</summary>
    private static readonly TimeSpan ClientMaxDelay = TimeSpan.FromMilliseconds(500);

    public static TableAccess Create(StorageOptions options, TimeProvider wallClock)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = ClientOptions(options);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return FromConnectionString(options.ConnectionString, clientOptions, wallClock);
        }

        var endpoint = options.TableServiceUri ?? throw new InvalidOperationException("Table Storage is not configured.");
        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableAccess(
            new TableServiceClient(endpoint, credential, clientOptions),
            PartitionClient.FromCredential(endpoint, credential, clientOptions, wallClock));
    }

    /// <summary>Both clients of the account <paramref name="connectionString"/> names, with <paramref name="clientOptions"/>.</summary>
    public static TableAccess FromConnectionString(string connectionString, TableClientOptions clientOptions, TimeProvider wallClock)
    {
        var service = new TableServiceClient(connectionString, clientOptions);
        return new(service, PartitionClient.FromConnectionString(connectionString, service, clientOptions, wallClock));
    }

    private static TableClientOptions ClientOptions(StorageOptions options)
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
        return clientOptions;
    }

    /// <summary>The per-try network timeout: all tries and pauses of one request fit in <paramref name="turnDeadline"/>.</summary>
    internal static TimeSpan NetworkTimeout(TimeSpan turnDeadline) =>
        TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(500).Ticks, (turnDeadline - (ClientMaxDelay * ClientRetries)).Ticks / (ClientRetries + 1)));
}
