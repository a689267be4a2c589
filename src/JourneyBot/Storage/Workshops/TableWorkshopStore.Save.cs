using Azure;
using Azure.Data.Tables;
using JourneyBot.Storage.Partitions;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>Saving a command's changes: one entity group transaction to the workshop's partition (see <see cref="SaveAsync"/> beyond 100).</summary>
public sealed partial class TableWorkshopStore
{
    /// <summary>A batch holds at most 100 operations (docs/protocol.md, Azure Table Storage).</summary>
    private const int MaxBatchOperations = 100;

    /// <summary>A batch request is at most 4 MiB; this leaves room for the multipart framing.</summary>
    private const long MaxBatchBytes = 3L * 1024 * 1024;

    /// <remarks>
    /// Added items are inserts (409 when the id is taken), so two people adding at once never conflict; updated and
    /// removed items, and the header, carry the ETag they were loaded with, so a concurrent change fails the whole
    /// batch with 412 instead of being overwritten. A batch holds 100 operations (or about 3 MiB); the domain's commands
    /// fit in one, except a removal that takes many dependents with it (a stage with over 100 touchpoints). Such a
    /// save is written as: first, batches of only the dependents' deletions (every removal but the command's own
    /// item, the first removal it reports), unconditional and skipping rows already gone; last, one batch of
    /// everything else, ETag-checked as above. If that last batch fails, the result is a conflict and the only rows
    /// written are dependents the command removes anyway: the item itself still stands, so the command run again on a
    /// fresh load removes it and whatever dependents remain. Only <see cref="CreateAsync"/> of a map of more than 100
    /// entities writes batches that are not all or nothing (all inserts, header first).
    /// </remarks>
    public Task<SaveResult> SaveAsync(LoadedWorkshop before, MapOutcome outcome, CancellationToken cancellationToken) =>
        SaveAsync(before, outcome, activityId: null, cancellationToken);

    /// <summary>
    /// Like <see cref="SaveAsync(LoadedWorkshop, MapOutcome, CancellationToken)"/>, recording <paramref name="activityId"/>
    /// as applied in the batch that decides (<see cref="AppliedActivities"/>): <see cref="SaveStatus.AlreadyApplied"/>,
    /// having written nothing, when it was recorded before.
    /// </summary>
    private async Task<SaveResult> SaveAsync(LoadedWorkshop before, MapOutcome outcome, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Succeeded || outcome.Changes.Count == 0)
        {
            return SaveResult.Saved;
        }

        var now = time.GetUtcNow();
        var map = outcome.Map;
        var changes = Coalesce(outcome.Changes);
        var primary = changes.FirstOrDefault(change => change.Change == ChangeKind.Removed);
        // A dependent the load did not see has no row to delete; a batch deleting a missing row would fail with 404.
        var writes = changes
            .Where(change => change == primary || change.Change != ChangeKind.Removed || before.ItemETags.ContainsKey(new ItemKey(change.Item, change.Id)))
            .OrderBy(change => change.Item == ItemKind.Header ? 0 : 1)
            .Select(change => new PlannedWrite(change, Action(before, map, change, now), IsDependent: change.Change == ChangeKind.Removed && change != primary))
            .ToList();
        if (activityId is not null)
        {
            // First in the batch that decides: a redelivery fails right there, whatever else it would conflict on.
            writes.Insert(0, Applied(map.Id, activityId, now));
        }

        return await SubmitAsync(map.Id, writes, cancellationToken);
    }

    private static TableTransactionAction Action(LoadedWorkshop before, JourneyMap map, MapChange change, DateTimeOffset now)
    {
        var partition = WorkshopKeys.Partition(map.Id);
        if (change.Item == ItemKind.Header)
        {
            return change.Change switch
            {
                ChangeKind.Added => new(TableTransactionActionType.Add, WorkshopEntities.Header(map, before.Owner, now)),
                ChangeKind.Updated => new(TableTransactionActionType.UpdateReplace, WorkshopEntities.Header(map, before.Owner, now), before.HeaderETag),
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
        try
        {
            return await SubmitBatchesAsync(workshopId, writes, cancellationToken);
        }
        finally
        {
            // Written, refused or unknown (a timeout): either way a load begun before now may not show the workshop as it is.
            recent.Saved(workshopId);
        }
    }

    private async Task<SaveResult> SubmitBatchesAsync(string workshopId, List<PlannedWrite> writes, CancellationToken cancellationToken)
    {
        var (dependents, checkedBatches) = Plan(writes);
        if (dependents.Count + checkedBatches.Count > 1)
        {
            Log.SaveSplit(logger, workshopId, writes.Count, dependents.Count + checkedBatches.Count);
        }

        foreach (var batch in dependents)
        {
            await DeleteDependentsAsync(workshopId, batch, cancellationToken);
        }

        foreach (var batch in checkedBatches)
        {
            try
            {
                await SubmitBatchAsync(batch, cancellationToken);
            }
            catch (PartitionWriteFailedException exception) when (exception.Status is 404 or 409 or 412 && !StorageFaults.IsTableMissing(exception))
            {
                var failed = exception.FailedActionIndex is { } index && index >= 0 && index < batch.Count ? batch[index] : null;
                if (failed is { IsApplied: true } && exception.Status == 409)
                {
                    Log.AlreadyApplied(logger, workshopId);
                    return new SaveResult { Status = SaveStatus.AlreadyApplied };
                }

                var refused = failed?.Change;
                var status = exception.Status == 409 ? SaveStatus.IdTaken : SaveStatus.Conflict;
                Log.SaveRefused(logger, workshopId, status, exception.Status, refused?.Item, refused?.Id);
                return new SaveResult { Status = status, Refused = refused };
            }
        }

        return SaveResult.Saved;
    }

    /// <summary>
    /// One batch when everything fits; otherwise the dependents' deletions first (unconditional) and the rest in one
    /// ETag-checked batch. Only when the rest alone does not fit (a large <see cref="CreateAsync"/>) is it split further.
    /// </summary>
    private static (List<List<PlannedWrite>> Dependents, List<List<PlannedWrite>> Checked) Plan(List<PlannedWrite> writes)
    {
        var all = Split(writes);
        var rest = writes.Where(write => !write.IsDependent).ToList();
        if (all.Count == 1 || rest.Count == writes.Count)
        {
            return ([], all);
        }

        // Deleted unconditionally: a dependent edited since the load goes anyway, as it would on the rerun after a conflict.
        var dependents = writes
            .Where(write => write.IsDependent)
            .Select(write => write with { Action = new TableTransactionAction(TableTransactionActionType.Delete, write.Action.Entity, ETag.All) })
            .ToList();
        return (Split(dependents), Split(rest));
    }

    /// <summary>Deletes a batch of dependents; if one is already gone (404 fails the batch), deletes them one by one, where a missing row is no error.</summary>
    private async Task DeleteDependentsAsync(string workshopId, List<PlannedWrite> batch, CancellationToken cancellationToken)
    {
        try
        {
            await SubmitBatchAsync(batch, cancellationToken);
        }
        catch (PartitionWriteFailedException exception) when (exception.Status == 404 && !StorageFaults.IsTableMissing(exception))
        {
            Log.DependentGone(logger, workshopId, batch.Count);
            foreach (var write in batch)
            {
                await Table.DeleteEntityAsync(write.Action.Entity.PartitionKey, write.Action.Entity.RowKey, ETag.All, cancellationToken);
            }
        }
    }

    /// <summary>One batch, all or nothing; the table created again first if it went missing (<see cref="MissingTables"/>).</summary>
    private async Task SubmitBatchAsync(List<PlannedWrite> batch, CancellationToken cancellationToken)
    {
        var table = Table;
        await table.RetryOnceAsync(token => partitions.SubmitAsync(tables.Workshops, [.. batch.Select(write => write.Action)], token), cancellationToken);
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

    /// <summary>The insert that records <paramref name="activityId"/> as applied to the workshop.</summary>
    private static PlannedWrite Applied(string workshopId, string activityId, DateTimeOffset now) =>
        new(null, new TableTransactionAction(TableTransactionActionType.Add, AppliedActivities.Entity(workshopId, activityId, now)), IsApplied: true);

    /// <summary>A change and the batch operation that writes it, kept together to name the change a failed batch refers to.</summary>
    /// <param name="Change">The map's change; null for the record of an applied activity.</param>
    /// <param name="IsDependent">A removal other than the command's own item: safe to write ahead of the rest.</param>
    /// <param name="IsApplied">The record of the activity that made the change (<see cref="AppliedActivities"/>).</param>
    private sealed record PlannedWrite(MapChange? Change, TableTransactionAction Action, bool IsDependent = false, bool IsApplied = false);
}
