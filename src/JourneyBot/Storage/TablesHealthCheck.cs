using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage;

/// <summary>
/// Ready when every table of <see cref="TableNames.All"/> exists and answers a one-row query (all at once), decided within
/// <see cref="StorageOptions.ReadinessTimeout"/> whatever storage does. Tables found missing (not created yet, or deleted)
/// are created here, so readiness comes back by itself as soon as storage does.
/// </summary>
public sealed class TablesHealthCheck(
    TableServiceClient service, TableNames tables, TablesInitializer initializer, IOptions<StorageOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = new CancellationTokenSource(options.Value.ReadinessTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            if (!initializer.TablesCreated)
            {
                await initializer.CreateAsync(linked.Token);
            }

            await QueryOneAsync(linked.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (StorageFaults.IsTableMissing(exception))
        {
            return await CreateMissingAsync(linked.Token, cancellationToken);
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            return HealthCheckResult.Unhealthy("Table Storage is not reachable.", exception);
        }
    }

    /// <summary>A table was deleted while the app ran: create every missing one now, then ask again.</summary>
    private async Task<HealthCheckResult> CreateMissingAsync(CancellationToken deadline, CancellationToken cancellationToken)
    {
        try
        {
            await initializer.CreateAsync(deadline);
            await QueryOneAsync(deadline);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The tables are missing and could not be created yet.", exception);
        }
    }

    /// <summary>
    /// One one-row query per table, side by side, so the check costs one round trip whatever the number of tables; a table
    /// another part of the app adds to <see cref="TableNames.All"/> is checked without a change here.
    /// </summary>
    private Task QueryOneAsync(CancellationToken cancellationToken)
    {
        var names = tables.All;
        var queries = new Task[names.Count];
        for (var index = 0; index < names.Count; index++)
        {
            queries[index] = QueryOneAsync(names[index], cancellationToken);
        }

        return Task.WhenAll(queries);
    }

    private async Task QueryOneAsync(string table, CancellationToken cancellationToken)
    {
        var query = service.GetTableClient(table).QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken);
        await foreach (var page in query.AsPages().WithCancellation(cancellationToken))
        {
            break;
        }
    }
}
