using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using Microsoft.Extensions.Options;

namespace JourneyBot.Reminders;

/// <summary>What one due reminder came to in a poll.</summary>
public enum ReminderOutcome
{
    /// <summary>Posted, and the next one planned (or the row removed when there is none).</summary>
    Sent,

    /// <summary>Found too late (the bot was down): moved to the next 10:00 working-day slot, to be sent there once.</summary>
    Moved,

    /// <summary>Another instance claimed or changed it first: theirs to send.</summary>
    Taken,

    /// <summary>No longer called for (the workshop is gone, revisited, cancelled, its plan off, nothing overdue): removed or replanned.</summary>
    Dropped,

    /// <summary>The bot is no longer in the conversation (403 or 404, or its reference was forgotten): its reminders are off.</summary>
    BotRemoved,

    /// <summary>The connector was throttled, down or refused: kept, due again after Retry-After or <see cref="RemindersOptions.RetryDelay"/>.</summary>
    Retried,
}

/// <summary>
/// One poll of the Reminders table (docs/architecture.md, Reminders): find what is due, and for each row claim it with its
/// ETag, post it, then record the next one with the claim's ETag. Another instance's claim (a 412) is left alone; a claim
/// whose instance died expires after <see cref="RemindersOptions.ClaimDuration"/> and is taken again, so no reminder is
/// lost; an instance that dies after posting and before recording lets the reminder be posted once more (the only
/// duplicate, and the reason the record is the very next call after the post).
/// </summary>
public sealed class ReminderSender(
    IReminderStore store,
    IWorkshopStore workshops,
    IConversationStore conversations,
    IConnectorClient connector,
    ReminderInstance instance,
    TimeProvider time,
    IOptions<RemindersOptions> options,
    ILogger<ReminderSender> logger)
{
    /// <summary>
    /// Sends what is due now; the outcome of each row found. <paramref name="stoppingToken"/> (the app is stopping) ends
    /// the poll between two reminders, never inside one: a reminder once claimed is posted and recorded (within
    /// <see cref="RemindersOptions.ClaimDuration"/>), so a graceful stop sends nothing twice and loses nothing.
    /// </summary>
    public async Task<IReadOnlyList<ReminderOutcome>> PollAsync(CancellationToken stoppingToken)
    {
        var due = await store.DueAsync(time.GetUtcNow(), options.Value.BatchSize, stoppingToken);
        var outcomes = new List<ReminderOutcome>(due.Count);
        foreach (var reminder in due)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            using var claim = new CancellationTokenSource(options.Value.ClaimDuration, time);
            try
            {
                outcomes.Add(await SendAsync(reminder, claim.Token));
            }
            catch (Exception exception) when (StorageFaults.IsFault(exception, CancellationToken.None))
            {
                // Its claim (if taken) expires and the next poll, here or elsewhere, takes it again: nothing is lost.
                Log.ReminderStorageFailed(logger, exception, reminder.WorkshopId, reminder.Kind);
                outcomes.Add(ReminderOutcome.Retried);
            }
        }

        return outcomes;
    }

    private async Task<ReminderOutcome> SendAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var zone = ReminderTimeZones.Resolve(reminder.TimeZone);
        var now = time.GetUtcNow();
        if (ReminderSchedule.CatchUpSlot(reminder.DueAt, now, zone) is { } slot)
        {
            // Found long after its slot (the bot was down): sent once, at the next slot, whatever number of periods it missed.
            return await store.WriteAsync(Released(reminder) with { DueAt = slot }, cancellationToken) is null ? ReminderOutcome.Taken : ReminderOutcome.Moved;
        }

        var claimed = await store.WriteAsync(reminder with { ClaimedBy = instance.Id, ClaimedUntil = now + options.Value.ClaimDuration }, cancellationToken);
        if (claimed is null)
        {
            return ReminderOutcome.Taken;
        }

        var owner = claimed.Owner;
        var reference = await conversations.FindAsync(owner.TenantId, owner.Conversation, cancellationToken);
        if (reference is null)
        {
            // The bot was uninstalled or removed (the registry forgot the conversation): nowhere to post.
            await TurnOffAsync(owner, "no conversation reference", cancellationToken);
            return ReminderOutcome.BotRemoved;
        }

        var loaded = await workshops.LoadAsync(owner, claimed.WorkshopId, cancellationToken);
        if (loaded?.Map is not { Status: not WorkshopStatus.Cancelled } map)
        {
            await store.DeleteAsync(claimed, cancellationToken);
            return ReminderOutcome.Dropped;
        }

        var (card, reminded) = claimed.Kind == ReminderKind.Revisit ? RevisitCard(map) : OverdueCard(map, claimed, now, zone);
        if (card is null)
        {
            // The map no longer calls for it (revisited, plan off, nothing overdue now): plan from the map as it is.
            await RecordAsync(claimed, Next(claimed, map, claimed.Reminded, now, zone), sent: false, cancellationToken);
            return ReminderOutcome.Dropped;
        }

        var sent = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, Activity.FromCard(card.Value), cancellationToken);
        if (sent.Succeeded)
        {
            await RecordAsync(claimed, Next(claimed, map, reminded, now, zone), sent: true, cancellationToken);
            Log.ReminderSent(logger, claimed.WorkshopId, claimed.Kind, owner.Conversation);
            return ReminderOutcome.Sent;
        }

        if (sent.BotRemoved)
        {
            await TurnOffAsync(owner, $"the connector answered {sent.StatusCode}", cancellationToken);
            return ReminderOutcome.BotRemoved;
        }

        // Throttled, down, or no answer: keep it, due again after the pause the connector asked for (or ours).
        var pause = sent.RetryAfter is { } asked && asked > TimeSpan.Zero ? asked : options.Value.RetryDelay;
        await store.WriteAsync(Released(claimed) with { DueAt = now + pause, FailedAttempts = claimed.FailedAttempts + 1 }, cancellationToken);
        Log.ReminderRetried(logger, claimed.WorkshopId, claimed.Kind, sent.StatusCode, pause);
        return ReminderOutcome.Retried;
    }

    private static (System.Text.Json.JsonElement? Card, IReadOnlyDictionary<string, DateTimeOffset> Reminded) RevisitCard(JourneyMap map) =>
        map is { Status: WorkshopStatus.Finished, Revisit.Cadence: not RevisitCadence.Off }
            ? (ReminderCards.Revisit(map), new Dictionary<string, DateTimeOffset>())
            : (null, new Dictionary<string, DateTimeOffset>());

    private static (System.Text.Json.JsonElement? Card, IReadOnlyDictionary<string, DateTimeOffset> Reminded) OverdueCard(
        JourneyMap map, Reminder reminder, DateTimeOffset now, TimeZoneInfo zone)
    {
        var overdue = ReminderSchedule.OverdueToRemind(map.Actions, reminder.Reminded, now, zone);
        if (overdue.Count == 0)
        {
            return (null, reminder.Reminded);
        }

        var reminded = Kept(map, reminder.Reminded);
        foreach (var action in overdue)
        {
            reminded[action.Id] = now;
        }

        return (ReminderCards.Overdue(map, overdue), reminded);
    }

    /// <summary>The row's next state: due again when the map still calls for it, else null (the row is removed).</summary>
    private static Reminder? Next(Reminder reminder, JourneyMap map, IReadOnlyDictionary<string, DateTimeOffset> reminded, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (reminder.Kind == ReminderKind.OverdueActions)
        {
            var kept = Kept(map, reminded);
            return ReminderSchedule.NextOverdueCheck(map.Actions, kept, zone) is { } check ? reminder with { DueAt = check, Reminded = kept } : null;
        }

        if (map is not { Status: WorkshopStatus.Finished })
        {
            return null;
        }

        if (reminder.ResumeAt is { } resume && resume > now)
        {
            // That was a snoozed one: the regular schedule goes on where it was.
            return reminder with { DueAt = resume, ResumeAt = null };
        }

        var anchor = reminder.Anchor ?? ReminderSchedule.LocalDate(reminder.DueAt, zone);
        return ReminderSchedule.AfterSent(map.Revisit, anchor, now, zone) is { } next ? reminder with { Anchor = next.Anchor, DueAt = next.DueAt, ResumeAt = null } : null;
    }

    /// <summary>Only the items still on the map keep their last-reminded time.</summary>
    private static Dictionary<string, DateTimeOffset> Kept(JourneyMap map, IReadOnlyDictionary<string, DateTimeOffset> reminded) =>
        reminded.Where(entry => map.Actions.Any(action => action.Id == entry.Key)).ToDictionary(entry => entry.Key, entry => entry.Value);

    /// <summary>Writes the next state with the claim's ETag (or removes the row); a 412 means the plan changed meanwhile, and that plan stands.</summary>
    private async Task RecordAsync(Reminder claimed, Reminder? next, bool sent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var recorded = next is null
            ? await store.DeleteAsync(claimed, cancellationToken)
            : await store.WriteAsync(Released(next) with { LastSentAt = sent ? now : claimed.LastSentAt, FailedAttempts = 0 }, cancellationToken) is not null;
        if (!recorded)
        {
            Log.ReminderReplannedMeanwhile(logger, claimed.WorkshopId, claimed.Kind);
        }
    }

    private async Task TurnOffAsync(WorkshopOwner owner, string reason, CancellationToken cancellationToken)
    {
        var removed = await store.DeleteConversationAsync(owner.TenantId, owner.Conversation, cancellationToken);
        Log.RemindersTurnedOff(logger, owner.Conversation, removed, reason);
    }

    private static Reminder Released(Reminder reminder) => reminder with { ClaimedBy = null, ClaimedUntil = Reminder.Unclaimed };
}
