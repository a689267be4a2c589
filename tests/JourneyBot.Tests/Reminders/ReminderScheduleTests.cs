using JourneyBot.Reminders;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Reminders;

/// <summary>When reminders fall due: pure, table-driven (docs/method.md, Step 7: reminders).</summary>
public sealed class ReminderScheduleTests
{
    private static readonly TimeZoneInfo Seoul = ReminderTimeZones.Resolve("Asia/Seoul");

    public static TheoryData<string, string?, string, string, string> FirstRevisits => new()
    {
        // cadence, date, finished at (UTC), zone, due (local, in that zone)
        { "Quarterly", null, "2027-01-04T05:00:00Z", "Asia/Seoul", "2027-04-05 10:00" }, // 4 April 2027 is a Sunday: Monday
        { "Monthly", null, "2027-01-29T05:00:00Z", "Asia/Seoul", "2027-03-01 10:00" },   // 28 February is a Sunday... 1 March (Monday)
        { "Monthly", null, "2027-01-31T05:00:00Z", "Asia/Seoul", "2027-03-01 10:00" },   // no 31 February: the 28th, a Sunday: Monday
        { "HalfYearly", null, "2027-01-06T05:00:00Z", "Asia/Seoul", "2027-07-06 10:00" },
        { "Quarterly", null, "2027-01-03T20:00:00Z", "Asia/Seoul", "2027-04-05 10:00" }, // 05:00 on the 4th in Seoul: its local date counts
        { "Quarterly", null, "2027-01-03T20:00:00Z", "UTC", "2027-04-05 10:00" },        // the 3rd in UTC + 3 months = Saturday 3 April: Monday
        { "Quarterly", null, "2027-01-04T05:00:00Z", "Not/AZone", "2027-04-05 10:00" },   // unknown zone: UTC
        { "Quarterly", null, "2027-01-04T05:00:00Z", "Korea Standard Time", "2027-04-05 10:00" }, // a Windows id
        { "Quarterly", null, "2027-01-04T05:00:00Z", "America/New_York", "2027-04-05 10:00" }, // after the switch to daylight time
        { "OnDate", "2027-05-14", "2027-01-04T05:00:00Z", "Asia/Seoul", "2027-05-14 10:00" }, // a Friday
        { "OnDate", "2027-05-15", "2027-01-04T05:00:00Z", "Asia/Seoul", "2027-05-17 10:00" }, // a Saturday: Monday
    };

    [Theory]
    [MemberData(nameof(FirstRevisits))]
    public void The_first_revisit_is_a_period_after_the_finish_at_ten_on_a_working_day_in_the_facilitators_zone(
        string cadence, string? onDate, string finishedAt, string zoneId, string expectedLocal)
    {
        var zone = ReminderTimeZones.Resolve(zoneId);
        var plan = new RevisitPlan { Cadence = Enum.Parse<RevisitCadence>(cadence), OnDate = onDate is null ? null : DateOnly.Parse(onDate, System.Globalization.CultureInfo.InvariantCulture) };

        var first = ReminderSchedule.FirstRevisit(plan, DateTimeOffset.Parse(finishedAt, System.Globalization.CultureInfo.InvariantCulture), zone);

        Assert.NotNull(first);
        Assert.Equal(expectedLocal, TimeZoneInfo.ConvertTime(first.Value.DueAt, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Off_and_a_date_plan_without_a_date_plan_nothing()
    {
        var at = new DateTimeOffset(2027, 1, 4, 5, 0, 0, TimeSpan.Zero);
        Assert.Null(ReminderSchedule.FirstRevisit(new RevisitPlan { Cadence = RevisitCadence.Off }, at, Seoul));
        Assert.Null(ReminderSchedule.FirstRevisit(new RevisitPlan { Cadence = RevisitCadence.OnDate }, at, Seoul));
        Assert.Null(ReminderSchedule.AfterSent(new RevisitPlan { Cadence = RevisitCadence.OnDate, OnDate = new DateOnly(2027, 5, 14) }, new DateOnly(2027, 5, 14), at, Seoul));
    }

    [Fact]
    public void Weekend_moves_never_drift_the_schedule_the_next_period_counts_from_the_anchor()
    {
        var plan = RevisitPlan.Default;
        var sentAt = Local(2027, 4, 5, 10, 0); // sent on Monday 5 April for the anchor Sunday 4 April

        var next = ReminderSchedule.AfterSent(plan, new DateOnly(2027, 4, 4), sentAt, Seoul);

        Assert.Equal(new DateOnly(2027, 7, 4), next!.Value.Anchor);
        Assert.Equal(Local(2027, 7, 5, 10, 0), next.Value.DueAt); // 4 July 2027 is a Sunday too
    }

    [Fact]
    public void After_an_outage_of_several_periods_the_next_counts_from_today_not_from_each_missed_period()
    {
        var plan = RevisitPlan.Default;
        var now = Local(2027, 10, 12, 10, 0);

        var next = ReminderSchedule.AfterSent(plan, new DateOnly(2027, 4, 4), now, Seoul);

        Assert.Equal(new DateOnly(2028, 1, 12), next!.Value.Anchor);
    }

    public static TheoryData<string, string, string?> CatchUps => new()
    {
        // due (local), found at (local), moved to (local) or null when it is sent at once
        { "2027-04-05 10:00", "2027-04-05 10:01", null },              // on time: sent
        { "2027-04-05 10:00", "2027-04-05 11:00", null },              // an hour late: still sent
        { "2027-04-05 10:00", "2027-04-05 11:01", "2027-04-06 10:00" }, // later that day: tomorrow at ten
        { "2027-04-05 10:00", "2027-10-08 03:00", "2027-10-08 10:00" }, // six months down, found before ten on a Friday: that day
        { "2027-04-05 10:00", "2027-10-08 15:00", "2027-10-11 10:00" }, // found on Friday afternoon: Monday
        { "2027-04-05 10:00", "2027-10-09 09:00", "2027-10-11 10:00" }, // found on a Saturday: Monday
    };

    [Theory]
    [MemberData(nameof(CatchUps))]
    public void A_reminder_found_late_is_sent_within_an_hour_of_its_slot_or_else_at_the_next_slot(string due, string foundAt, string? movedTo)
    {
        var slot = ReminderSchedule.CatchUpSlot(ParseLocal(due), ParseLocal(foundAt), Seoul);

        Assert.Equal(movedTo is null ? null : ParseLocal(movedTo), slot);
    }

    [Fact]
    public void A_snooze_is_a_week_later_at_ten_on_a_working_day()
    {
        Assert.Equal(Local(2027, 4, 12, 10, 0), ReminderSchedule.Snoozed(Local(2027, 4, 5, 10, 5), Seoul));
        Assert.Equal(Local(2027, 4, 12, 10, 0), ReminderSchedule.Snoozed(Local(2027, 4, 3, 16, 0), Seoul)); // Saturday + 7 = Saturday: Monday
    }

    [Fact]
    public void An_overdue_item_is_named_the_day_after_it_was_due_and_then_once_a_week_at_most()
    {
        var open = Action("a1", new DateOnly(2027, 3, 10), ActionStatus.InProgress);  // Wednesday
        var done = Action("a2", new DateOnly(2027, 3, 1), ActionStatus.Done);
        var later = Action("a3", new DateOnly(2027, 3, 20), ActionStatus.NotStarted); // Saturday
        var undated = Action("a4", null, ActionStatus.NotStarted);
        var none = new Dictionary<string, DateTimeOffset>();

        Assert.Equal(Local(2027, 3, 11, 10, 0), ReminderSchedule.NextOverdueCheck([open, done, later, undated], none, Seoul));
        Assert.Empty(ReminderSchedule.OverdueToRemind([open, done, later, undated], none, Local(2027, 3, 11, 9, 59), Seoul));
        Assert.Equal(["a1"], ReminderSchedule.OverdueToRemind([open, done, later, undated], none, Local(2027, 3, 11, 10, 0), Seoul).Select(a => a.Id));

        var reminded = new Dictionary<string, DateTimeOffset> { ["a1"] = Local(2027, 3, 11, 10, 0) };
        Assert.Empty(ReminderSchedule.OverdueToRemind([open], reminded, Local(2027, 3, 18, 9, 59), Seoul));
        Assert.Equal(Local(2027, 3, 18, 10, 0), ReminderSchedule.NextOverdueCheck([open], reminded, Seoul));
        Assert.Equal(Local(2027, 3, 18, 10, 0), ReminderSchedule.NextOverdueCheck([open, later], reminded, Seoul)); // a3: Monday 22nd
        Assert.Null(ReminderSchedule.NextOverdueCheck([done, undated], none, Seoul));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    public void An_unknown_or_malformed_zone_is_UTC(string? id) => Assert.Same(TimeZoneInfo.Utc, ReminderTimeZones.Resolve(id));

    private static ActionItem Action(string id, DateOnly? due, ActionStatus status) => new()
    {
        Id = id,
        Details = new ActionDetails { Title = id, DueDate = due },
        Status = status,
        Author = new Participant("a", "A"),
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(9)).ToUniversalTime();

    private static DateTimeOffset ParseLocal(string local) =>
        new DateTimeOffset(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(9)).ToUniversalTime();
}
