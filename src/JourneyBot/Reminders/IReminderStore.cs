namespace JourneyBot.Reminders;

/// <summary>
/// The Reminders table. Writes are conditional on the row's ETag: false means someone else changed or removed it first
/// (another instance claimed it, the facilitator replanned), and the caller leaves it to them.
/// </summary>
public interface IReminderStore
{
    /// <summary>Up to <paramref name="limit"/> rows due at <paramref name="now"/> that nobody holds a claim on: one query.</summary>
    Task<IReadOnlyList<Reminder>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The row of <paramref name="kind"/> for a workshop of this tenant and conversation, or null: one point read.</summary>
    Task<Reminder?> FindAsync(Storage.Workshops.WorkshopOwner owner, string workshopId, ReminderKind kind, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the row (no ETag) or replaces it (with its ETag); the stored row with its new ETag, or null when someone
    /// else got there first (409 on insert, 412 or 404 on replace).
    /// </summary>
    Task<Reminder?> WriteAsync(Reminder reminder, CancellationToken cancellationToken);

    /// <summary>Deletes the row if it is still as loaded; false when it changed or is gone.</summary>
    Task<bool> DeleteAsync(Reminder reminder, CancellationToken cancellationToken);

    /// <summary>Deletes every reminder of a conversation (the bot was removed from it); how many there were.</summary>
    Task<int> DeleteConversationAsync(string? tenantId, string conversationId, CancellationToken cancellationToken);
}
