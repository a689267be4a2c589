namespace JourneyBot.Storage.Workshops;

/// <summary>The conversation index: each (tenant, conversation) and its active and past workshops (docs/architecture.md, Storage).</summary>
public interface IConversationWorkshops
{
    /// <summary>
    /// Records <paramref name="workshop"/> (new, or again with a new name) as the active one; the one active before
    /// becomes past. False, having written nothing, when others changed the conversation's workshops on every try. A
    /// board on <paramref name="workshop"/> is written with it: only for a workshop just created, which has no board yet
    /// (any other is recorded with <see cref="RecordBoardAsync"/>, where the later board wins).
    /// </summary>
    Task<bool> SetActiveAsync(string? tenantId, string conversationId, ConversationWorkshop workshop, CancellationToken cancellationToken);

    /// <summary>
    /// Leaves the conversation with no active workshop (cancelled or completed); all stay listed as past. False, having
    /// written nothing, when others changed the conversation's workshops on every try.
    /// </summary>
    Task<bool> DeactivateAsync(string? tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>The active workshop, or null.</summary>
    Task<ConversationWorkshop?> FindActiveAsync(string? tenantId, string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Records <paramref name="board"/> as the live board message of workshop <paramref name="workshopId"/> (started at
    /// <paramref name="createdAt"/>, which with the id names its row), unless a board posted later is recorded already;
    /// answers the board it replaced, for the caller to shorten. ETag-checked: of two boards recorded at once, the later
    /// one wins whatever order the writes arrive in. <paramref name="listed"/>, the workshop's row as this turn read it
    /// (<see cref="FindActiveAsync"/>), saves reading it again: its ETag makes the first write conditional just the same.
    /// </summary>
    Task<BoardReplacement> RecordBoardAsync(
        string? tenantId, string conversationId, string workshopId, DateTimeOffset createdAt, BoardMessage board, ConversationWorkshop? listed, CancellationToken cancellationToken);

    /// <summary>Every workshop the conversation has had, newest first.</summary>
    Task<IReadOnlyList<ConversationWorkshop>> ListAsync(string? tenantId, string conversationId, CancellationToken cancellationToken);
}
