using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Azure.Core;
using Azure.Data.Tables;
using JourneyBot.Reminders;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Workshop;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Reminders;

/// <summary>
/// The reminder worker as it runs in the app (docs/architecture.md, Reminders): its loop on the real clock, two instances over one
/// Azurite, a stopped instance, a removed bot, a throttled or failing connector, and what a poll costs in storage round trips.
/// </summary>
[Collection(BotTests.Name)]
public sealed class ReminderWorkerTests(BotEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task Two_instances_send_each_of_100_due_reminders_exactly_once_and_one_stopped_halfway_loses_none()
    {
        var prefix = "r" + Guid.NewGuid().ToString("N")[..12];
        var (logsA, logsB) = (new RecordedLogs(), new RecordedLogs());
        var hostA = await environment.StartBotAsync(Fast(prefix, logsA));
        await using var hostB = await environment.StartBotAsync(Fast(prefix, logsB));
        var seeded = await SeededReminders.SeedAsync(hostA, 100, DateTimeOffset.UtcNow.AddSeconds(-30));
        var conversations = seeded.Select(workshop => workshop.Owner.ConversationId).ToHashSet(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        await environment.Connector.WaitForCallAsync(_ => Posts(conversations).Count >= 40, TimeSpan.FromSeconds(60));
        await hostA.DisposeAsync(); // stopped halfway: it finishes the reminder in hand, and leaves the rest
        var sentByA = logsA.Lines.Count(line => line.EventId == 5000);
        await WaitUntilAsync(() => Posts(conversations).Count >= 100, TimeSpan.FromSeconds(60));
        var elapsed = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1)); // a duplicate would come in the next polls

        var posts = Posts(conversations);
        Assert.Equal(100, posts.Count);
        Assert.Equal(conversations.Order(StringComparer.Ordinal), posts.Select(call => call.ConversationId).Order(StringComparer.Ordinal));
        var store = hostB.Services.GetRequiredService<IReminderStore>();
        foreach (var workshop in seeded.Take(10))
        {
            var row = Assert.Single(await RowsAsync(store, workshop.Owner, workshop.WorkshopId));
            Assert.True(row.DueAt > DateTimeOffset.UtcNow.AddDays(80), $"{row.DueAt}: the next quarter"); // planned a quarter on, claim released
            Assert.Null(row.ClaimedBy);
        }

        var sentByB = logsB.Lines.Count(line => line.EventId == 5000);
        Assert.Equal(100, sentByA + sentByB);
        output.WriteLine($"100 reminders by two instances (poll 100 ms) in {elapsed.TotalSeconds:N1} s: {sentByA} by the one stopped halfway, {sentByB} by the other; "
            + $"{elapsed.TotalMilliseconds / 100:N1} ms per reminder");
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_bot_removed_from_the_conversation_turns_its_reminders_off_and_says_so_once(int status)
    {
        var logs = new RecordedLogs();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await environment.StartBotAsync(Polled(clock, logs));
        var chat = bot.GroupChat();
        var id = await chat.StartAtStepSevenAsync();
        await bot.SetActionsAsync(chat, id, StepSevenMaps.Action("a1", "Call ten customers", TestUser.Bora, ReminderSchedule.LocalDate(clock.GetUtcNow(), TimeZoneInfo.Utc).AddDays(-3)));
        await bot.FinishAsync(chat, id, new RevisitPlan { Cadence = RevisitCadence.Monthly });
        var store = bot.Services.GetRequiredService<IReminderStore>();
        Assert.Equal(2, (await RowsAsync(store, chat.Owner(), id)).Count); // the revisit and the overdue check
        var sender = bot.Services.GetRequiredService<ReminderSender>();
        var before = environment.Connector.Calls.Count;

        clock.Advance(TimeSpan.FromDays(60));
        Assert.Equal([ReminderOutcome.Moved, ReminderOutcome.Moved], await sender.PollAsync(CancellationToken.None)); // both late: to the next 10:00 slot
        clock.SetUtcNow((await RowsAsync(store, chat.Owner(), id)).Min(row => row.DueAt));
        environment.Connector.EnqueueFailure(status);
        var outcomes = await sender.PollAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(100));
        await sender.PollAsync(CancellationToken.None);

        Assert.Contains(ReminderOutcome.BotRemoved, outcomes);
        Assert.Empty(await RowsAsync(store, chat.Owner(), id));
        var posts = environment.Connector.Calls.Skip(before).Where(call => call.ConversationId == chat.Id && call.Method == "POST").ToList();
        Assert.Equal([status], posts.Select(call => call.StatusCode)); // one try, nothing after
        var line = Assert.Single(logs.Lines, line => line.EventId == 5002);
        Assert.Contains($"the connector answered {status}", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uninstalling_the_bot_turns_the_conversations_reminders_off()
    {
        var logs = new RecordedLogs();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await environment.StartBotAsync(Polled(clock, logs));
        var chat = bot.GroupChat();
        var other = bot.GroupChat();
        var id = await chat.StartAtStepSevenAsync();
        var otherId = await other.StartAtStepSevenAsync();
        await bot.FinishAsync(chat, id, RevisitPlan.Default);
        await bot.FinishAsync(other, otherId, RevisitPlan.Default);
        var store = bot.Services.GetRequiredService<IReminderStore>();

        await chat.RemoveBotAsync();

        Assert.Empty(await RowsAsync(store, chat.Owner(), id));
        Assert.Single(await RowsAsync(store, other.Owner(), otherId)); // another conversation keeps its own
        Assert.Single(logs.Lines, line => line.EventId == 5002);
    }

    [Fact]
    public async Task A_throttled_reminder_waits_as_long_as_Retry_After_asks_a_failing_connector_our_retry_delay_and_then_arrives_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await environment.StartBotAsync(Polled(clock, logs: null, ("Connector:MaxAttempts", "1")));
        var workshop = Assert.Single(await SeededReminders.SeedAsync(bot, 1, clock.GetUtcNow()));
        var sender = bot.Services.GetRequiredService<ReminderSender>();
        var store = bot.Services.GetRequiredService<IReminderStore>();

        environment.Connector.EnqueueFailure(429, "120");
        var throttledAt = clock.GetUtcNow();
        Assert.Equal([ReminderOutcome.Retried], await sender.PollAsync(CancellationToken.None));
        var throttled = Assert.Single(await RowsAsync(store, workshop.Owner, workshop.WorkshopId));
        clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Empty(await sender.PollAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(1));
        environment.Connector.EnqueueFailure(503);
        var failedAt = clock.GetUtcNow();
        Assert.Equal([ReminderOutcome.Retried], await sender.PollAsync(CancellationToken.None));
        var failed = Assert.Single(await RowsAsync(store, workshop.Owner, workshop.WorkshopId));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal([ReminderOutcome.Sent], await sender.PollAsync(CancellationToken.None));

        Assert.Equal(throttledAt + TimeSpan.FromSeconds(120), throttled.DueAt);
        Assert.Equal(failedAt + TimeSpan.FromMinutes(5), failed.DueAt); // Reminders:RetryDelay
        Assert.Equal((1, 2), (throttled.FailedAttempts, failed.FailedAttempts));
        var calls = environment.Connector.Calls.Where(call => call.ConversationId == workshop.Owner.ConversationId && call.Method == "POST").Select(call => call.StatusCode);
        Assert.Equal([429, 503, 201], calls);
        var sent = Assert.Single(await RowsAsync(store, workshop.Owner, workshop.WorkshopId));
        Assert.Equal(0, sent.FailedAttempts);
        Assert.True(sent.DueAt > clock.GetUtcNow().AddDays(80), "the next quarter");
    }

    [Fact]
    public async Task A_poll_with_nothing_due_is_one_storage_round_trip_and_each_reminder_sent_four_more()
    {
        var counter = new RoundTripCounter();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await environment.StartBotAsync(Polled(clock, logs: null) with
        {
            Services = services => counter.CountAppRequests(services, environment.Azurite.ConnectionString),
        });
        var sender = bot.Services.GetRequiredService<ReminderSender>();
        await SeededReminders.SeedAsync(bot, 3, clock.GetUtcNow().AddHours(1));

        counter.Reset();
        await sender.PollAsync(CancellationToken.None);
        var idle = counter.Count;
        clock.Advance(TimeSpan.FromHours(1));
        counter.Reset();
        Assert.Equal([ReminderOutcome.Sent, ReminderOutcome.Sent, ReminderOutcome.Sent], await sender.PollAsync(CancellationToken.None));
        var sending = counter.Count;

        Assert.Equal(1, idle);
        Assert.Equal(1 + (3 * 4), sending); // the query, then per reminder: claim, conversation reference, workshop, record
        output.WriteLine($"Storage round trips: {idle} per poll with nothing due; {(sending - 1) / 3} per reminder sent, plus the poll's one query");
        output.WriteLine("Wait before a due reminder is sent, default Reminders:PollInterval of 1 minute: at most 1 minute (30 s on average) plus the reminders ahead of it in that poll");
    }

    [Fact]
    public async Task Readiness_reports_the_worker_running_and_not_running_and_health_does_not_wait_for_it()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings { ExtraSettings = new Dictionary<string, string> { ["Reminders:PollInterval"] = "00:00:00.100" } });
        var worker = bot.Services.GetRequiredService<ReminderWorker>();
        await WaitUntilAsync(() => worker.LastPoll is not null, TimeSpan.FromSeconds(10));

        var running = await ReadyAsync(bot);
        await worker.StopAsync(CancellationToken.None);
        var stopped = await ReadyAsync(bot);
        using var health = await bot.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, running.Status);
        Assert.True(running.Reminders.GetProperty("data").GetProperty("running").GetBoolean());
        Assert.NotEqual("none yet", running.Reminders.GetProperty("data").GetProperty("lastPoll").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.Status);
        Assert.Equal("Unhealthy", stopped.Reminders.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("Reminders:PollInterval", "00:45:00", "Reminders:PollInterval must be between 50 milliseconds and 30 minutes.")]
    [InlineData("Reminders:ClaimDuration", "00:00:00", "Reminders:ClaimDuration must be between 1 second and 1 hour.")]
    [InlineData("Reminders:BatchSize", "0", "Reminders:BatchSize must be from 1 to 1000.")]
    public async Task Reminder_settings_out_of_range_stop_the_app_at_start(string key, string value, string message)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var bot = await environment.StartBotAsync(new BotHostSettings { ExtraSettings = new Dictionary<string, string> { [key] = value } });
        });

        Assert.Contains(message, Flatten(failure), StringComparison.Ordinal);

        static string Flatten(Exception exception) => exception switch
        {
            AggregateException aggregate => string.Join(" ", aggregate.InnerExceptions.Select(Flatten)),
            _ => exception.Message + " " + (exception.InnerException is { } inner ? Flatten(inner) : string.Empty),
        };
    }

    private static async Task<(HttpStatusCode Status, JsonElement Reminders)> ReadyAsync(BotHost bot)
    {
        using var response = await bot.Http.GetAsync("/readyz");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("checks").GetProperty("reminders").Clone());
    }

    private List<Testing.ConnectorCall> Posts(HashSet<string> conversations) =>
        [.. environment.Connector.Calls.Where(call => conversations.Contains(call.ConversationId) && ReminderPosts.IsProactivePost(call, call.ConversationId))];

    private static BotHostSettings Fast(string prefix, RecordedLogs logs) => new()
    {
        TablePrefix = prefix,
        Logs = logs,
        ExtraSettings = new Dictionary<string, string> { ["Reminders:PollInterval"] = "00:00:00.100", ["Reminders:ClaimDuration"] = "00:00:05" },
    };

    /// <summary>A bot on <paramref name="clock"/> whose worker loop is off: the test polls.</summary>
    private static BotHostSettings Polled(FakeTimeProvider clock, RecordedLogs? logs, params (string Key, string Value)[] settings) => new()
    {
        Time = clock,
        Logs = logs,
        ExtraSettings = new Dictionary<string, string>(settings.Select(setting => KeyValuePair.Create(setting.Key, setting.Value))) { ["Reminders:Enabled"] = "false" },
    };

    /// <summary>The workshop's reminder rows, each kind read with one point read.</summary>
    private static async Task<IReadOnlyList<Reminder>> RowsAsync(IReminderStore store, WorkshopOwner owner, string workshopId)
    {
        var rows = new List<Reminder>();
        foreach (var kind in Enum.GetValues<ReminderKind>())
        {
            if (await store.FindAsync(owner, workshopId, kind, CancellationToken.None) is { } row) rows.Add(row);
        }

        return rows;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < timeout, $"not within {timeout}");
            await Task.Delay(50);
        }
    }
}
