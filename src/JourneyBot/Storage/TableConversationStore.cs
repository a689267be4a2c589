using Azure;
using Azure.Data.Tables;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Storage;

/// <summary>
/// Conversation references in the Conversations table: PartitionKey = tenant id, RowKey = conversation id (both
/// escaped). One point operation per call.
/// </summary>
public sealed class TableConversationStore(TableServiceClient service, TableNames tables, TimeProvider time) : IConversationStore
{
    /// <summary>The partition of conversations that name no tenant (the Playground's group chats, some test clients).</summary>
    private const string NoTenant = "-";

    private TableClient Table => service.GetTableClient(tables.Conversations);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(PartitionKey(reference.TenantId), RowKey(reference.ConversationId))
        {
            ["ServiceUrl"] = reference.ServiceUrl,
            ["ChannelId"] = reference.ChannelId,
            ["ConversationId"] = reference.ConversationId,
            ["ConversationType"] = reference.ConversationType,
            ["TenantId"] = reference.TenantId,
            ["BotId"] = reference.BotId,
            ["BotName"] = reference.BotName,
            ["TeamId"] = reference.TeamId,
            ["TeamsChannelId"] = reference.TeamsChannelId,
            ["Locale"] = reference.Locale,
            ["SavedAt"] = time.GetUtcNow(),
        };
        // A turn that arrives before start-up created the table (or after someone deleted it) must not lose the write.
        var table = Table;
        await table.RetryOnceAsync(token => table.UpsertEntityAsync(entity, TableUpdateMode.Replace, token), cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var table = Table;
        var found = await table.RetryOnceAsync(
            token => table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(tenantId), RowKey(conversationId), cancellationToken: token), cancellationToken);

        if (!found.HasValue || found.Value is not { } entity)
        {
            return null;
        }

        return new ConversationReference
        {
            ServiceUrl = entity.GetString("ServiceUrl"),
            ChannelId = entity.GetString("ChannelId"),
            ConversationId = entity.GetString("ConversationId"),
            ConversationType = entity.GetString("ConversationType"),
            TenantId = entity.GetString("TenantId"),
            BotId = entity.GetString("BotId"),
            BotName = entity.GetString("BotName"),
            TeamId = entity.GetString("TeamId"),
            TeamsChannelId = entity.GetString("TeamsChannelId"),
            Locale = entity.GetString("Locale"),
        };
    }

    public async Task DeleteAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            await Table.DeleteEntityAsync(PartitionKey(tenantId), RowKey(conversationId), ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Already gone (or never stored): removing the bot twice is not an error.
        }
    }

    private static string PartitionKey(string? tenantId) => string.IsNullOrEmpty(tenantId) ? NoTenant : TableKey.Fit(TableKey.Escape(tenantId));

    /// <summary>The conversation id escaped; a very long one (within the envelope's limits) shortened to fit a key.</summary>
    private static string RowKey(string conversationId) => TableKey.Fit(TableKey.Escape(conversationId));
}
