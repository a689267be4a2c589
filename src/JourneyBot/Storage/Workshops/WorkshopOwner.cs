namespace JourneyBot.Storage.Workshops;

/// <summary>The tenant and conversation a workshop was started in: the only ones that may load or change it.</summary>
/// <param name="TenantId">The Microsoft Entra tenant, or null where the channel gives none.</param>
/// <param name="ConversationId">The conversation; in a channel the thread suffix (<c>;messageid=…</c>) does not count.</param>
public sealed record WorkshopOwner(string? TenantId, string ConversationId)
{
    /// <summary>The tenant as stored: no tenant is the empty string.</summary>
    internal string Tenant => TenantId ?? string.Empty;

    /// <summary>
    /// The conversation without the thread: Teams appends <c>;messageid=…</c> to a channel's id for each thread
    /// (as ConversationReference.From strips it), and a workshop belongs to the channel, not to one thread.
    /// </summary>
    internal string Conversation
    {
        get
        {
            var thread = ConversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
            return thread < 0 ? ConversationId : ConversationId[..thread];
        }
    }

    /// <summary>True when <paramref name="other"/> names the same tenant and conversation, compared ordinally.</summary>
    internal bool Owns(WorkshopOwner? other) =>
        other is not null
        && string.Equals(Tenant, other.Tenant, StringComparison.Ordinal)
        && string.Equals(Conversation, other.Conversation, StringComparison.Ordinal);
}
