using Azure;
using JourneyBot.Storage.Workshops;

namespace JourneyBot.Reminders;

/// <summary>What a reminder row is about: a finished map's revisit, or its action items that are past their due date.</summary>
public enum ReminderKind
{
    Revisit,
    OverdueActions,
}

/// <summary>
/// One row of the Reminders table (docs/architecture.md, Reminders): something the bot will post to a conversation when
/// it falls due, and who is sending it now (the claim).
/// </summary>
public sealed record Reminder
{
    public required ReminderKind Kind { get; init; }

    /// <summary>The tenant and conversation the workshop belongs to: the reminder goes there and nowhere else.</summary>
    public required WorkshopOwner Owner { get; init; }

    public required string WorkshopId { get; init; }

    /// <summary>When it is to be sent (UTC).</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>The facilitator's time zone id (IANA) when the reminder was planned; null for UTC.</summary>
    public string? TimeZone { get; init; }

    /// <summary>For a revisit: the local date the current period counts from (see <see cref="ReminderSchedule"/>).</summary>
    public DateOnly? Anchor { get; init; }

    /// <summary>For overdue actions: when each item was last named in a reminder (at most once a week each).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> Reminded { get; init; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>
    /// For a revisit someone snoozed: when the regular schedule was due before the snooze; the snoozed one is an extra
    /// send, after which the schedule goes on from here (a snooze never skips a period).
    /// </summary>
    public DateTimeOffset? ResumeAt { get; init; }

    public DateTimeOffset? LastSentAt { get; init; }

    /// <summary>Tries that failed since the last one sent (throttled, connector down); reset when one is sent.</summary>
    public int FailedAttempts { get; init; }

    /// <summary>The instance sending it now, until <see cref="ClaimedUntil"/>; after that anyone may take it again.</summary>
    public string? ClaimedBy { get; init; }

    public DateTimeOffset ClaimedUntil { get; init; } = Unclaimed;

    /// <summary>The row's version as loaded: every write is conditional on it. Empty for a row not stored yet.</summary>
    public ETag ETag { get; init; }

    /// <summary>The claim of a row nobody is sending: long past, so the due query's <c>ClaimedUntil le now</c> matches it.</summary>
    public static DateTimeOffset Unclaimed { get; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
