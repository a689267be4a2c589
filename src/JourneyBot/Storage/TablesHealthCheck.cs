using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JourneyBot.Storage;

/// <summary>Ready when the tables exist and Table Storage answers a one-row query.</summary>
public sealed class TablesHealthCheck(TableServiceClient service, TableNames tables, TablesInitializer initializer) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!initializer.TablesCreated)
        {
            return HealthCheckResult.Unhealthy("The tables have not been created yet.");
        }

        try
        {
            var query = service.GetTableClient(tables.Conversations).QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken);
            await foreach (var page in query.AsPages().WithCancellation(cancellationToken))
            {
                break;
            }

            return HealthCheckResult.Healthy();
        }
#pragma warning disable CA1031 // Any storage fault means "not ready"; the reason goes to the health report.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Table Storage is not reachable.", exception);
        }
    }
}
