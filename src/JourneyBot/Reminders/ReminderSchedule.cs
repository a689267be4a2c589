using JourneyBot.Workshop;

namespace JourneyBot.Reminders;

/// <summary>
/// When reminders fall due (docs/method.md, Step 7: reminders): pure, on instants and a time zone, no clock of its own.
/// </summary>
/// <remarks>
/// <para>Every reminder arrives at <see cref="LocalTime"/> on a working day (Monday to Friday) in the facilitator's time
/// zone. Public holidays are not skipped: the bot cannot know which ones a team keeps (they differ by country, region
/// and company), so a reminder may land on one; Snooze a week moves it.</para>
/// <para>A period (a quarter, a month, half a year) is counted on calendar dates from the <em>anchor</em>: the local date
/// the plan started from (the finish), not the weekday it was moved to, so weekend moves never drift the schedule.
/// A month that has no such day ends on its last day (31 January + 1 month = 28 or 29 February).</para>
/// </remarks>
public static class ReminderSchedule
{
    /// <summary>The local time every reminder is sent at.</summary>
    public static readonly TimeOnly LocalTime = new(10, 0);

    /// <summary>How late a reminder may be found (the bot was down, or busy) and still be sent at once; later, it waits for the next slot.</summary>
    public static readonly TimeSpan CatchUpGrace = TimeSpan.FromHours(1);

    /// <summary>How long Snooze a week puts a reminder off, and the least time between two reminders of one overdue action item.</summary>
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>The anchor date of the next revisit after <paramref name="anchor"/>; null when the plan repeats no more (a date, or off).</summary>
    public static DateOnly? NextAnchor(RevisitPlan plan, DateOnly anchor) => plan.Cadence switch
    {
        RevisitCadence.Monthly => anchor.AddMonths(1),
        RevisitCadence.Quarterly => anchor.AddMonths(3),
        RevisitCadence.HalfYearly => anchor.AddMonths(6),
        _ => null,
    };

    /// <summary>
    /// The first revisit of <paramref name="plan"/> once the map is finished at <paramref name="finishedAt"/>: one period
    /// after the finish's local date, a date's own day, or none (off, or a date without a day).
    /// </summary>
    /// <returns>The anchor the next period counts from, and the instant the reminder is due.</returns>
    public static (DateOnly Anchor, DateTimeOffset DueAt)? FirstRevisit(RevisitPlan plan, DateTimeOffset finishedAt, TimeZoneInfo zone)
    {
        var anchor = plan.Cadence == RevisitCadence.OnDate ? plan.OnDate : NextAnchor(plan, LocalDate(finishedAt, zone));
        return anchor is { } date ? (date, AtSlot(date, zone)) : null;
    }

    /// <summary>
    /// The revisit after one was sent: the period after its anchor; when that is already past (the reminder was found
    /// late after downtime), one period after today instead, so missed periods are never sent one by one.
    /// </summary>
    public static (DateOnly Anchor, DateTimeOffset DueAt)? AfterSent(RevisitPlan plan, DateOnly anchor, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (NextAnchor(plan, anchor) is not { } next)
        {
            return null;
        }

        if (AtSlot(next, zone) <= now)
        {
            next = NextAnchor(plan, LocalDate(now, zone))!.Value;
        }

        return (next, AtSlot(next, zone));
    }

    /// <summary>A week after <paramref name="now"/>, at the slot of that day (or of the next working day).</summary>
    public static DateTimeOffset Snoozed(DateTimeOffset now, TimeZoneInfo zone) => AtSlot(LocalDate(now + Week, zone), zone);

    /// <summary>
    /// Whether a reminder due at <paramref name="dueAt"/> is sent when found at <paramref name="now"/>: yes within
    /// <see cref="CatchUpGrace"/> of its slot; later (the bot was down) it is moved to the next slot and sent there, once,
    /// so nobody gets a reminder at three in the morning after an outage.
    /// </summary>
    public static DateTimeOffset? CatchUpSlot(DateTimeOffset dueAt, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (now - dueAt <= CatchUpGrace)
        {
            return null;
        }

        var today = AtSlot(LocalDate(now, zone), zone);
        return today > now ? today : AtSlot(LocalDate(now, zone).AddDays(1), zone);
    }

    /// <summary>
    /// When the overdue check of <paramref name="actions"/> is next due: the earliest <see cref="OverdueCheck"/> of the
    /// open items with a due date. Null when no open item has one.
    /// </summary>
    public static DateTimeOffset? NextOverdueCheck(IEnumerable<ActionItem> actions, IReadOnlyDictionary<string, DateTimeOffset> reminded, TimeZoneInfo zone) =>
        actions.Where(IsOpen).Select(action => (DateTimeOffset?)OverdueCheck(action, reminded, zone)).Min();

    /// <summary>The open items whose <see cref="OverdueCheck"/> has come: those one overdue reminder names.</summary>
    public static IReadOnlyList<ActionItem> OverdueToRemind(IEnumerable<ActionItem> actions, IReadOnlyDictionary<string, DateTimeOffset> reminded, DateTimeOffset now, TimeZoneInfo zone) =>
        [.. actions.Where(IsOpen).Where(action => OverdueCheck(action, reminded, zone) <= now)];

    /// <summary>
    /// When an open item is next named as overdue: the slot of the day after its due date, and at least a week (to the
    /// next slot) after it was last named, so each item is reminded once a week at most.
    /// </summary>
    public static DateTimeOffset OverdueCheck(ActionItem action, IReadOnlyDictionary<string, DateTimeOffset> reminded, TimeZoneInfo zone)
    {
        var check = AtSlot(action.Details.DueDate!.Value.AddDays(1), zone);
        if (reminded.TryGetValue(action.Id, out var last))
        {
            var again = AtSlot(LocalDate(last + Week, zone), zone);
            check = again > check ? again : check;
        }

        return check;
    }

    /// <summary>Not started or in progress, with a due date: what the overdue check watches.</summary>
    public static bool IsOpen(ActionItem action) =>
        action.Details.DueDate is not null && action.Status is ActionStatus.NotStarted or ActionStatus.InProgress;

    /// <summary><see cref="LocalTime"/> on <paramref name="date"/> in <paramref name="zone"/>, or on the Monday after when it is a weekend.</summary>
    public static DateTimeOffset AtSlot(DateOnly date, TimeZoneInfo zone)
    {
        while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            date = date.AddDays(1);
        }

        var local = date.ToDateTime(LocalTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // 10:00 skipped by a daylight-saving change (no zone does this today; some did): the hour after.
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The calendar date <paramref name="instant"/> falls on in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
