using System.Text.Json;
using Azure.Data.Tables;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Versions;

/// <summary>
/// Versions in the MapVersions table (<see cref="MapVersionEntities"/>): saving is one batch of upserts (idempotent),
/// listing one query of the first rows' summary columns, loading one range query of one version's rows.
/// </summary>
public sealed class TableMapVersionStore(TableServiceClient service, TableNames tables, ILogger<TableMapVersionStore> logger)
    : IMapVersionStore
{
    /// <summary>An entity group transaction carries at most 4 MiB; the rows of one version must fit in one, base64 and all.</summary>
    private const int MaxCompressedBytes = 2_500_000;

    private TableClient Table => service.GetTableClient(tables.MapVersions);

    public async Task SaveAsync(WorkshopOwner owner, MapVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(version);
        // Serializing and compressing a whole map is the one heavy part of saving a version: on the thread pool, not on the
        // socket thread the turn may run on (inline scheduling, Hosting/JourneyBotExtensions).
        var compressed = await Task.Run(() => MapVersionJson.Compress(version), cancellationToken);
        if (compressed.Length > MaxCompressedBytes)
        {
            throw new InvalidOperationException($"Version {version.Number} of {version.Map.Id} is {compressed.Length} bytes compressed; at most {MaxCompressedBytes} fit one batch.");
        }

        // Upserts in one batch: all rows or none, and a redelivered finish writes the same rows again instead of a second version.
        var actions = MapVersionEntities.Rows(owner, version, compressed)
            .Select(entity => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity))
            .ToList();
        var table = Table;
        await table.RetryOnceAsync(token => table.SubmitTransactionAsync(actions, token), cancellationToken);
    }

    public async Task<IReadOnlyList<MapVersionSummary>> ListAsync(WorkshopOwner owner, string workshopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var partition = MapVersionEntities.Partition(workshopId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Kind eq {MapVersionEntities.VersionKind}");
        var summaries = new List<MapVersionSummary>();
        var table = Table;
        await table.RetryOnceAsync(async token =>
        {
            summaries.Clear();
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: MapVersionEntities.SummaryColumns, cancellationToken: token).WithCancellation(token))
            {
                if (!MapVersionEntities.OwnedBy(entity, owner))
                {
                    return;
                }

                summaries.Add(MapVersionEntities.Summary(entity));
            }
        }, cancellationToken);
        return summaries.Count > 0 && summaries.All(summary => summary.Number > 0) ? summaries : [];
    }

    public async Task<MapVersion?> LoadAsync(WorkshopOwner owner, string workshopId, int number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (number < 1)
        {
            return null;
        }

        var partition = MapVersionEntities.Partition(workshopId);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {MapVersionEntities.FirstRow(number)} and RowKey lt {MapVersionEntities.AfterRows(number)}");
        var rows = new List<TableEntity>();
        var table = Table;
        await table.RetryOnceAsync(async token =>
        {
            rows.Clear();
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: token).WithCancellation(token))
            {
                rows.Add(entity);
            }
        }, cancellationToken);

        if (rows.Count == 0 || rows[0].RowKey != MapVersionEntities.FirstRow(number) || !MapVersionEntities.OwnedBy(rows[0], owner))
        {
            return null;
        }

        try
        {
            // Decompressed and read on the thread pool, not on the socket thread the query's answer continues on (see SaveAsync).
            if (MapVersionEntities.Data(rows) is { } data && await Task.Run(() => MapVersionJson.Decompress(data), cancellationToken) is { } version
                && version.Map.Id == workshopId)
            {
                return version;
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidDataException)
        {
            Log.CorruptVersion(logger, exception, workshopId, number);
            return null;
        }

        Log.CorruptVersion(logger, null, workshopId, number);
        return null;
    }
}
