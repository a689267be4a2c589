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
        var entity = new TableEntity(PartitionKey(reference.TenantId), TableKey.Escape(reference.ConversationId))
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
        try
        {
            await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == "TableNotFound")
        {
            // A turn that arrives before start-up created the table (or after someone deleted it) must not lose the write.
            await Table.CreateIfNotExistsAsync(cancellationToken);
            await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task<ConversationReference?> FindAsync(string? tenantId, string conversationId, CancellationToken cancellationToken)
    {
        NullableResponse<TableEntity> found;
        try
        {
            found = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(tenantId), TableKey.Escape(conversationId), cancellationToken: cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == "TableNotFound")
        {
            return null;
        }

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
            await Table.DeleteEntityAsync(PartitionKey(tenantId), TableKey.Escape(conversationId), ETag.All, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            // Already gone (or never stored): removing the bot twice is not an error.
        }
    }

    private static string PartitionKey(string? tenantId) => string.IsNullOrEmpty(tenantId) ? NoTenant : TableKey.Escape(tenantId);
}
