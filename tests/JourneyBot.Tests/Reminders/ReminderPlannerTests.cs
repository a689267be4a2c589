using JourneyBot.Connector.Schema;
using JourneyBot.Reminders;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Tests.Reminders;

/// <summary>The planner: reminder rows follow the map's status, revisit plan and action items, in the facilitator's zone.</summary>
[Collection(BotTests.Name)]
public sealed class ReminderPlannerTests(BotEnvironment environment)
{
    private static readonly DateTimeOffset Monday = new(2027, 1, 4, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_plan_follows_the_finish_a_changed_plan_a_revisit_and_off_and_keeps_the_zone_it_was_given()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await environment.StartBotAsync(Settings(clock));
        var chat = bot.GroupChat();
        var id = await chat.StartAtStepSevenAsync();
        var planner = bot.Services.GetRequiredService<IRevisitReminders>();
        var store = bot.Services.GetRequiredService<IReminderStore>();
        var finished = await bot.FinishAsync(chat, id, RevisitPlan.Default); // planned in Seoul
        var seoul = await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None);

        var monthly = finished.Map with { Revisit = new RevisitPlan { Cadence = RevisitCadence.Monthly } };
        await planner.PlanAsync(chat.Owner(), new MapOutcome { Before = finished.Map, Map = monthly }, timeZone: null, CancellationToken.None);
        var replanned = await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None);
        await planner.PlanAsync(chat.Owner(), new MapOutcome { Before = monthly, Map = monthly with { Revisit = new RevisitPlan { Cadence = RevisitCadence.Quarterly } } }, "America/New_York", CancellationToken.None);
        var newYork = await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None);
        await planner.PlanAsync(chat.Owner(), new MapOutcome { Before = monthly, Map = monthly with { Status = WorkshopStatus.Active } }, null, CancellationToken.None);
        var revisiting = await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None);
        await planner.PlanAsync(chat.Owner(), new MapOutcome { Before = monthly with { Status = WorkshopStatus.Active }, Map = monthly with { Revisit = new RevisitPlan { Cadence = RevisitCadence.Off } } }, null, CancellationToken.None);
        var off = await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2027, 4, 5, 10, 0, 0, TimeSpan.FromHours(9)), seoul!.DueAt);
        Assert.Equal(new DateTimeOffset(2027, 2, 4, 10, 0, 0, TimeSpan.FromHours(9)), replanned!.DueAt); // no zone in that activity: Seoul kept
        Assert.Equal(StepSevenMaps.Seoul, replanned.TimeZone);
        Assert.Equal(new DateTimeOffset(2027, 4, 5, 10, 0, 0, TimeSpan.FromHours(-4)), newYork!.DueAt); // 4 January at midnight there: 4 April is a Sunday
        Assert.Null(revisiting); // the next finish plans again
        Assert.Null(off);
    }

    [Fact]
    public async Task Cancelling_the_workshop_through_its_card_removes_its_reminders()
    {
        var clock = new FakeTimeProvider(Monday);
        await using var bot = await environment.StartBotAsync(Settings(clock));
        var chat = bot.GroupChat();
        var id = await chat.StartAtStepSevenAsync();
        await bot.SetActionsAsync(chat, id, StepSevenMaps.Action("a1", "Call ten customers", TestUser.Bora, new DateOnly(2027, 1, 20)));
        var store = bot.Services.GetRequiredService<IReminderStore>();
        Assert.NotNull(await store.FindAsync(chat.Owner(), id, ReminderKind.OverdueActions, CancellationToken.None));

        var asked = await chat.SendAndGetReplyAsync("cancel", TestUser.Alice);
        await chat.ClickAsync(asked, WorkshopVerbs.ConfirmCancel, by: TestUser.Alice);

        Assert.Null(await store.FindAsync(chat.Owner(), id, ReminderKind.OverdueActions, CancellationToken.None));
    }

    [Fact]
    public async Task A_planner_that_cannot_reach_storage_logs_it_and_does_not_fail_the_turn()
    {
        var logs = new RecordedLogs();
        await using var bot = await environment.StartBotAsync(new BotHostSettings
        {
            Logs = logs,
            TablesConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            ExtraSettings = new Dictionary<string, string> { ["Reminders:Enabled"] = "false" },
        });
        var map = JourneyMap.Start(new NewWorkshop
        {
            Id = "w1", Name = "W", MapType = MapType.CurrentState, Template = StageTemplate.Saas, Language = "en",
            Facilitator = new Participant("a", "A"), CreatedAt = Monday,
        }).Map!;

        await bot.Services.GetRequiredService<IRevisitReminders>().PlanAsync(
            new WorkshopOwner("t", "c"), new MapOutcome { Before = map, Map = map with { Status = WorkshopStatus.Finished } }, null, CancellationToken.None);

        Assert.Single(logs.Lines, line => line.EventId == 5010);
    }

    [Theory]
    [InlineData("Asia/Seoul", null, "Asia/Seoul")]
    [InlineData(null, "Europe/Berlin", "Europe/Berlin")]
    [InlineData("", null, null)]
    public void The_zone_comes_from_clientInfo_else_the_activitys_localTimezone(string? clientInfo, string? localTimezone, string? expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Entities = clientInfo is null ? null : [new Entity { Type = "clientInfo", Timezone = clientInfo }],
            ExtensionData = localTimezone is null ? null : new() { ["localTimezone"] = System.Text.Json.JsonSerializer.SerializeToElement(localTimezone) },
        };

        Assert.Equal(expected, ReminderTimeZones.Of(activity));
    }

    private static BotHostSettings Settings(FakeTimeProvider clock) => new() { Time = clock, ExtraSettings = new Dictionary<string, string> { ["Reminders:Enabled"] = "false" } };
}
