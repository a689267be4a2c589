using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// Removes the records of applied activities (<see cref="AppliedActivities"/>) older than
/// <see cref="StorageOptions.AppliedActivityLifetime"/>, once an hour: Teams redelivers an activity within minutes, so a
/// day's records are plenty, and the workshop partitions do not grow with every click. Any instance may run it; two at
/// once only delete the same rows.
/// </summary>
public sealed class AppliedActivityCleanup(
    TableServiceClient service, TableNames tables, IOptions<StorageOptions> options, TimeProvider time, ILogger<AppliedActivityCleanup> logger)
    : BackgroundService
{
    /// <summary>How often the records are swept.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private const int MaxBatchOperations = 100;

    /// <summary>Deletes every record applied before <paramref name="cutoff"/>; answers how many. Storage faults are the caller's.</summary>
    public async Task<int> RemoveOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var table = service.GetTableClient(tables.Workshops);
        // The records are few (one per change a day), so the age is compared here rather than in the filter.
        var filter = TableClient.CreateQueryFilter($"Kind eq {AppliedActivities.Kind}");
        var old = new List<TableEntity>();
        var columns = new[] { "PartitionKey", "RowKey", AppliedActivities.AppliedAtColumn };
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: columns, cancellationToken: cancellationToken).WithCancellation(cancellationToken))
        {
            if (entity.GetDateTimeOffset(AppliedActivities.AppliedAtColumn) is not { } appliedAt || appliedAt < cutoff)
            {
                old.Add(entity);
            }
        }

        // A batch is one partition and at most 100 operations; a row already gone (another instance swept it) is no error.
        foreach (var partition in old.GroupBy(entity => entity.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var batch in partition.Chunk(MaxBatchOperations))
            {
                try
                {
                    await table.SubmitTransactionAsync(batch.Select(entity => new TableTransactionAction(TableTransactionActionType.Delete, entity, ETag.All)), cancellationToken);
                }
                catch (TableTransactionFailedException exception) when (exception.Status == 404)
                {
                    foreach (var entity in batch)
                    {
                        await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
                    }
                }
            }
        }

        return old.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(Interval, time, stoppingToken);
            try
            {
                var removed = await RemoveOlderThanAsync(time.GetUtcNow() - options.Value.AppliedActivityLifetime, stoppingToken);
                Log.AppliedActivitiesRemoved(logger, removed);
            }
            catch (Exception exception) when (StorageFaults.IsFault(exception, stoppingToken))
            {
                // The next sweep takes them; nothing depends on their being gone.
                Log.AppliedActivitiesNotRemoved(logger, exception);
            }
        }
    }
}
