using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;

namespace JourneyBot.Reminders;

/// <summary>
/// Reminders in one partition of the Reminders table (docs/architecture.md, Reminders): RowKey =
/// <c>{tenant}|{conversation}|{workshop}|{kind}</c> (each escaped, <c>|</c> as <c>%7C</c>), so a workshop's row is one point
/// read and a conversation's rows one range; a <c>DueAt</c> and a <c>ClaimedUntil</c> column, so "what is due now" is one
/// filtered query of the partition.
/// </summary>
public sealed class TableReminderStore(TableServiceClient service, TableNames tables) : IReminderStore
{
    /// <summary>The one partition: a table of one row per finished workshop stays small, and one query finds what is due.</summary>
    public const string Partition = "due";

    private TableClient Table => service.GetTableClient(tables.Reminders);

    public async Task<IReadOnlyList<Reminder>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and DueAt le {now} and ClaimedUntil le {now}");
        var table = Table;
        return await table.RetryOnceAsync(async token =>
        {
            await foreach (var page in table.QueryAsync<TableEntity>(filter, maxPerPage: limit, cancellationToken: token).AsPages().WithCancellation(token))
            {
                // One page: what does not fit waits for the next poll.
                return (IReadOnlyList<Reminder>)[.. page.Values.Select(Read)];
            }

            return [];
        }, cancellationToken);
    }

    public async Task<Reminder?> FindAsync(WorkshopOwner owner, string workshopId, ReminderKind kind, CancellationToken cancellationToken)
    {
        var table = Table;
        var found = await table.RetryOnceAsync(
            token => table.GetEntityIfExistsAsync<TableEntity>(Partition, RowKey(owner, workshopId, kind), cancellationToken: token), cancellationToken);
        return found.HasValue && found.Value is { } entity ? Read(entity) : null;
    }

    public async Task<Reminder?> WriteAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var entity = Entity(reminder);
        var table = Table;
        try
        {
            var response = await table.RetryOnceAsync(
                token => reminder.ETag == default
                    ? table.AddEntityAsync(entity, token)
                    : table.UpdateEntityAsync(entity, reminder.ETag, TableUpdateMode.Replace, token),
                cancellationToken);
            return reminder with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412 or 404 && !StorageFaults.IsTableMissing(exception))
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(Partition, RowKey(reminder.Owner, reminder.WorkshopId, reminder.Kind), reminder.ETag == default ? ETag.All : reminder.ETag, cancellationToken);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task<int> DeleteConversationAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var prefix = ConversationPrefix(new WorkshopOwner(tenantId, conversationId));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + "}"}");
        var table = Table;
        var deleted = 0;
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            try
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // Deleted by another instance meanwhile.
            }
        }

        return deleted;
    }

    /// <summary>The row's key: the conversation's (as the conversation index keys it), then the workshop and the kind.</summary>
    internal static string RowKey(WorkshopOwner owner, string workshopId, ReminderKind kind) =>
        ConversationPrefix(owner) + TableKey.Escape(workshopId).Replace("|", "%7C", StringComparison.Ordinal) + "|" + kind;

    /// <summary>Every row of one conversation starts with this (ending in <c>|</c>, which its escaped parts never contain).</summary>
    private static string ConversationPrefix(WorkshopOwner owner) => WorkshopKeys.ConversationPartition(owner.TenantId, owner.Conversation) + "|";

    private static TableEntity Entity(Reminder reminder) => new(Partition, RowKey(reminder.Owner, reminder.WorkshopId, reminder.Kind))
    {
        ["Kind"] = reminder.Kind.ToString(),
        ["TenantId"] = reminder.Owner.TenantId ?? string.Empty,
        ["ConversationId"] = reminder.Owner.Conversation,
        ["WorkshopId"] = reminder.WorkshopId,
        ["DueAt"] = reminder.DueAt,
        ["TimeZone"] = reminder.TimeZone,
        ["Anchor"] = reminder.Anchor?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Reminded"] = reminder.Reminded.Count == 0 ? null : JsonSerializer.Serialize(reminder.Reminded),
        ["ResumeAt"] = reminder.ResumeAt,
        ["LastSentAt"] = reminder.LastSentAt,
        ["FailedAttempts"] = reminder.FailedAttempts,
        ["ClaimedBy"] = reminder.ClaimedBy,
        ["ClaimedUntil"] = reminder.ClaimedUntil,
    };

    private static Reminder Read(TableEntity entity)
    {
        var tenant = entity.GetString("TenantId");
        var reminded = entity.GetString("Reminded");
        return new Reminder
        {
            Kind = Enum.TryParse<ReminderKind>(entity.GetString("Kind"), out var kind) ? kind : ReminderKind.Revisit,
            Owner = new WorkshopOwner(string.IsNullOrEmpty(tenant) ? null : tenant, entity.GetString("ConversationId") ?? string.Empty),
            WorkshopId = entity.GetString("WorkshopId") ?? string.Empty,
            DueAt = entity.GetDateTimeOffset("DueAt") ?? Reminder.Unclaimed,
            TimeZone = entity.GetString("TimeZone"),
            Anchor = DateOnly.TryParseExact(entity.GetString("Anchor"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchor) ? anchor : null,
            Reminded = string.IsNullOrEmpty(reminded) ? new Dictionary<string, DateTimeOffset>() : JsonSerializer.Deserialize<Dictionary<string, DateTimeOffset>>(reminded) ?? [],
            ResumeAt = entity.GetDateTimeOffset("ResumeAt"),
            LastSentAt = entity.GetDateTimeOffset("LastSentAt"),
            FailedAttempts = entity.GetInt32("FailedAttempts") ?? 0,
            ClaimedBy = entity.GetString("ClaimedBy"),
            ClaimedUntil = entity.GetDateTimeOffset("ClaimedUntil") ?? Reminder.Unclaimed,
            ETag = entity.ETag,
        };
    }
}
