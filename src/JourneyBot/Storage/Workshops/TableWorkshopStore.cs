using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// Workshops in the Workshops table: PartitionKey = workshop id, RowKey "header" for the header and "{kind}|{id}" per
/// item (keys escaped), each holding its JSON. Loading is one partition query; saving is one batch (see
/// <see cref="SaveAsync"/>).
/// </summary>
public sealed partial class TableWorkshopStore(TableServiceClient service, TableNames tables, TimeProvider time, ILogger<TableWorkshopStore> logger)
    : IWorkshopStore
{
    private TableClient Table => service.GetTableClient(tables.Workshops);

    public async Task<SaveResult> CreateAsync(WorkshopOwner owner, JourneyMap map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(map);
        var now = time.GetUtcNow();
        var writes = new List<PlannedWrite> { new(new MapChange(ItemKind.Header, map.Id, ChangeKind.Added), new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.Header(map, owner, now))) };
        foreach (var (kind, item) in ItemsOf(map))
        {
            writes.Add(new(new MapChange(kind, item.Id, ChangeKind.Added), new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.Item(map.Id, kind, item, now))));
        }

        try
        {
            return await SubmitAsync(map.Id, writes, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == "TableNotFound")
        {
            // A turn that arrives before start-up created the table (or after someone deleted it) must not lose the workshop.
            await Table.CreateIfNotExistsAsync(cancellationToken);
            return await SubmitAsync(map.Id, writes, cancellationToken);
        }
    }

    public Task<LoadedWorkshop?> LoadAsync(WorkshopOwner owner, string workshopId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return LoadAsync(workshopId, owner, cancellationToken);
    }

    public Task<LoadedWorkshop?> LoadSharedAsync(string workshopId, CancellationToken cancellationToken) =>
        LoadAsync(workshopId, owner: null, cancellationToken);

    public async Task<JourneyMap?> LoadSharedHeaderAsync(string workshopId, CancellationToken cancellationToken)
    {
        try
        {
            var header = await Table.GetEntityIfExistsAsync<TableEntity>(WorkshopKeys.Partition(workshopId), WorkshopKeys.HeaderRow, cancellationToken: cancellationToken);
            return header.HasValue && header.Value is { } entity ? WorkshopEntities.ReadHeader(entity) : null;
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == "TableNotFound")
        {
            return null;
        }
        catch (JsonException exception)
        {
            Log.CorruptHeader(logger, exception, workshopId);
            return null;
        }
    }

    /// <summary>The workshop; with an <paramref name="owner"/>, only when it is theirs.</summary>
    private async Task<LoadedWorkshop?> LoadAsync(string workshopId, WorkshopOwner? owner, CancellationToken cancellationToken)
    {
        var partition = WorkshopKeys.Partition(workshopId);
        TableEntity? header = null;
        var items = new List<TableEntity>();
        try
        {
            // One query; Table Storage pages at 1,000 entities, so a large workshop takes a page per thousand.
            var query = Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), cancellationToken: cancellationToken);
            await foreach (var entity in query.WithCancellation(cancellationToken))
            {
                if (entity.RowKey == WorkshopKeys.HeaderRow)
                {
                    header = entity;
                }
                else
                {
                    items.Add(entity);
                }
            }
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == "TableNotFound")
        {
            return null;
        }

        if (header is null)
        {
            return null;
        }

        if (WorkshopEntities.ReadOwner(header) is not { } stored)
        {
            return null;
        }

        if (owner is not null && !stored.Owns(owner))
        {
            // Someone named a workshop id from another tenant or conversation: to them it does not exist.
            Log.NotOwner(logger, workshopId, owner.Conversation);
            return null;
        }

        try
        {
            return Assemble(workshopId, stored, header, items);
        }
        catch (JsonException exception)
        {
            // Without its header there is no workshop to show; to the conversation it is gone (the rows stay for repair).
            Log.CorruptHeader(logger, exception, workshopId);
            return null;
        }
    }

    /// <summary>The workshop from its rows; items that do not read are skipped, a header that does not read is a JsonException.</summary>
    private LoadedWorkshop Assemble(string workshopId, WorkshopOwner owner, TableEntity header, List<TableEntity> entities)
    {
        var etags = new Dictionary<ItemKey, ETag>();
        var items = new List<(ItemKindDeclaration Declaration, IContribution Item)>();
        foreach (var entity in entities)
        {
            if (WorkshopKeys.ParseItemRow(entity.RowKey) is not { } key)
            {
                // Written by a newer version of the app during a rolling deployment: keep it, do not fail the turn.
                Log.UnknownRow(logger, workshopId, entity.RowKey);
                continue;
            }

            IContribution item;
            try
            {
                item = WorkshopEntities.ReadItem(key.Declaration, entity);
            }
            catch (JsonException exception)
            {
                // One bad row (a manual edit, a bug) must not make the whole workshop unloadable on every turn.
                Log.CorruptRow(logger, exception, workshopId, entity.RowKey);
                continue;
            }

            items.Add((key.Declaration, item));
            etags[new ItemKey(key.Declaration.Kind, item.Id)] = entity.ETag;
        }

        // Every declared kind gets its list, in the order the items were added (rows come back in key order, which is not that).
        var byKind = items.ToLookup(entry => entry.Declaration, entry => entry.Item);
        var map = ItemKinds.All.Aggregate(
            WorkshopEntities.ReadHeader(header),
            (assembled, declaration) => declaration.WithItems(
                assembled,
                byKind[declaration].OrderBy(item => item.CreatedAt).ThenBy(item => item.Id, StringComparer.Ordinal)));
        return new LoadedWorkshop { Map = map, Owner = owner, HeaderETag = header.ETag, ItemETags = etags };
    }

    /// <summary>Every item of the map with its kind, kind by kind in <see cref="ItemKinds.All"/> order.</summary>
    private static IEnumerable<(ItemKind Kind, IContribution Item)> ItemsOf(JourneyMap map) =>
        ItemKinds.All.SelectMany(declaration => declaration.ItemsIn(map).Select(item => (declaration.Kind, item)));
}
