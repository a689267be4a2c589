using System.Runtime.InteropServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using JourneyBot.Storage.Partitions;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// Workshops in the Workshops table: PartitionKey = workshop id, RowKey "header" for the header and "{kind}|{id}" per
/// item (keys escaped), each holding its JSON. Loading is one partition query; saving is one batch (see
/// <see cref="SaveAsync"/>).
/// </summary>
public sealed partial class TableWorkshopStore(
    TableServiceClient service, PartitionClient partitions, TableNames tables, RecentLoads recent, DecodedRows decoded, TimeProvider time, ILogger<TableWorkshopStore> logger)
    : IWorkshopStore
{
    private TableClient Table => service.GetTableClient(tables.Workshops);

    public Task<SaveResult> CreateAsync(WorkshopOwner owner, JourneyMap map, CancellationToken cancellationToken) =>
        CreateAsync(owner, map, activityId: null, cancellationToken);

    public async Task<SaveResult> CreateAsync(WorkshopOwner owner, JourneyMap map, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(map);
        var now = time.GetUtcNow();
        var writes = new List<PlannedWrite> { new(new MapChange(ItemKind.Header, map.Id, ChangeKind.Added), new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.Header(map, owner, now))) };
        if (activityId is not null)
        {
            writes.Add(Applied(map.Id, activityId, now));
        }

        foreach (var (kind, item) in ItemsOf(map))
        {
            writes.Add(new(new MapChange(kind, item.Id, ChangeKind.Added), new TableTransactionAction(TableTransactionActionType.Add, WorkshopEntities.Item(map.Id, kind, item, now))));
        }

        // Either way the workshop is there already: the same start (or its redelivery) carries on with it.
        var saved = await SubmitAsync(map.Id, writes, cancellationToken);
        if (saved.Status == SaveStatus.Saved)
        {
            // Just written whole, after the save was noted: a board redraw can draw it without reading it back.
            recent.Loaded(recent.Begin(), map, owner);
        }

        return saved.Status == SaveStatus.AlreadyApplied ? saved with { Status = SaveStatus.IdTaken } : saved;
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
            var table = Table;
            var header = await table.RetryOnceAsync(
                token => table.GetEntityIfExistsAsync<TableEntity>(WorkshopKeys.Partition(workshopId), WorkshopKeys.HeaderRow, cancellationToken: token), cancellationToken);
            return header.HasValue && header.Value is { } entity ? WorkshopEntities.ReadHeader(entity) : null;
        }
        catch (JsonException exception)
        {
            Log.CorruptHeader(logger, exception, workshopId);
            return null;
        }
    }

    /// <summary>The workshop; with an <paramref name="owner"/>, only when it is theirs.</summary>
    private async Task<LoadedWorkshop?> LoadAsync(string workshopId, WorkshopOwner? owner, CancellationToken cancellationToken) =>
        (await LoadAsync(workshopId, owner, activityId: null, cancellationToken)).Loaded;

    /// <summary>
    /// The workshop, and in the same query whether <paramref name="activityId"/> was applied to it already (its record,
    /// <see cref="AppliedActivities"/>); with an <paramref name="owner"/>, only when it is theirs.
    /// </summary>
    private async Task<(LoadedWorkshop? Loaded, bool Applied)> LoadAsync(string workshopId, WorkshopOwner? owner, string? activityId, CancellationToken cancellationToken)
    {
        var partition = WorkshopKeys.Partition(workshopId);
        var appliedRow = activityId is null ? null : AppliedActivities.Row(activityId);
        TableEntity? header = null;
        var applied = false;
        var items = new List<TableEntity>();
        var table = Table;
        var began = recent.Begin();
        await table.RetryOnceAsync(async token =>
        {
            header = null;
            applied = false;
            items.Clear();

            // One query; Table Storage pages at 1,000 entities, so a large workshop takes a page per thousand. The records of
            // applied activities (keys from "~applied|" on) are not the map's and stay on the server, but this activity's own.
            var filter = appliedRow is null
                ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {AppliedActivities.RowPrefix}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and (RowKey lt {AppliedActivities.RowPrefix} or RowKey eq {appliedRow})");
            foreach (var entity in await partitions.QueryAsync(tables.Workshops, filter, WorkshopEntities.IsJsonColumn, token))
            {
                if (entity.RowKey == appliedRow)
                {
                    applied = true;
                }
                else if (entity.RowKey == WorkshopKeys.HeaderRow)
                {
                    header = entity;
                }
                else
                {
                    items.Add(entity);
                }
            }
        }, cancellationToken);

        if (header is null)
        {
            return (null, false);
        }

        if (WorkshopEntities.ReadOwner(header) is not { } stored)
        {
            return (null, false);
        }

        if (owner is not null && !stored.Owns(owner))
        {
            // Someone named a workshop id from another tenant or conversation: to them it does not exist.
            Log.NotOwner(logger, workshopId, owner.Conversation);
            return (null, false);
        }

        try
        {
            var loaded = Assemble(workshopId, stored, header, items);
            recent.Loaded(began, loaded.Map, loaded.Owner);
            return (loaded, applied);
        }
        catch (JsonException exception)
        {
            // Without its header there is no workshop to show; to the conversation it is gone (the rows stay for repair).
            Log.CorruptHeader(logger, exception, workshopId);
            return (null, false);
        }
    }

    /// <summary>The workshop from its rows; items that do not read are skipped, a header that does not read is a JsonException.</summary>
    private LoadedWorkshop Assemble(string workshopId, WorkshopOwner owner, TableEntity header, List<TableEntity> entities)
    {
        var etags = new Dictionary<ItemKey, ETag>();
        var byKind = new Dictionary<ItemKindDeclaration, List<IContribution>>();
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
                item = decoded.GetOrDecode(entity, key.Declaration, static (declaration, row) => WorkshopEntities.ReadItem(declaration, row));
            }
            catch (JsonException exception)
            {
                // One bad row (a manual edit, a bug) must not make the whole workshop unloadable on every turn.
                Log.CorruptRow(logger, exception, workshopId, entity.RowKey);
                continue;
            }

            (CollectionsMarshal.GetValueRefOrAddDefault(byKind, key.Declaration, out _) ??= []).Add(item);
            etags[new ItemKey(key.Declaration.Kind, item.Id)] = entity.ETag;
        }

        // Each kind's items in the order they were added (rows come back in key order, which is not that); a kind with no
        // rows keeps the header's empty list.
        var map = decoded.GetOrDecode(header, WorkshopEntities.ReadHeader);
        foreach (var (declaration, items) in byKind)
        {
            items.Sort(InOrderAdded);
            map = declaration.WithItems(map, items);
        }

        return new LoadedWorkshop { Map = map, Owner = owner, HeaderETag = header.ETag, ItemETags = etags };
    }

    private static int InOrderAdded(IContribution first, IContribution second) =>
        first.CreatedAt != second.CreatedAt ? first.CreatedAt.CompareTo(second.CreatedAt) : string.CompareOrdinal(first.Id, second.Id);

    /// <summary>Every item of the map with its kind, kind by kind in <see cref="ItemKinds.All"/> order.</summary>
    private static IEnumerable<(ItemKind Kind, IContribution Item)> ItemsOf(JourneyMap map) =>
        ItemKinds.All.SelectMany(declaration => declaration.ItemsIn(map).Select(item => (declaration.Kind, item)));
}
