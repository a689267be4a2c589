using System.Globalization;
using JourneyBot.Reminders;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Reminders;

/// <summary>
/// A year of reminders on a fake clock (docs/method.md, Step 7: reminders): the bot's real store, planner, sender, cards and
/// connector client against Azurite and the fake connector; the clock steps through every day of 2027 to 09:59 and 10:00
/// in Seoul, and the sender polls at each (the worker's loop is off, so the test decides when a poll happens).
/// </summary>
[Collection(BotTests.Name)]
public sealed class ReminderYearTests(BotEnvironment environment, ITestOutputHelper output)
{
    private static readonly TimeZoneInfo Seoul = ReminderTimeZones.Resolve(StepSevenMaps.Seoul);

    /// <summary>Monday 4 January 2027, 09:00 in Seoul: the workshops start here and finish at 14:00.</summary>
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_year_brings_quarterly_monthly_dated_snoozed_and_stopped_reminders_at_ten_on_working_days_in_Seoul()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartBotAsync(clock);
        var quarterly = bot.GroupChat();
        var monthly = bot.GroupChat("ko-KR");
        var dated = bot.Channel();
        var snoozed = bot.GroupChat();
        var stopped = bot.GroupChat();
        var ids = new Dictionary<Conversation, string>
        {
            [quarterly] = await quarterly.StartAtStepSevenAsync(),
            [monthly] = await monthly.StartAtStepSevenAsync("ko"),
            [dated] = await dated.StartAtStepSevenAsync(),
            [snoozed] = await snoozed.StartAtStepSevenAsync(),
            [stopped] = await stopped.StartAtStepSevenAsync(),
        };
        await bot.SetActionsAsync(quarterly, ids[quarterly],
            StepSevenMaps.Action("a1", "Show the price on the first page", TestUser.Bora, null, ActionStatus.InProgress));
        clock.SetUtcNow(Start.AddHours(5));
        await bot.FinishAsync(quarterly, ids[quarterly], RevisitPlan.Default);
        await bot.FinishAsync(monthly, ids[monthly], new RevisitPlan { Cadence = RevisitCadence.Monthly });
        await bot.FinishAsync(dated, ids[dated], new RevisitPlan { Cadence = RevisitCadence.OnDate, OnDate = new DateOnly(2027, 5, 15) }); // a Saturday
        await bot.FinishAsync(snoozed, ids[snoozed], RevisitPlan.Default);
        await bot.FinishAsync(stopped, ids[stopped], RevisitPlan.Default);
        var before = environment.Connector.Calls.Count;

        var sends = await PlayYearAsync(bot, clock, ids.Keys, async (chat, post, at) =>
        {
            // The first reminder of each: Bora snoozes one; on the other, Bora may not stop it, Alice (the facilitator) does.
            if (chat == snoozed && ReminderSchedule.LocalDate(at, Seoul) == new DateOnly(2027, 4, 5))
            {
                var answer = await chat.ClickAsync(post, ReminderVerbs.Snooze, by: TestUser.Bora);
                Assert.Contains("Snoozed by 박보라: the next reminder comes on 2027-04-12", answer.Card.Text, StringComparison.Ordinal);
                Assert.DoesNotContain(answer.Card.Buttons, button => button.Verb == ReminderVerbs.Snooze);
            }
            else if (chat == stopped)
            {
                var refused = await chat.ClickAsync(post, ReminderVerbs.Stop, by: TestUser.Bora);
                Assert.Equal("Only a facilitator can stop the reminders. Anyone can snooze them.", refused.Response?.Value?.Element.GetString());
                var answer = await chat.ClickAsync(post, ReminderVerbs.Stop, by: TestUser.Alice);
                Assert.Contains("Reminders stopped by Alice Kim", answer.Card.Text, StringComparison.Ordinal);
            }
        }, before);

        Assert.Equal(["2027-04-05", "2027-07-05", "2027-10-04", "2028-01-04"], Dates(sends[quarterly]));
        Assert.Equal(["2027-02-04", "2027-03-04", "2027-04-05", "2027-05-04", "2027-06-04", "2027-07-05", "2027-08-04", "2027-09-06", "2027-10-04", "2027-11-04", "2027-12-06", "2028-01-04"],
            Dates(sends[monthly]));
        Assert.Equal(["2027-05-17"], Dates(sends[dated]));
        Assert.Equal(["2027-04-05", "2027-04-12", "2027-07-05", "2027-10-04", "2028-01-04"], Dates(sends[snoozed])); // the snooze skips no quarter
        Assert.Equal(["2027-04-05"], Dates(sends[stopped]));
        Assert.All(sends.Values.SelectMany(posts => posts), post =>
        {
            var local = TimeZoneInfo.ConvertTime(post.At, Seoul);
            Assert.Equal(new TimeOnly(10, 0), TimeOnly.FromDateTime(local.DateTime));
            Assert.InRange((int)local.DayOfWeek, (int)DayOfWeek.Monday, (int)DayOfWeek.Friday);
        });

        // What a revisit reminder shows: goals, the action items with status and owner mentioned, the KPI targets; in the workshop's language.
        var english = sends[quarterly][0].Message;
        Assert.Contains("Time to revisit “Onboarding journey”", english.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Show the price on the first page: in progress; owner <at>박보라</at>", english.Card.Text, StringComparison.Ordinal);
        Assert.Equal(["Revisit now", "Snooze a week", "Stop reminders"], english.Card.Buttons.Select(button => button.Title));
        var mention = Assert.Single(english.Card.Json.GetProperty("msteams").GetProperty("entities").EnumerateArray());
        Assert.Equal(TestUser.Bora.AadObjectId, mention.GetProperty("mentioned").GetProperty("id").GetString());
        Assert.Equal("<at>박보라</at>", mention.GetProperty("text").GetString());
        var korean = sends[monthly][0].Message;
        Assert.Contains("재검토할 때입니다", korean.Card.Text, StringComparison.Ordinal);
        Assert.Equal(["지금 재검토", "일주일 미루기", "알림 중지"], korean.Card.Buttons.Select(button => button.Title));
        output.WriteLine($"Reminders sent in the year: {sends.Values.Sum(posts => posts.Count)}; the first revisit card {english.Card.Bytes:N0} bytes (en), {korean.Card.Bytes:N0} (ko)");
    }

    [Fact]
    public async Task Overdue_action_items_are_reminded_the_day_after_their_date_and_each_once_a_week_at_most_mentioning_their_owner()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartBotAsync(clock);
        var chat = bot.GroupChat("ko-KR");
        var id = await chat.StartAtStepSevenAsync("ko");
        var a1 = StepSevenMaps.Action("a1", "가격을 첫 화면에", TestUser.Bora, new DateOnly(2027, 1, 20), ActionStatus.InProgress); // Wednesday
        var a2 = StepSevenMaps.Action("a2", "온보딩 체크리스트", TestUser.Chris, new DateOnly(2027, 2, 10));
        var a3 = StepSevenMaps.Action("a3", "Done early", null, new DateOnly(2027, 1, 25), ActionStatus.Done);
        await bot.SetActionsAsync(chat, id, a1, a2, a3);
        var before = environment.Connector.Calls.Count;

        var sends = await PlayYearAsync(bot, clock, [chat], onPost: null, before, onDay: async day =>
        {
            if (day == new DateOnly(2027, 2, 15))
            {
                await bot.SetActionsAsync(chat, id, a1 with { Status = ActionStatus.Done }, a2, a3);
            }
            else if (day == new DateOnly(2027, 2, 20))
            {
                await bot.SetActionsAsync(chat, id, a1 with { Status = ActionStatus.Done }, a2 with { Status = ActionStatus.Dropped }, a3);
            }
        });

        var posts = sends[chat];
        Assert.Equal(["2027-01-21", "2027-01-28", "2027-02-04", "2027-02-11", "2027-02-18"], Dates(posts));
        Assert.Equal([["a1"], ["a1"], ["a1"], ["a1", "a2"], ["a2"]], posts.Select(post => Named(post, a1, a2)).ToArray());
        Assert.All(posts, post => Assert.Contains("기한이 지난 실행 과제", post.Message.Card.Text, StringComparison.Ordinal));
        var both = posts[3].Message;
        Assert.Contains("<at>박보라</at>: 가격을 첫 화면에, 기한 2027-01-20", both.Card.Text, StringComparison.Ordinal);
        Assert.Equal([TestUser.Bora.AadObjectId, TestUser.Chris.AadObjectId],
            both.Card.Json.GetProperty("msteams").GetProperty("entities").EnumerateArray().Select(entity => entity.GetProperty("mentioned").GetProperty("id").GetString()));
        Assert.DoesNotContain("Done early", string.Concat(posts.Select(post => post.Message.Card.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_six_month_outage_a_reminder_that_missed_two_quarters_is_sent_once_at_the_next_ten_oclock()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartBotAsync(clock);
        var chat = bot.GroupChat();
        var id = await chat.StartAtStepSevenAsync();
        clock.SetUtcNow(Start.AddHours(5));
        await bot.FinishAsync(chat, id, RevisitPlan.Default);
        var sender = bot.Services.GetRequiredService<ReminderSender>();
        var before = environment.Connector.Calls.Count;

        // Down from January to Friday 8 October 03:00 in Seoul: the April and July reminders never went out.
        clock.SetUtcNow(Local(new DateOnly(2027, 10, 8), new TimeOnly(3, 0)));
        Assert.Equal([ReminderOutcome.Moved], await sender.PollAsync(CancellationToken.None));
        var sends = await PlayYearAsync(bot, clock, [chat], onPost: null, before, from: new DateOnly(2027, 10, 8), to: new DateOnly(2028, 1, 31));

        Assert.Equal(["2027-10-08", "2028-01-10"], Dates(sends[chat])); // once after the outage; the next a quarter on (8 January 2028 is a Saturday)
    }

    private Task<BotHost> StartBotAsync(FakeTimeProvider clock) => environment.StartBotAsync(new BotHostSettings
    {
        Time = clock,
        ExtraSettings = new Dictionary<string, string> { ["Reminders:Enabled"] = "false" },
    });

    /// <summary>
    /// Each day from <paramref name="from"/> to <paramref name="to"/> (default: all 2027 and 4 January 2028): <paramref name="onDay"/>
    /// at 09:00, a poll at 09:59 (which must send nothing) and one at 10:00 in Seoul; what each conversation received, and when.
    /// </summary>
    private async Task<Dictionary<Conversation, List<Sent>>> PlayYearAsync(
        BotHost bot, FakeTimeProvider clock, IEnumerable<Conversation> chats, Func<Conversation, BotMessage, DateTimeOffset, Task>? onPost, int skip,
        DateOnly? from = null, DateOnly? to = null, Func<DateOnly, Task>? onDay = null)
    {
        var sender = bot.Services.GetRequiredService<ReminderSender>();
        var sends = chats.ToDictionary(chat => chat, _ => new List<Sent>());
        var seen = skip;
        var polls = 0;
        for (var day = from ?? new DateOnly(2027, 1, 5); day <= (to ?? new DateOnly(2028, 1, 4)); day = day.AddDays(1))
        {
            foreach (var at in new[] { new TimeOnly(9, 0), new TimeOnly(9, 59), new TimeOnly(10, 0) })
            {
                var instant = Local(day, at);
                if (instant > clock.GetUtcNow())
                {
                    clock.SetUtcNow(instant);
                }

                if (at.Minute == 0 && at.Hour == 9)
                {
                    if (onDay is not null) await onDay(day);
                    continue;
                }

                await sender.PollAsync(CancellationToken.None);
                polls++;
                var calls = environment.Connector.Calls;
                foreach (var (chat, posts) in sends)
                {
                    foreach (var post in await environment.PostsToAsync(chat, seen))
                    {
                        Assert.True(at.Hour == 10, $"{chat.Id} got a reminder at {day} {at}");
                        posts.Add(new Sent(post, clock.GetUtcNow()));
                        if (onPost is not null) await onPost(chat, post, clock.GetUtcNow());
                    }
                }

                seen = calls.Count;
            }
        }

        output.WriteLine($"{polls} polls");
        return sends;
    }

    private static DateTimeOffset Local(DateOnly day, TimeOnly at) => new DateTimeOffset(day.ToDateTime(at), TimeSpan.FromHours(9)).ToUniversalTime(); // Seoul keeps no summer time

    private static string[] Dates(List<Sent> posts) =>
        [.. posts.Select(post => TimeZoneInfo.ConvertTime(post.At, Seoul).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    private static string[] Named(Sent post, params ActionItem[] actions) =>
        [.. actions.Where(action => post.Message.Card.Text.Contains(action.Details.Title, StringComparison.Ordinal)).Select(action => action.Id)];

    private sealed record Sent(BotMessage Message, DateTimeOffset At);
}
