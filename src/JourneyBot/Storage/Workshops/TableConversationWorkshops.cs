using Azure;
using Azure.Data.Tables;
using JourneyBot.Storage.Partitions;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// The ConversationWorkshops table: PartitionKey = "{tenant}|{conversation}" (escaped), one row per workshop with
/// RowKey = inverted creation ticks then the workshop id, so a partition query lists the newest first; column Active.
/// Changing which one is active is one query and one batch in that partition.
/// </summary>
public sealed class TableConversationWorkshops(TableServiceClient service, PartitionClient partitions, TableNames tables, ILogger<TableConversationWorkshops> logger)
    : IConversationWorkshops
{
    /// <summary>Two starts in one conversation at the same moment are rare; a few tries settle them.</summary>
    private const int MaxAttempts = 3;

    /// <summary>
    /// Recording a board gives way only to a later board, and each writer succeeds at most once, so the latest of n boards
    /// recorded at once conflicts at most n - 1 times: enough tries for a busy workshop's typed commands.
    /// </summary>
    private const int BoardMaxAttempts = 8;

    /// <summary>
    /// The live board message's columns (<see cref="BoardMessage"/>), written by <see cref="RecordBoardAsync"/>, and with the
    /// row by <see cref="SetActiveAsync"/> for a workshop just created.
    /// </summary>
    private const string BoardConversationColumn = "BoardConversationId";

    private const string BoardMessageColumn = "BoardMessageId";
    private const string BoardPostedAtColumn = "BoardPostedAt";

    private TableClient Table => service.GetTableClient(tables.ConversationWorkshops);

    public Task<bool> SetActiveAsync(string? tenantId, string conversationId, ConversationWorkshop workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var row = ToEntity(tenantId, conversationId, workshop with { Active = true });
        return ChangeActiveAsync(tenantId, conversationId, row, cancellationToken);
    }

    public Task<bool> DeactivateAsync(string? tenantId, string conversationId, CancellationToken cancellationToken) =>
        ChangeActiveAsync(tenantId, conversationId, active: null, cancellationToken);

    public async Task<ConversationWorkshop?> FindActiveAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        // Should two starts ever both end active, the newest (listed first) is the one.
        var active = await QueryAsync(tenantId, conversationId, activeOnly: true, cancellationToken);
        return active.Count == 0 ? null : FromEntity(active[0]);
    }

    public async Task<IReadOnlyList<ConversationWorkshop>> ListAsync(string? tenantId, string conversationId, CancellationToken cancellationToken) =>
        [.. (await QueryAsync(tenantId, conversationId, activeOnly: false, cancellationToken)).Select(FromEntity)];

    public async Task<BoardReplacement> RecordBoardAsync(
        string? tenantId, string conversationId, string workshopId, DateTimeOffset createdAt, BoardMessage board, ConversationWorkshop? listed,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        var partition = WorkshopKeys.ConversationPartition(tenantId, conversationId);
        var row = WorkshopKeys.ConversationWorkshopRow(createdAt, workshopId);
        // The turn's own read of the row, when it has one, stands in for the first read: a change since fails the merge (412).
        var known = listed is not null && listed.ETag != default && listed.WorkshopId == workshopId && listed.CreatedAt == createdAt ? listed : null;
        for (var attempt = 1; ; attempt++)
        {
            ETag entityETag;
            BoardMessage? previous;
            if (attempt == 1 && known is not null)
            {
                (entityETag, previous) = (known.ETag, known.Board);
            }
            else
            {
                var table = Table;
                var read = await table.RetryOnceAsync(token => table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: token), cancellationToken);
                if (!read.HasValue || read.Value is not { } entity)
                {
                    return new BoardReplacement(BoardRecord.NotIndexed);
                }

                (entityETag, previous) = (entity.ETag, BoardOf(entity));
            }

            if (previous is not null && (previous.PostedAt > board.PostedAt || previous.ActivityId == board.ActivityId && previous.ConversationId == board.ConversationId))
            {
                return new BoardReplacement(BoardRecord.Older);
            }

            var change = new TableEntity(partition, row)
            {
                [BoardConversationColumn] = board.ConversationId,
                [BoardMessageColumn] = board.ActivityId,
                [BoardPostedAtColumn] = board.PostedAt,
            };
            try
            {
                await Table.UpdateEntityAsync(change, entityETag, TableUpdateMode.Merge, cancellationToken);
                return new BoardReplacement(BoardRecord.Recorded, previous);
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 412 && exception.ErrorCode != "TableNotFound")
            {
                if (attempt == BoardMaxAttempts)
                {
                    Log.IndexGaveUp(logger, conversationId, attempt);
                    return new BoardReplacement(BoardRecord.GaveUp);
                }

                Log.IndexConflict(logger, conversationId, attempt);
            }

            if (attempt == 1 && known is not null)
            {
                // The row the turn read had changed since: read it now, no other writer to step aside for.
                continue;
            }

            await ConflictPause.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Writes <paramref name="active"/> (if any) and turns every other active row off, ETag-checked, in one batch; on a
    /// conflict, after a short random pause, reads and tries again. False after <see cref="MaxAttempts"/> conflicts.
    /// </summary>
    private async Task<bool> ChangeActiveAsync(string? tenantId, string conversationId, TableEntity? active, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var actions = new List<TableTransactionAction>();
            if (active is not null)
            {
                // Merge, not replace: the row's live board (written by RecordBoardAsync) stays when it is renamed or resumed.
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertMerge, active));
            }

            foreach (var other in await QueryAsync(tenantId, conversationId, activeOnly: true, cancellationToken))
            {
                if (other.RowKey != active?.RowKey)
                {
                    actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge, new TableEntity(other.PartitionKey, other.RowKey) { ["Active"] = false }, other.ETag));
                }
            }

            if (actions.Count == 0)
            {
                return true;
            }

            try
            {
                await SubmitAsync(actions, cancellationToken);
                return true;
            }
            catch (PartitionWriteFailedException exception) when (exception.Status is 404 or 412 && exception.ErrorCode != "TableNotFound")
            {
                if (attempt == MaxAttempts)
                {
                    Log.IndexGaveUp(logger, conversationId, attempt);
                    return false;
                }

                Log.IndexConflict(logger, conversationId, attempt);
            }

            await ConflictPause.WaitAsync(cancellationToken);
        }
    }

    private async Task SubmitAsync(List<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        // A turn that arrives before start-up created the table (or after it was deleted) must not lose the workshop.
        var table = Table;
        await table.RetryOnceAsync(token => partitions.SubmitAsync(tables.ConversationWorkshops, actions, token), cancellationToken);
    }

    private async Task<List<TableEntity>> QueryAsync(string? tenantId, string conversationId, bool activeOnly, CancellationToken cancellationToken)
    {
        var partition = WorkshopKeys.ConversationPartition(tenantId, conversationId);
        var filter = activeOnly
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and Active eq {true}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var table = Table;
        var rows = await table.RetryOnceAsync(token => partitions.QueryAsync(tables.ConversationWorkshops, filter, token), cancellationToken);

        // Rows come back in RowKey order already; sorting again keeps "newest first" true whatever the server does.
        rows.Sort((left, right) => string.CompareOrdinal(left.RowKey, right.RowKey));
        return rows;
    }

    private static TableEntity ToEntity(string? tenantId, string conversationId, ConversationWorkshop workshop)
    {
        var entity = new TableEntity(WorkshopKeys.ConversationPartition(tenantId, conversationId), WorkshopKeys.ConversationWorkshopRow(workshop.CreatedAt, workshop.WorkshopId))
        {
            ["WorkshopId"] = workshop.WorkshopId,
            ["Name"] = workshop.Name,
            ["CreatedAt"] = workshop.CreatedAt,
            ["Active"] = workshop.Active,
        };
        if (workshop.Board is { } board)
        {
            entity[BoardConversationColumn] = board.ConversationId;
            entity[BoardMessageColumn] = board.ActivityId;
            entity[BoardPostedAtColumn] = board.PostedAt;
        }

        return entity;
    }

    private static BoardMessage? BoardOf(TableEntity entity) =>
        entity.GetString(BoardConversationColumn) is { Length: > 0 } conversation
        && entity.GetString(BoardMessageColumn) is { Length: > 0 } message
        && entity.GetDateTimeOffset(BoardPostedAtColumn) is { } postedAt
            ? new BoardMessage(conversation, message, postedAt)
            : null;

    private static ConversationWorkshop FromEntity(TableEntity entity) => new()
    {
        WorkshopId = entity.GetString("WorkshopId") ?? throw new InvalidOperationException($"Row {entity.RowKey} has no WorkshopId."),
        Name = entity.GetString("Name") ?? string.Empty,
        CreatedAt = entity.GetDateTimeOffset("CreatedAt") ?? throw new InvalidOperationException($"Row {entity.RowKey} has no CreatedAt."),
        Active = entity.GetBoolean("Active") ?? false,
        Board = BoardOf(entity),
        ETag = entity.ETag,
    };
}
