using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Reminders;
using JourneyBot.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace JourneyBot.Conversations;

/// <summary>
/// Keeps the stored reference of every conversation the bot is in current (docs/protocol.md, Conversation references: the
/// serviceUrl can change). A memory cache of what was last written saves a storage round trip on most turns; it is
/// only a cache, so several instances stay correct. Saving is best effort and bounded in time: it must never cost
/// the person their answer (Teams waits 15 seconds), and the next turn saves again.
/// </summary>
public sealed class ConversationRegistry(
    IConversationStore store, IReminderStore reminders, IMemoryCache cache, StorageDeadline deadline, ILogger<ConversationRegistry> logger)
{
    private static readonly MemoryCacheEntryOptions CacheEntry = new() { SlidingExpiration = TimeSpan.FromMinutes(30), Size = 1 };
    private static readonly TimeSpan SaveBudget = TimeSpan.FromSeconds(2);

    /// <summary>Saves the turn's conversation reference unless this instance just saved the same one. A storage fault is logged, not thrown: the turn goes on.</summary>
    public async Task RememberAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.ConversationReference is not { } reference)
        {
            return;
        }

        var key = CacheKey(reference.TenantId, reference.ConversationId);
        if (cache.TryGetValue(key, out ConversationReference? saved) && saved == reference)
        {
            return;
        }

        // At most SaveBudget of the turn's storage deadline: the rest is the answer's.
        using var budget = deadline.Start(turn, cancellationToken, SaveBudget);
        try
        {
            await store.SaveAsync(reference, budget.Token);
            cache.Set(key, reference, CacheEntry);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Best effort: any storage or credential fault is logged and the turn goes on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ReferenceNotSaved(logger, exception, reference.ConversationId);
        }
    }

    /// <summary>Forgets the conversation (the bot was removed from it), so nothing is sent there again: its reference and its reminders.</summary>
    public async Task ForgetAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.ConversationReference is not { } reference)
        {
            return;
        }

        cache.Remove(CacheKey(reference.TenantId, reference.ConversationId));
        using var budget = deadline.Start(turn, cancellationToken);
        try
        {
            await store.DeleteAsync(reference.TenantId, reference.ConversationId, budget.Token);
            var removed = await reminders.DeleteConversationAsync(reference.TenantId, reference.ConversationId, budget.Token);
            if (removed > 0)
            {
                Log.RemindersTurnedOff(logger, reference.ConversationId, removed, "the bot was uninstalled or removed");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Logged; the bot's removal is announced again if it is reinstalled and removed.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ReferenceNotForgotten(logger, exception, reference.ConversationId);
        }
    }

    private static string CacheKey(string? tenantId, string conversationId) => $"conversation|{tenantId}|{conversationId}";
}
