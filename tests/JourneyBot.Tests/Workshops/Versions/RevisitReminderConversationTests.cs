using System.Globalization;
using JourneyBot.Reminders;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Reminders;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.Implement;
using JourneyBot.Workshops.Steps.JourneyStages;
using JourneyBot.Workshops.Versions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static JourneyBot.Tests.Workshops.Versions.RevisitSteps;

namespace JourneyBot.Tests.Workshops.Versions;

/// <summary>
/// Step 7 end to end with its reminder, on a fake clock through the real endpoint (docs/method.md, Step 7): action items
/// made and moved through their cards, a finish from a Seoul client, the reminder the sender posts a quarter later, Revisit
/// now on that reminder, two KPIs and a score changed, a second finish and the comparison; and Stop reminders turning the
/// map's revisit plan off. The worker's loop is off: the test polls the sender at the instants it sets.
/// </summary>
[Collection(BotTests.Name)]
public sealed class RevisitReminderConversationTests(BotEnvironment environment)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;
    private static readonly TimeZoneInfo Seoul = ReminderTimeZones.Resolve(StepSevenMaps.Seoul);

    /// <summary>Monday 4 January 2027, 14:00 in Seoul.</summary>
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Finish_reminder_Revisit_now_two_KPIs_and_a_score_changed_finish_again_and_the_comparison_shows_them_and_the_action_done()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartBotAsync(clock);
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        var map = await bot.ArrangeFullMapAsync(channel, board, personas: 2);
        var (first, second) = (map.StagesInOrder[0].Id, map.StagesInOrder[1].Id);
        board = (await channel.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;

        // Two action items through the add form: Bora's with a due date after the first reminder, Alice's without one.
        var form = (await channel.ClickAsync(message, board.ButtonTitled("Add an action item"), by: TestUser.Alice)).Card;
        var added = (await channel.ClickAsync(message, form.Button(ImplementVerbs.AddAction), Inputs(
            (ActionForm.TitleInput, "Put the price on the home page"), (ActionForm.OwnerInput, TestUser.Bora.AadObjectId), (ActionForm.DueInput, "2027-06-30")), TestUser.Alice)).Card;
        form = (await channel.ClickAsync(message, added.ButtonTitled("Add an action item"), by: TestUser.Alice)).Card;
        board = (await channel.ClickAsync(message, form.Button(ImplementVerbs.AddAction), Inputs(
            (ActionForm.TitleInput, "Call every churned customer"), (ActionForm.OwnerInput, TestUser.Alice.AadObjectId)), TestUser.Alice)).Card;
        var actions = (await bot.StoredMapAsync(channel, board)).Actions;
        var priceId = actions.Single(action => action.Details.Title == "Put the price on the home page").Id;

        // Finish (the driver's clicks carry clientInfo Asia/Seoul): the revisit is planned a quarter on, at 10:00 in Seoul.
        var finished = (await channel.FinishAsync(message, board, TestUser.Alice)).Card;
        Assert.Contains("Finished: version 1, by Alice Kim on 2027-01-04.", finished.Text, Exact);
        var store = bot.Services.GetRequiredService<IReminderStore>();
        var owner = channel.Owner();
        var planned = await store.FindAsync(owner, map.Id, ReminderKind.Revisit, CancellationToken.None);
        Assert.NotNull(planned);
        Assert.Equal((StepSevenMaps.Seoul, Local(new DateOnly(2027, 4, 5))), (planned.TimeZone, planned.DueAt)); // 4 April is a Sunday

        // The clock reaches the slot: nothing a minute before, the reminder at it.
        var sender = bot.Services.GetRequiredService<ReminderSender>();
        var before = environment.Connector.Calls.Count;
        clock.SetUtcNow(planned.DueAt.AddMinutes(-1));
        Assert.Empty(await sender.PollAsync(CancellationToken.None));
        clock.SetUtcNow(planned.DueAt);
        Assert.Equal([ReminderOutcome.Sent], await sender.PollAsync(CancellationToken.None));
        var reminder = Assert.Single(await environment.PostsToAsync(channel, before)); // valid and under 28 KB, checked there
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Seoul);
        Assert.Equal((new TimeOnly(10, 0), DayOfWeek.Monday), (TimeOnly.FromDateTime(local.DateTime), local.DayOfWeek));
        Assert.Contains("Time to revisit “Onboarding journey”", reminder.Card.Text, Exact);
        Assert.Contains("Find where trial users drop off", reminder.Card.Text, Exact);
        Assert.Contains("Put the price on the home page: not started; owner <at>박보라</at>", reminder.Card.Text, Exact);
        Assert.Equal(["Revisit now", "Snooze a week", "Stop reminders"], reminder.Card.Buttons.Select(button => button.Title));
        Assert.Contains(TestUser.Bora.AadObjectId, reminder.Card.Json.GetProperty("msteams").GetProperty("entities").EnumerateArray()
            .Select(entity => entity.GetProperty("mentioned").GetProperty("id").GetString()));

        // Revisit now on the reminder: that message becomes the board at step 1, version 2; no revisit is planned until the next finish.
        var revisit = (await channel.ClickAsync(reminder, reminder.Card.Button(VersionsVerbs.StartRevisit), by: TestUser.Alice)).Card;
        Assert.Contains("Revisiting: this is version 2; change only what changed since version 1.", revisit.Text, Exact);
        Assert.Null(await store.FindAsync(owner, map.Id, ReminderKind.Revisit, CancellationToken.None));

        // Two KPIs (step 4) and Alice's score (step 2) change.
        var step4 = await channel.GoAsync(reminder, revisit, 4, TestUser.Alice);
        foreach (var (stageId, kpiId, value) in new[] { (first, "k0", "12000"), (second, "k1", "4000") })
        {
            var stage = await channel.OpenStageDataAsync(reminder, step4, stageId, TestUser.Alice);
            var kpiForm = (await channel.ClickAsync(reminder, stage.ButtonFor(FeedbackAndDataVerbs.EditKpi, kpiId), by: TestUser.Alice)).Card;
            await channel.ClickAsync(reminder, kpiForm.Button(FeedbackAndDataVerbs.SaveKpi), kpiForm.Typed((KpiForm.ValueInput, value)), TestUser.Alice);
        }

        var step2 = await channel.GoAsync(reminder, step4, 2, TestUser.Alice);
        var cell = PersonaStageCell.IdFor("p1", first);
        var stageCard = (await channel.ClickAsync(reminder, step2.ButtonFor(JourneyStagesVerbs.OpenStage, first), by: TestUser.Alice)).Card;
        var cellForm = (await channel.ClickAsync(reminder, stageCard.ButtonFor(JourneyStagesVerbs.EditCell, cell), by: TestUser.Alice)).Card;
        await channel.ClickAsync(reminder, cellForm.Button(JourneyStagesVerbs.SaveCell), cellForm.Typed((EmotionScoring.ScoreInput(cell), "2")), TestUser.Alice);

        // Bora, the owner, marks the price action done through its status card; Alice finishes version 2.
        var step7 = await channel.GoAsync(reminder, step2, 7, TestUser.Alice);
        var boraBoard = (await channel.ClickAsync(reminder, step7.Button(WorkshopVerbs.Show), by: TestUser.Bora)).Card;
        var statusForm = (await channel.ClickAsync(reminder, boraBoard.ButtonFor(ImplementVerbs.ChangeStatus, priceId), by: TestUser.Bora)).Card;
        await channel.ClickAsync(reminder, statusForm.Button(ImplementVerbs.SaveStatus), Inputs((ActionsSection.StatusInput, "Done")), TestUser.Bora);
        var aliceBoard = (await channel.ClickAsync(reminder, step7.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var again = (await channel.FinishAsync(reminder, aliceBoard, TestUser.Alice)).Card;
        Assert.Contains("Finished: version 2, by Alice Kim on 2027-04-05.", again.Text, Exact);
        Assert.Equal(Local(new DateOnly(2027, 7, 5)), (await store.FindAsync(owner, map.Id, ReminderKind.Revisit, CancellationToken.None))?.DueAt);

        // Versions, compare 1 with 2: the two KPI changes, the score change and the action done.
        var versionsMessage = await channel.SendAndGetReplyAsync("versions", TestUser.Bora);
        var versions = versionsMessage.Card;
        Assert.Equal(($"{map.Id}:1", $"{map.Id}:2"), (versions.ValueOf(VersionsCard.OlderInput), versions.ValueOf(VersionsCard.NewerInput)));
        var comparison = (await channel.ClickAsync(versionsMessage, versions.Button(VersionsVerbs.Compare), versions.Typed(), TestUser.Bora)).Card;
        var text = comparison.Text;
        Assert.Contains("Version 1 → version 2", text, Exact);
        Assert.Contains("Customers in stage: 10,000 → 12,000 (+2,000)", text, Exact);
        Assert.Contains("Customers in stage: 5,000 → 4,000 (-1,000)", text, Exact);
        Assert.Contains(": 0 → +1 (+1)", text, Exact); // Alice -1 → +2 beside Bora's 0 and Chris's +1: the mean 0 → 1
        Assert.Contains("· Put the price on the home page", text[text.IndexOf("Actions done", Exact)..], Exact);
        Assert.DoesNotContain("Call every churned customer", text, Exact);
        await environment.Cards.AssertValidAsync(comparison.Json, CancellationToken.None);
        Assert.True(comparison.Bytes < 28 * 1024, $"{comparison.Bytes} bytes");
    }

    [Fact]
    public async Task Stop_reminders_on_a_revisit_reminder_turns_the_maps_revisit_off_so_the_board_and_the_rows_agree()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartBotAsync(clock);
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        await chat.FinishAsync(message, board, TestUser.Alice);
        var store = bot.Services.GetRequiredService<IReminderStore>();
        var id = board.WorkshopIdOf();
        var planned = await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None);
        Assert.NotNull(planned);
        var sender = bot.Services.GetRequiredService<ReminderSender>();
        var before = environment.Connector.Calls.Count;
        clock.SetUtcNow(planned.DueAt);
        await sender.PollAsync(CancellationToken.None);
        var reminder = Assert.Single(await environment.PostsToAsync(chat, before));

        var refused = await chat.ClickAsync(reminder, ReminderVerbs.Stop, by: TestUser.Bora);
        Assert.Equal("Only a facilitator can stop the reminders. Anyone can snooze them.", refused.Response?.Value?.Element.GetString());
        Assert.Equal(RevisitCadence.Quarterly, (await bot.StoredMapAsync(chat, board)).Revisit.Cadence);
        var stopped = await chat.ClickAsync(reminder, ReminderVerbs.Stop, by: TestUser.Alice);

        Assert.Contains("Reminders stopped by Alice Kim: the map's revisit is now off.", stopped.Card.Text, Exact);
        var stored = await bot.StoredMapAsync(chat, board);
        Assert.Equal((WorkshopStatus.Finished, RevisitCadence.Off), (stored.Status, stored.Revisit.Cadence));
        Assert.Null(await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None));
        Assert.Contains("Revisit: off.", (await chat.SendAndGetReplyAsync("status", TestUser.Bora)).Card.Text, Exact);
        var afterStop = environment.Connector.Calls.Count;
        clock.Advance(TimeSpan.FromDays(400));
        Assert.Empty(await sender.PollAsync(CancellationToken.None));
        Assert.Empty(await environment.PostsToAsync(chat, afterStop));
    }

    [Fact]
    public async Task A_dialog_submitted_action_with_a_past_due_date_plans_its_overdue_check_and_a_typed_revisit_removes_the_planned_revisit()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await environment.StartBotAsync(new BotHostSettings
        {
            Time = clock,
            Forms = "Dialog",
            ExtraSettings = new Dictionary<string, string> { ["Reminders:Enabled"] = "false" },
        });
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        var id = board.WorkshopIdOf();
        var store = bot.Services.GetRequiredService<IReminderStore>();

        var dialog = await chat.OpenDialogAsync(message, board.Buttons.First(button => button.Type == "Action.Submit" && button.Title == "Add an action item"), TestUser.Bora);
        await chat.SubmitDialogAsync(dialog.Shown, ImplementVerbs.AddAction, Inputs(
            (ActionForm.TitleInput, "가격을 첫 화면에"), (ActionForm.OwnerInput, TestUser.Bora.AadObjectId), (ActionForm.DueInput, "2026-12-30")), TestUser.Bora);
        var overdue = await store.FindAsync(chat.Owner(), id, ReminderKind.OverdueActions, CancellationToken.None);
        Assert.Equal(StepSevenMaps.Seoul, overdue?.TimeZone);

        var current = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        await chat.FinishAsync(message, current, TestUser.Alice);
        Assert.NotNull(await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None));
        var revisited = await chat.SendAndGetReplyAsync("revisit", TestUser.Alice);

        Assert.Contains("Step 1/7", revisited.Card.Text, Exact);
        Assert.Null(await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None));
        Assert.NotNull(await store.FindAsync(chat.Owner(), id, ReminderKind.OverdueActions, CancellationToken.None)); // the action is still open
    }

    [Fact]
    public async Task A_redelivered_finish_plans_once_a_future_state_map_plans_nothing_and_a_finished_map_refuses_cancel_and_keeps_its_reminder()
    {
        var clock = new FakeTimeProvider(Start);
        await using var bot = await StartBotAsync(clock);
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        var id = board.WorkshopIdOf();
        var store = bot.Services.GetRequiredService<IReminderStore>();
        var form = (await chat.ClickAsync(message, board.Button(VersionsVerbs.OpenFinish), by: TestUser.Alice)).Card;
        var finish = chat.ClickActivity(message, form.Button(VersionsVerbs.Finish), Cadence("Monthly"), TestUser.Alice);

        var finished = (await chat.InvokeAsync(finish)).Card;
        var planned = await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None);
        clock.Advance(TimeSpan.FromDays(3)); // a redelivery planned again would move the row a few days on
        await chat.InvokeAsync(finish);

        Assert.Equal(Local(new DateOnly(2027, 2, 4)), planned?.DueAt);
        var after = await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None);
        Assert.Equal((planned?.DueAt, planned?.ETag), (after?.DueAt, after?.ETag)); // the same row, not written again

        // A future-state map: the current map keeps its reminder; the new one, not finished, has none.
        var futureForm = (await chat.ClickAsync(message, finished.Button(VersionsVerbs.OpenFuture), by: TestUser.Alice)).Card;
        var future = (await chat.ClickAsync(message, futureForm.Button(VersionsVerbs.StartFuture),
            new Dictionary<string, object?> { [FutureStateForm.NameInput] = "Where we want to be" }, TestUser.Alice)).Card;
        var futureId = future.WorkshopIdOf();
        Assert.NotEqual(id, futureId);
        Assert.NotNull(await store.FindAsync(chat.Owner(), id, ReminderKind.Revisit, CancellationToken.None));
        Assert.Null(await store.FindAsync(chat.Owner(), futureId, ReminderKind.Revisit, CancellationToken.None));
        Assert.Null(await store.FindAsync(chat.Owner(), futureId, ReminderKind.OverdueActions, CancellationToken.None));

        // Another conversation's finished map cannot be cancelled (finished is read-only): it stays, with its reminder.
        var other = bot.GroupChat();
        var (otherMessage, otherBoard) = await other.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        await other.FinishAsync(otherMessage, otherBoard, TestUser.Alice);
        var asked = await other.SendAndGetReplyAsync("cancel", TestUser.Alice);
        await other.ClickAsync(asked, WorkshopVerbs.ConfirmCancel, by: TestUser.Alice);
        Assert.Equal(WorkshopStatus.Finished, (await bot.StoredMapAsync(other, otherBoard)).Status);
        Assert.NotNull(await store.FindAsync(other.Owner(), otherBoard.WorkshopIdOf(), ReminderKind.Revisit, CancellationToken.None));
    }

    private Task<BotHost> StartBotAsync(FakeTimeProvider clock) => environment.StartBotAsync(new BotHostSettings
    {
        Time = clock,
        ExtraSettings = new Dictionary<string, string> { ["Reminders:Enabled"] = "false" },
    });

    /// <summary>10:00 in Seoul on <paramref name="day"/> (Seoul keeps no summer time).</summary>
    private static DateTimeOffset Local(DateOnly day) => new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9)).ToUniversalTime();

    private static Dictionary<string, object?> Inputs(params (string Id, object? Value)[] inputs) => inputs.ToDictionary(input => input.Id, input => input.Value);
}
