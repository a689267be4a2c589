using Azure.Data.Tables;
using JourneyBot.Connector.Schema;
using JourneyBot.Storage;
using JourneyBot.Storage.Versions;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.Implement;
using JourneyBot.Workshops.Steps.JourneyStages;
using JourneyBot.Workshops.Versions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using static JourneyBot.Tests.Workshops.Versions.RevisitSteps;

namespace JourneyBot.Tests.Workshops.Versions;

/// <summary>
/// Step 7's finish and revisit through the real endpoint in a channel: the facilitator finishes, the finished board is
/// read-only, Revisit now starts version 2, the team changes two KPIs and a score, finishes again, and the comparison shows it.
/// </summary>
[Collection(BotTests.Name)]
public sealed class RevisitConversationTests(BotEnvironment environment)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;

    [Fact]
    public async Task A_full_revisit_finishes_twice_and_the_comparison_shows_the_KPI_score_and_action_changes()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        var map = await bot.ArrangeFullMapAsync(channel, board, personas: 2);
        var (first, second) = (map.StagesInOrder[0].Id, map.StagesInOrder[1].Id);
        var (alice, at) = (TestUser.Alice.AsParticipant(), DateTimeOffset.UtcNow);
        await bot.ChangeStoredAsync(channel, board,
            m => m.AddAction(alice, "a1", new ActionDetails { Title = "Put the price on the home page" }, null, at),
            m => m.SetActionStatus(alice, "a1", ActionStatus.InProgress),
            m => m.AddAction(TestUser.Bora.AsParticipant(), "a2", new ActionDetails { Title = "Call every churned customer" }, null, at));
        board = (await channel.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;

        // Only the facilitator finishes: Bora gets no form, and pressing Finish on Alice's form is refused.
        Assert.Equal("Finish…", board.Button(VersionsVerbs.OpenFinish).Title);
        var boraForm = (await channel.ClickAsync(message, board.Button(VersionsVerbs.OpenFinish), by: TestUser.Bora)).Card;
        Assert.Contains("Only a facilitator", boraForm.Text, Exact);
        var aliceForm = (await channel.ClickAsync(message, board.Button(VersionsVerbs.OpenFinish), by: TestUser.Alice)).Card;
        Assert.Equal("Quarterly", aliceForm.ValueOf(RevisitPlanFields.CadenceInput));
        var boraFinish = (await channel.ClickAsync(message, aliceForm.Button(VersionsVerbs.Finish), Cadence("Quarterly"), TestUser.Bora)).Card;
        Assert.Contains("Only a facilitator", boraFinish.Text, Exact);
        Assert.Equal(WorkshopStatus.Active, (await bot.StoredMapAsync(channel, board)).Status);

        // A date in the past is refused beside the date; quarterly finishes as version 1.
        var past = (await channel.ClickAsync(message, aliceForm.Button(VersionsVerbs.Finish), Cadence("OnDate", "2020-01-01"), TestUser.Alice)).Card;
        Assert.Equal("Pick a date after today: 2020-01-01 has passed.", past.ErrorBelow(RevisitPlanFields.DateInput));
        var finished = (await channel.ClickAsync(message, aliceForm.Button(VersionsVerbs.Finish), Cadence("Quarterly"), TestUser.Alice)).Card;
        var today = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Finished: version 1, by Alice Kim on {today}.", finished.Text, Exact);
        Assert.Contains("Revisit: every quarter.", finished.Text, Exact);
        Assert.Contains("Finished: version 1", (await channel.SharedCardAsync(message))!.Text, Exact);
        Assert.Equal([new MapVersionSummary(1, (await bot.StoredMapAsync(channel, board)).FinishedAt!.Value, TestUser.Alice.AsParticipant())],
            await Versions(bot).ListAsync(Owner(channel), map.Id, CancellationToken.None));

        // The finished map refuses every change but action status: typed moves, a rename, Revisit by Bora.
        foreach (var typed in new[] { "next", "go 4", "rename Another name" })
        {
            Assert.Contains("This map is finished: it is read-only until a facilitator starts a revisit.", (await channel.SendAndGetReplyAsync(typed, TestUser.Alice)).Card.Text, Exact);
        }

        Assert.DoesNotContain(finished.Buttons, button => button.Verb is WorkshopVerbs.Next or WorkshopVerbs.Go or VersionsVerbs.OpenFinish);
        var boraRevisit = (await channel.ClickAsync(message, finished.Button(VersionsVerbs.StartRevisit), by: TestUser.Bora)).Card;
        Assert.Contains("Only a facilitator", boraRevisit.Text, Exact);
        Assert.Contains("Only a facilitator", (await channel.SendAndGetReplyAsync("revisit", TestUser.Bora)).Card.Text, Exact);

        // Revisit now: version 2 at step 1. The team changes two KPIs (step 4) and Alice's score (step 2); a1 gets done.
        var revisit = (await channel.ClickAsync(message, finished.Button(VersionsVerbs.StartRevisit), by: TestUser.Alice)).Card;
        Assert.Contains("Step 1/7", revisit.Text, Exact);
        Assert.Contains("Revisiting: this is version 2; change only what changed since version 1.", revisit.Text, Exact);
        var step4 = await channel.GoAsync(message, revisit, 4, TestUser.Alice);
        foreach (var (stageId, kpiId, value) in new[] { (first, "k0", "12000"), (second, "k1", "4000") })
        {
            var stage = await channel.OpenStageDataAsync(message, step4, stageId, TestUser.Alice);
            var kpiForm = (await channel.ClickAsync(message, stage.ButtonFor(FeedbackAndDataVerbs.EditKpi, kpiId), by: TestUser.Alice)).Card;
            await channel.ClickAsync(message, kpiForm.Button(FeedbackAndDataVerbs.SaveKpi), kpiForm.Typed((KpiForm.ValueInput, value)), TestUser.Alice);
        }

        var step2 = await channel.GoAsync(message, step4, 2, TestUser.Alice);
        var cell = PersonaStageCell.IdFor("p1", first);
        var stageCard = (await channel.ClickAsync(message, step2.ButtonFor(JourneyStagesVerbs.OpenStage, first), by: TestUser.Alice)).Card;
        var cellForm = (await channel.ClickAsync(message, stageCard.ButtonFor(JourneyStagesVerbs.EditCell, cell), by: TestUser.Alice)).Card;
        await channel.ClickAsync(message, cellForm.Button(JourneyStagesVerbs.SaveCell), cellForm.Typed((EmotionScoring.ScoreInput(cell), "2")), TestUser.Alice);
        var step7 = await channel.GoAsync(message, step2, 7, TestUser.Alice);
        var statusForm = (await channel.ClickAsync(message, step7.ButtonFor(ImplementVerbs.ChangeStatus, "a1"), by: TestUser.Alice)).Card;
        step7 = (await channel.ClickAsync(message, statusForm.Button(ImplementVerbs.SaveStatus),
            new Dictionary<string, object?> { [ActionsSection.StatusInput] = "Done" }, TestUser.Alice)).Card;
        var again = (await channel.FinishAsync(message, step7, TestUser.Alice)).Card;
        Assert.Contains("Finished: version 2, by Alice Kim", again.Text, Exact);

        // The versions: typed, both listed; Compare defaults to 1 against 2.
        var versionsMessage = await channel.SendAndGetReplyAsync("versions", TestUser.Bora);
        var versions = versionsMessage.Card;
        Assert.Contains($"**Version 2** · {today} · Alice Kim", versions.Text, Exact);
        Assert.Contains($"**Version 1** · {today} · Alice Kim", versions.Text, Exact);
        Assert.Equal(($"{map.Id}:1", $"{map.Id}:2"), (versions.ValueOf(VersionsCard.OlderInput), versions.ValueOf(VersionsCard.NewerInput)));
        var comparison = (await channel.ClickAsync(versionsMessage, versions.Button(VersionsVerbs.Compare), versions.Typed(), TestUser.Bora)).Card;

        var text = comparison.Text;
        Assert.Contains("Version 1 → version 2", text, Exact);
        Assert.Contains("Customers in stage: 10,000 → 12,000 (+2,000)", text, Exact);
        Assert.Contains("Customers in stage: 5,000 → 4,000 (-1,000)", text, Exact);
        Assert.Contains("Customers in stage: 3,333.3333 → 3,333.3333 (±0)", text, Exact);
        Assert.Contains("Tech-minded founder · ", text, Exact);
        Assert.Contains(": 0 → +1 (+1)", text, Exact); // Alice -1 → +2 beside Bora's 0 and Chris's +1: the mean 0 → 1
        Assert.Contains("· Put the price on the home page", text[text.IndexOf("Actions done", Exact)..], Exact);
        Assert.DoesNotContain("Call every churned customer", text, Exact);
        Assert.True(comparison.Bytes < 28_000, $"{comparison.Bytes} bytes");
    }

    [Fact]
    public async Task When_the_version_cannot_be_saved_nothing_finishes_and_the_form_stays_with_try_again()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        var prefix = bot.Settings.TablePrefix;
        await using var faulty = await environment.StartBotAsync(new BotHostSettings
        {
            TablePrefix = prefix,
            // The workshop's tables work; the versions table's requests go where nothing listens (a real connection refused).
            Services = services => services.Replace(ServiceDescriptor.Singleton<IMapVersionStore>(provider => new TableMapVersionStore(
                new TableServiceClient(StorageNowhere.ConnectionString, StorageNowhere.NoRetries), provider.GetRequiredService<TableNames>(), NullLogger<TableMapVersionStore>.Instance))),
        });
        var sameChannel = channel.Through(faulty);
        var form = (await sameChannel.ClickAsync(message, board.Button(VersionsVerbs.OpenFinish), by: TestUser.Alice)).Card;

        var clicked = await sameChannel.ClickAsync(message, form.Button(VersionsVerbs.Finish), Cadence("Monthly"), TestUser.Alice);

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, clicked.Response!.Type);
        Assert.Contains("please try again in a moment", clicked.Response.Value!.Value.Element.GetString(), Exact);
        var stored = await bot.StoredMapAsync(channel, board);
        Assert.Equal((WorkshopStatus.Active, RevisitCadence.Quarterly, 1), (stored.Status, stored.Revisit.Cadence, stored.MapVersionNumber));
        Assert.Empty(await Versions(bot).ListAsync(Owner(channel), stored.Id, CancellationToken.None));

        var retried = await channel.ClickAsync(message, form.Button(VersionsVerbs.Finish), Cadence("Monthly"), TestUser.Alice);
        Assert.Contains("Finished: version 1", retried.Card.Text, Exact);
    }

    [Fact]
    public async Task A_redelivered_finish_counts_once_and_saves_one_version()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        var form = (await chat.ClickAsync(message, board.Button(VersionsVerbs.OpenFinish), by: TestUser.Alice)).Card;
        var finish = chat.ClickActivity(message, form.Button(VersionsVerbs.Finish), Cadence("HalfYearly"), TestUser.Alice);

        var firstTime = await chat.InvokeAsync(finish);
        var secondTime = await chat.InvokeAsync(finish);

        Assert.Contains("Finished: version 1", firstTime.Card.Text, Exact);
        Assert.Contains("That was already saved.", secondTime.Card.Text, Exact);
        var stored = await bot.StoredMapAsync(chat, board);
        Assert.Equal((WorkshopStatus.Finished, 1, RevisitCadence.HalfYearly), (stored.Status, stored.MapVersionNumber, stored.Revisit.Cadence));
        Assert.Single(await Versions(bot).ListAsync(Owner(chat), stored.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Revisit_now_on_a_message_that_is_not_the_board_turns_it_into_the_board_at_step_1()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        var finished = (await chat.FinishAsync(message, board, TestUser.Alice, "OnDate", DateTimeOffset.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).Card;
        Assert.Contains("Revisit: on ", finished.Text, Exact);
        var reminder = (await chat.SendAsync("help", TestUser.Alice)).Single(); // any other message of the bot's, as the reminder card is

        var revisited = await chat.ClickAsync(reminder, finished.Button(VersionsVerbs.StartRevisit), by: TestUser.Alice);

        Assert.Contains("Step 1/7", revisited.Card.Text, Exact);
        Assert.Contains("Step 1/7", (await chat.SharedCardAsync(reminder))!.Text, Exact);
        Assert.Equal((WorkshopStatus.Active, 2), ((await bot.StoredMapAsync(chat, board)).Status, (await bot.StoredMapAsync(chat, board)).MapVersionNumber));
    }

    [Fact]
    public async Task A_future_state_map_starts_with_the_current_maps_personas_and_stages_and_compares_against_its_latest_version()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        await bot.AddPersonasAsync(chat, board, ("p1", "Tech-minded founder"));
        var current = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var finished = (await chat.FinishAsync(message, current, TestUser.Alice)).Card;
        Assert.Contains("Only a facilitator", (await chat.ClickAsync(message, finished.Button(VersionsVerbs.OpenFuture), by: TestUser.Bora)).Card.Text, Exact);
        var form = (await chat.ClickAsync(message, finished.Button(VersionsVerbs.OpenFuture), by: TestUser.Alice)).Card;
        Assert.Equal("Onboarding journey — future state", form.ValueOf(FutureStateForm.NameInput));
        var start = chat.ClickActivity(message, form.Button(VersionsVerbs.StartFuture), new Dictionary<string, object?> { [FutureStateForm.NameInput] = "Where we want to be" }, TestUser.Alice);

        var started = (await chat.InvokeAsync(start)).Card;
        var again = (await chat.InvokeAsync(start)).Card; // pressed twice: one map

        Assert.Contains("Step 1/7", started.Text, Exact);
        Assert.Contains("Where we want to be", started.Text, Exact);
        Assert.Equal(started.WorkshopIdOf(), again.WorkshopIdOf());
        var currentId = board.WorkshopIdOf();
        var future = await bot.StoredMapAsync(chat, started.WorkshopIdOf());
        Assert.Equal((MapType.FutureState, new CurrentStateLink(currentId, 1)), (future.MapType, future.CurrentState));
        Assert.Equal(["p1"], future.Personas.Select(persona => persona.Id));
        Assert.Equal((await bot.StoredMapAsync(chat, currentId)).Stages, future.Stages);
        Assert.Contains("Where we want to be", (await chat.SendAndGetReplyAsync("status", TestUser.Alice)).Card.Text, Exact);

        var futureStep7 = await chat.GoAsync(message, started, 7, TestUser.Alice);
        var futureFinished = (await chat.FinishAsync(message, futureStep7, TestUser.Alice)).Card;
        var versions = (await chat.ClickAsync(message, futureFinished.Button(VersionsVerbs.ShowVersions), by: TestUser.Bora)).Card;
        Assert.Equal(($"{currentId}:1", $"{future.Id}:1"), (versions.ValueOf(VersionsCard.OlderInput), versions.ValueOf(VersionsCard.NewerInput)));
        var comparison = (await chat.ClickAsync(message, versions.Button(VersionsVerbs.Compare), versions.Typed(), TestUser.Bora)).Card;
        Assert.Contains("Onboarding journey (version 1) → Where we want to be (version 1)", comparison.Text, Exact);

        // Another conversation cannot compare against a version of this one's maps, even by naming it.
        var stranger = bot.GroupChat();
        var (strangerMessage, strangerBoard) = await stranger.StartAtStepAsync(TestUser.Chris, WorkshopStep.ImplementAndIterate);
        var strangerFinished = (await stranger.FinishAsync(strangerMessage, strangerBoard, TestUser.Chris)).Card;
        var strangerRevisit = (await stranger.ClickAsync(strangerMessage, strangerFinished.Button(VersionsVerbs.StartRevisit), by: TestUser.Chris)).Card;
        strangerFinished = (await stranger.FinishAsync(strangerMessage, await stranger.GoAsync(strangerMessage, strangerRevisit, 7, TestUser.Chris), TestUser.Chris)).Card;
        var strangerVersions = (await stranger.ClickAsync(strangerMessage, strangerFinished.Button(VersionsVerbs.ShowVersions), by: TestUser.Chris)).Card;
        var refused = (await stranger.ClickAsync(strangerMessage, strangerVersions.Button(VersionsVerbs.Compare), new Dictionary<string, object?>
        {
            [VersionsCard.OlderInput] = $"{currentId}:1",
            [VersionsCard.NewerInput] = $"{strangerBoard.WorkshopIdOf()}:1",
        }, TestUser.Chris)).Card;
        Assert.DoesNotContain("→", refused.Text, Exact);
        Assert.NotNull(refused.ErrorBelow(VersionsCard.OlderInput));
    }

    private static IMapVersionStore Versions(BotHost bot) => bot.Services.GetRequiredService<IMapVersionStore>();

    private static WorkshopOwner Owner(Conversation chat) => new(chat.Account.TenantId, chat.Id);
}

/// <summary>Table Storage that refuses every connection (the discard port), without the client's retries.</summary>
internal static class StorageNowhere
{
    public const string ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    public static TableClientOptions NoRetries
    {
        get
        {
            var options = new TableClientOptions();
            options.Retry.MaxRetries = 0;
            return options;
        }
    }
}
