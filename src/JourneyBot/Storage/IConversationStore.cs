using JourneyBot.Connector.Schema;

namespace JourneyBot.Storage;

/// <summary>The conversations the bot is in, keyed by tenant then conversation, so tenants never mix.</summary>
public interface IConversationStore
{
    /// <summary>Creates or replaces the reference (the serviceUrl can change; the newest wins).</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The stored reference, or null.</summary>
    Task<ConversationReference?> FindAsync(string? tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Removes the reference (the bot was removed); nothing happens when there is none.</summary>
    Task DeleteAsync(string? tenantId, string conversationId, CancellationToken cancellationToken);
}
