using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot.Reminders;

/// <summary>
/// Plans reminders from a map's change (docs/method.md, Step 7: reminders): finished, the revisit per its plan; revisited
/// (active again), no revisit until the next finish; plan changed, replanned; cancelled, none; action items with due dates
/// and open, an overdue check on the day after the earliest. The facilitator's time zone comes from the activity that made
/// the change, else the one already on the row, else UTC.
/// </summary>
/// <remarks>
/// Best effort: the change itself is saved, so a storage fault here is logged (event 5010) and the turn goes on. The next
/// change of the status, the plan or the action items plans again; a row left stale is checked against the map when it
/// falls due (<see cref="ReminderSender"/> removes or replans what the map no longer calls for).
/// </remarks>
public sealed class ReminderPlanner(IReminderStore store, TimeProvider time, ILogger<ReminderPlanner> logger) : IRevisitReminders
{
    /// <summary>How often a plan is read and written again when someone changed the row in between (a send, a snooze).</summary>
    private const int Attempts = 3;

    public async Task PlanAsync(WorkshopOwner owner, MapOutcome outcome, string? timeZone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var (before, after) = (outcome.Before, outcome.Map);
        try
        {
            if (before.Status != after.Status || before.Revisit != after.Revisit)
            {
                await PlanAsync(owner, after.Id, ReminderKind.Revisit, timeZone, existing => Revisit(after, existing), cancellationToken);
            }

            if (before.Status != after.Status || !before.Actions.SequenceEqual(after.Actions))
            {
                await PlanAsync(owner, after.Id, ReminderKind.OverdueActions, timeZone, existing => Overdue(after, existing), cancellationToken);
            }
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            Log.ReminderNotPlanned(logger, exception, after.Id);
        }
    }

    /// <summary>Reads the row, decides its next state from it, writes it with its ETag (or removes it); again when someone changed it meanwhile.</summary>
    private async Task PlanAsync(
        WorkshopOwner owner, string workshopId, ReminderKind kind, string? timeZone, Func<Reminder, Reminder?> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var existing = await store.FindAsync(owner, workshopId, kind, cancellationToken);
            var current = existing ?? new Reminder { Kind = kind, Owner = owner, WorkshopId = workshopId, DueAt = Reminder.Unclaimed };
            var next = decide(current with { TimeZone = timeZone ?? existing?.TimeZone });
            var done = next is null
                ? existing is null || await store.DeleteAsync(existing, cancellationToken)
                : await store.WriteAsync(next with { ClaimedBy = null, ClaimedUntil = Reminder.Unclaimed, FailedAttempts = 0 }, cancellationToken) is not null;
            if (done)
            {
                return;
            }
        }

        Log.ReminderPlanRaced(logger, workshopId, kind);
    }

    private Reminder? Revisit(JourneyMap map, Reminder reminder)
    {
        if (map.Status != WorkshopStatus.Finished)
        {
            return null;
        }

        var zone = ReminderTimeZones.Resolve(reminder.TimeZone);
        return ReminderSchedule.FirstRevisit(map.Revisit, time.GetUtcNow(), zone) is { } first
            ? reminder with { Anchor = first.Anchor, DueAt = first.DueAt, ResumeAt = null }
            : null;
    }

    private static Reminder? Overdue(JourneyMap map, Reminder reminder)
    {
        if (map.Status == WorkshopStatus.Cancelled)
        {
            return null;
        }

        var reminded = reminder.Reminded.Where(entry => map.Actions.Any(action => action.Id == entry.Key)).ToDictionary(entry => entry.Key, entry => entry.Value);
        return ReminderSchedule.NextOverdueCheck(map.Actions, reminded, ReminderTimeZones.Resolve(reminder.TimeZone)) is { } check
            ? reminder with { DueAt = check, Reminded = reminded }
            : null;
    }
}
