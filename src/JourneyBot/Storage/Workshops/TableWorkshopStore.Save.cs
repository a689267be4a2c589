using Azure;
using Azure.Data.Tables;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>Saving a command's changes: one entity group transaction to the workshop's partition.</summary>
public sealed partial class TableWorkshopStore
{
    /// <summary>A batch holds at most 100 operations (protocol.md).</summary>
    private const int MaxBatchOperations = 100;

    /// <summary>A batch request is at most 4 MiB; this leaves room for the multipart framing.</summary>
    private const long MaxBatchBytes = 3L * 1024 * 1024;

    /// <remarks>
    /// Added items are inserts (409 when the id is taken), so two people adding at once never conflict; updated and
    /// removed items, and the header, carry the ETag they were loaded with, so a concurrent change fails the whole
    /// batch with 412 instead of being overwritten. The domain's commands change a handful of entities; a change set
    /// beyond 100 operations (or 3 MiB) is split into several batches, header first, and is then no longer all or
    /// nothing: a later batch can fail after an earlier one was written.
    /// </remarks>
    public async Task<SaveResult> SaveAsync(LoadedWorkshop before, MapOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Succeeded || outcome.Changes.Count == 0)
        {
            return SaveResult.Saved;
        }

        var now = time.GetUtcNow();
        var map = outcome.Map;
        var writes = Coalesce(outcome.Changes)
            .OrderBy(change => change.Item == ItemKind.Header ? 0 : 1)
            .Select(change => new PlannedWrite(change, Action(before, map, change, now)))
            .ToList();
        return await SubmitAsync(map.Id, writes, cancellationToken);
    }

    private static TableTransactionAction Action(LoadedWorkshop before, JourneyMap map, MapChange change, DateTimeOffset now)
    {
        var partition = WorkshopKeys.Partition(map.Id);
        if (change.Item == ItemKind.Header)
        {
            return change.Change switch
            {
                ChangeKind.Added => new(TableTransactionActionType.Add, WorkshopEntities.Header(map, now)),
                ChangeKind.Updated => new(TableTransactionActionType.UpdateReplace, WorkshopEntities.Header(map, now), before.HeaderETag),
                _ => new(TableTransactionActionType.Delete, new TableEntity(partition, WorkshopKeys.HeaderRow), before.HeaderETag),
            };
        }

        // An item the load did not see (it cannot happen with the domain's commands) is written unconditionally.
        var etag = before.ItemETags.TryGetValue(new ItemKey(change.Item, change.Id), out var loaded) ? loaded : ETag.All;
        if (change.Change == ChangeKind.Removed)
        {
            return new(TableTransactionActionType.Delete, new TableEntity(partition, WorkshopKeys.ItemRow(change.Item, change.Id)), etag);
        }

        var item = map.Find(change.Item, change.Id)
            ?? throw new InvalidOperationException($"The outcome reports {change.Change} {change.Item} {change.Id}, but its map has no such item.");
        var entity = WorkshopEntities.Item(map.Id, change.Item, item, now);
        return change.Change == ChangeKind.Added
            ? new(TableTransactionActionType.Add, entity)
            : new(TableTransactionActionType.UpdateReplace, entity, etag);
    }

    /// <summary>One change per entity (a batch refuses two operations on one entity): added then updated is an add, added then removed nothing.</summary>
    private static List<MapChange> Coalesce(IReadOnlyList<MapChange> changes)
    {
        var byEntity = new Dictionary<(ItemKind, string), MapChange>();
        var order = new List<(ItemKind, string)>();
        foreach (var change in changes)
        {
            var key = (change.Item, change.Id);
            if (!byEntity.TryGetValue(key, out var earlier))
            {
                byEntity[key] = change;
                order.Add(key);
            }
            else if (earlier.Change == ChangeKind.Added && change.Change == ChangeKind.Removed)
            {
                byEntity.Remove(key);
            }
            else if (earlier.Change != ChangeKind.Added)
            {
                byEntity[key] = change;
            }
        }

        return [.. order.Where(byEntity.ContainsKey).Select(key => byEntity[key])];
    }

    private async Task<SaveResult> SubmitAsync(string workshopId, List<PlannedWrite> writes, CancellationToken cancellationToken)
    {
        var batches = Split(writes);
        if (batches.Count > 1)
        {
            LogSplit(logger, workshopId, writes.Count, batches.Count);
        }

        foreach (var batch in batches)
        {
            try
            {
                await Table.SubmitTransactionAsync(batch.Select(write => write.Action), cancellationToken);
            }
            catch (TableTransactionFailedException exception) when (exception.Status is 404 or 409 or 412 && exception.ErrorCode != "TableNotFound")
            {
                var refused = exception.FailedTransactionActionIndex is { } index && index >= 0 && index < batch.Count ? batch[index].Change : null;
                var status = exception.Status == 409 ? SaveStatus.IdTaken : SaveStatus.Conflict;
                LogRefused(logger, workshopId, status, exception.Status, refused?.Item, refused?.Id);
                return new SaveResult { Status = status, Refused = refused };
            }
        }

        return SaveResult.Saved;
    }

    private static List<List<PlannedWrite>> Split(List<PlannedWrite> writes)
    {
        var batches = new List<List<PlannedWrite>> { new() };
        long bytes = 0;
        foreach (var write in writes)
        {
            var size = WorkshopEntities.EstimatedRequestBytes((TableEntity)write.Action.Entity);
            if (batches[^1].Count == MaxBatchOperations || (batches[^1].Count > 0 && bytes + size > MaxBatchBytes))
            {
                batches.Add([]);
                bytes = 0;
            }

            batches[^1].Add(write);
            bytes += size;
        }

        return batches;
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: storage refused the save ({Status}, HTTP {HttpStatus}) at {Kind} {ItemId}")]
    private static partial void LogRefused(ILogger logger, string workshopId, SaveStatus status, int httpStatus, ItemKind? kind, string? itemId);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: {Count} changes exceed one batch; written in {Batches} batches, not atomically")]
    private static partial void LogSplit(ILogger logger, string workshopId, int count, int batches);

    /// <summary>A change and the batch operation that writes it, kept together to name the change a failed batch refers to.</summary>
    private sealed record PlannedWrite(MapChange Change, TableTransactionAction Action);
}
