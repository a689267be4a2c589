using System.Text.Json;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using JourneyBot.Workshops.Steps.JourneyStages;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Forms in Teams dialogs (Cards:Forms = Dialog, the default in Teams): the board's edit, notes and settings buttons ask for a
/// dialog; its buttons submit to the bot; the board redrawn meanwhile takes nobody's typing.
/// </summary>
[Collection(BotTests.Name)]
public sealed class DialogFormTests(BotEnvironment environment)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;
    private static readonly BotHostSettings Dialogs = new() { Forms = "Dialog" };

    [Fact]
    public async Task Notes_open_in_a_dialog_save_from_it_and_the_board_is_redrawn_for_everyone()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.JourneyStages);
        await bot.AddPersonasAsync(channel, board, ("p1", "Tech founder"));
        board = (await channel.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Chris)).Card;
        var stage = await channel.OpenDialogAsync(message, DialogButton(board, JourneyStagesVerbs.OpenStage, "awareness"), TestUser.Chris);

        var opened = await channel.SubmitDialogAsync(stage.Shown, JourneyStagesVerbs.EditCell, new Dictionary<string, object?>(), TestUser.Chris);
        var saved = await channel.SubmitDialogAsync(opened.Shown, JourneyStagesVerbs.SaveCell, Notes("See value in a day"), TestUser.Chris);

        Assert.Equal("Onboarding journey", stage.Title);
        Assert.Contains(opened.Shown.Inputs, input => input.Id == CellForm.CustomerGoalInput);
        Assert.DoesNotContain(opened.Shown.Buttons, button => button.Type == "Action.Execute"); // dialogs take Action.Submit only
        Assert.Contains("Saved: ", saved.Shown.Text, Exact); // back on the stage, in the dialog, the notes in place
        var cell = Assert.Single((await bot.StoredMapAsync(channel, board)).Cells);
        Assert.Equal("See value in a day", cell.Notes.CustomerGoal);
        Assert.NotNull(await channel.SharedCardAsync(message)); // redrawn from the board message the dialog's button named
    }

    [Fact]
    public async Task Someone_elses_save_while_a_dialog_is_open_takes_none_of_its_typing()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.JourneyStages);
        await bot.AddPersonasAsync(channel, board, ("p1", "Tech founder"), ("p2", "Team lead"));
        board = (await channel.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Chris)).Card;
        var chrisStage = await channel.OpenDialogAsync(message, DialogButton(board, JourneyStagesVerbs.OpenStage, "awareness"), TestUser.Chris);
        var chrisDialog = await channel.SubmitDialogAsync(chrisStage.Shown, JourneyStagesVerbs.EditCell, new Dictionary<string, object?>(), TestUser.Chris, "p1.awareness");

        // Bora saves notes of her own while Chris is still typing: the board is redrawn for everyone.
        var boraStage = await channel.OpenDialogAsync(message, DialogButton(board, JourneyStagesVerbs.OpenStage, "awareness"), TestUser.Bora);
        var boraDialog = await channel.SubmitDialogAsync(boraStage.Shown, JourneyStagesVerbs.EditCell, new Dictionary<string, object?>(), TestUser.Bora, "p2.awareness");
        Assert.NotNull((await channel.SubmitDialogAsync(boraDialog.Shown, JourneyStagesVerbs.SaveCell, Notes("Asks the team first"), TestUser.Bora)).Card);
        Assert.NotNull(await channel.SharedCardAsync(message));

        var chrisSaved = await channel.SubmitDialogAsync(chrisDialog.Shown, JourneyStagesVerbs.SaveCell, Notes("Wants value in a day"), TestUser.Chris);

        Assert.Contains("Saved: ", chrisSaved.Shown.Text, Exact);
        var cells = (await bot.StoredMapAsync(channel, board)).Cells.ToDictionary(cell => cell.Id, cell => cell.Notes.CustomerGoal);
        Assert.Equal("Wants value in a day", cells["p1.awareness"]);
        Assert.Equal("Asks the team first", cells["p2.awareness"]);
    }

    [Fact]
    public async Task A_refused_save_comes_back_in_the_dialog_with_the_error_beside_its_field_and_the_text_kept()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        await bot.ChangeStoredAsync(chat, board, map => map.AddGoal(TestUser.Alice.AsParticipant(), "g1", "Find the holes", DateTimeOffset.UtcNow));
        board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var goalId = Assert.Single((await bot.StoredMapAsync(chat, board)).Goals).Id;
        var opened = await chat.OpenDialogAsync(message, DialogButton(board, GoalsAndPersonasVerbs.EditGoal), TestUser.Alice);
        var tooLong = new string('x', Limits.MaxLongTextLength + 1);

        var refused = await chat.SubmitDialogAsync(opened.Shown, GoalsAndPersonasVerbs.SaveGoal, new Dictionary<string, object?> { [GoalsSection.TextInput] = tooLong }, TestUser.Alice);

        Assert.Equal("At most 2,000 characters.", refused.Shown.ErrorBelow(GoalsSection.TextInput));
        Assert.Equal(tooLong, refused.Shown.ValueOf(GoalsSection.TextInput));
        Assert.Equal("Find the holes", Assert.Single((await bot.StoredMapAsync(chat, board)).Goals, goal => goal.Id == goalId).Text);
        var fixedUp = await chat.SubmitDialogAsync(refused.Shown, GoalsAndPersonasVerbs.SaveGoal, new Dictionary<string, object?> { [GoalsSection.TextInput] = "Find where trials stall" }, TestUser.Alice);
        Assert.Equal("Saved.", fixedUp.Message);
        Assert.Equal("Find where trials stall", Assert.Single((await bot.StoredMapAsync(chat, board)).Goals).Text);
    }

    [Fact]
    public async Task A_participant_cannot_save_someone_elses_goal_even_with_the_authors_dialog()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        await bot.ChangeStoredAsync(chat, board, map => map.AddGoal(TestUser.Alice.AsParticipant(), "g1", "Find the holes", DateTimeOffset.UtcNow));
        board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var opened = await chat.OpenDialogAsync(message, DialogButton(board, GoalsAndPersonasVerbs.EditGoal), TestUser.Alice);

        // The dialog's data names the goal, not the person: whoever submits is who the bot checks.
        var refused = await chat.SubmitDialogAsync(opened.Shown, GoalsAndPersonasVerbs.SaveGoal, new Dictionary<string, object?> { [GoalsSection.TextInput] = "Mine now" }, TestUser.Chris);

        Assert.Equal("Only a facilitator, or the person who added it, can do this.", refused.Message);
        Assert.Equal("Find the holes", Assert.Single((await bot.StoredMapAsync(chat, board)).Goals).Text);
    }

    [Fact]
    public async Task A_rename_from_a_settings_dialog_opened_before_the_workshop_moved_on_changes_nothing()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var settings = await chat.OpenDialogAsync(message, DialogButton(board, WorkshopVerbs.Settings), TestUser.Alice);
        await chat.ClickAsync(message, board.Button(WorkshopVerbs.Next), by: TestUser.Alice);

        var stale = await chat.SubmitDialogAsync(settings.Shown, WorkshopVerbs.Rename, new Dictionary<string, object?> { ["settings.name"] = "Renamed" }, TestUser.Alice);

        Assert.StartsWith("The workshop moved on since this form opened", stale.Message, Exact);
        Assert.Equal("Onboarding journey", (await bot.StoredMapAsync(chat, board)).Name);
    }

    [Fact]
    public async Task In_dialog_mode_only_form_buttons_open_dialogs_and_every_card_stays_valid()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var chat = bot.GroupChat();
        var (_, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var submits = board.Buttons.Where(button => button.Type == "Action.Submit").Select(VerbOf).ToList();

        Assert.Equal(["form.open", "form.open", WorkshopVerbs.Settings], submits); // add a goal, add a persona, settings
        Assert.DoesNotContain(board.Buttons, button => button.Type == "Action.ShowCard" && button.Title is "Add a goal" or "Add a persona");
        Assert.Contains(board.Buttons, button => button is { Type: "Action.Execute", Verb: WorkshopVerbs.Next });
    }

    [Fact]
    public async Task An_add_form_opens_in_a_dialog_and_after_each_add_offers_itself_again_for_the_next_item()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var addGoal = board.Buttons.First(button => button.Type == "Action.Submit" && button.Title == "Add a goal");

        var opened = await chat.OpenDialogAsync(message, addGoal, TestUser.Chris);
        var first = await chat.SubmitDialogAsync(opened.Shown, GoalsAndPersonasVerbs.AddGoal, new Dictionary<string, object?> { [GoalsSection.TextInput] = "Find where trials stall" }, TestUser.Chris);
        var second = await chat.SubmitDialogAsync(first.Shown, GoalsAndPersonasVerbs.AddGoal, new Dictionary<string, object?> { [GoalsSection.TextInput] = "Shorten time to value" }, TestUser.Chris);

        Assert.Contains(opened.Shown.Inputs, input => input.Id == GoalsSection.TextInput);
        Assert.StartsWith("Saved. Add another", first.Shown.Text, Exact);
        Assert.True(string.IsNullOrEmpty(first.Shown.ValueOf(GoalsSection.TextInput)), "the form comes back empty");
        Assert.NotNull(second.Card);
        Assert.Equal(["Find where trials stall", "Shorten time to value"], (await bot.StoredMapAsync(chat, board)).Goals.Select(goal => goal.Text));
        Assert.NotNull(await chat.SharedCardAsync(message));
    }

    [Fact]
    public async Task A_refused_add_comes_back_in_the_dialog_and_the_fixed_one_is_saved_once()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var opened = await chat.OpenDialogAsync(message, board.Buttons.First(button => button.Type == "Action.Submit" && button.Title == "Add a goal"), TestUser.Alice);

        var refused = await chat.SubmitDialogAsync(opened.Shown, GoalsAndPersonasVerbs.AddGoal, new Dictionary<string, object?> { [GoalsSection.TextInput] = " " }, TestUser.Alice);
        Assert.Equal("Required.", refused.Shown.ErrorBelow(GoalsSection.TextInput));
        Assert.Empty((await bot.StoredMapAsync(chat, board)).Goals);

        var saved = await chat.SubmitDialogAsync(refused.Shown, GoalsAndPersonasVerbs.AddGoal, new Dictionary<string, object?> { [GoalsSection.TextInput] = "Find the holes" }, TestUser.Alice);

        Assert.StartsWith("Saved. Add another", saved.Shown.Text, Exact);
        Assert.Equal("Find the holes", Assert.Single((await bot.StoredMapAsync(chat, board)).Goals).Text);
    }

    [Fact]
    public async Task Five_touchpoints_on_one_stage_and_three_on_the_next_take_ten_presses_in_a_dialog()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.TouchpointsAndChannels);
        var presses = 0;

        // The stage opens in a dialog; its add form unfolds in place (in the client: not a press the bot sees) and stays open
        // after each add; "Consideration ▶" leads on inside the dialog.
        var dialog = (await chat.OpenDialogAsync(message, DialogButton(board, TouchpointsAndChannelsVerbs.OpenStage, "awareness"), TestUser.Chris)).Shown;
        presses++;
        foreach (var (stageId, count) in new[] { ("awareness", 5), ("consideration", 3) })
        {
            if (stageId != "awareness")
            {
                dialog = (await chat.SubmitDialogAsync(dialog, TouchpointsAndChannelsVerbs.OpenStage, new Dictionary<string, object?>(), TestUser.Chris, stageId)).Shown;
                presses++;
            }

            for (var number = 1; number <= count; number++)
            {
                dialog = (await chat.SubmitDialogAsync(dialog, TouchpointsAndChannelsVerbs.AddTouchpoint, TouchpointSteps.Typed($"{stageId} {number}"), TestUser.Chris)).Shown;
                presses++;
            }
        }

        Assert.Equal(10, presses);
        var touchpoints = (await bot.StoredMapAsync(chat, board)).Touchpoints;
        Assert.Equal((5, 3), (touchpoints.Count(point => point.StageId == "awareness"), touchpoints.Count(point => point.StageId == "consideration")));
    }

    [Fact]
    public async Task A_dialog_save_redraws_only_the_board_it_was_opened_from_even_when_its_data_names_another_message()
    {
        await using var bot = await environment.StartBotAsync(Dialogs);
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.JourneyStages);
        await bot.AddPersonasAsync(channel, board, ("p1", "Tech founder"));
        board = (await channel.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Chris)).Card;
        var help = Assert.Single(await channel.SendAsync("help", TestUser.Chris));
        var stage = await channel.OpenDialogAsync(message, DialogButton(board, JourneyStagesVerbs.OpenStage, "awareness"), TestUser.Chris);
        var opened = await channel.SubmitDialogAsync(stage.Shown, JourneyStagesVerbs.EditCell, new Dictionary<string, object?>(), TestUser.Chris);

        // The dialog's data is the client's: it names the help message instead of the board, first bare, then with a seal of its own.
        var forged = new Dictionary<string, object?>(Notes("See value in a day")) { ["msg"] = help.ActivityId };
        var saved = await channel.SubmitDialogAsync(opened.Shown, JourneyStagesVerbs.SaveCell, forged, TestUser.Chris);
        forged["msg"] = "AAAAAAAAAAAAAAAAAAAAAA." + help.ActivityId;
        await channel.SubmitDialogAsync(saved.Shown, JourneyStagesVerbs.EditCell, forged, TestUser.Chris);

        Assert.Contains("Saved: ", saved.Shown.Text, Exact); // the save itself stands
        Assert.Null(await channel.SharedCardAsync(help)); // the help message was never redrawn as a board
        var boardRedraws = BoardRedraws();
        var genuine = await channel.SubmitDialogAsync(opened.Shown, JourneyStagesVerbs.SaveCell, Notes("See value in an hour"), TestUser.Chris);
        Assert.Contains("Saved: ", genuine.Shown.Text, Exact);
        Assert.NotNull(await channel.SharedCardAsync(message));
        Assert.Equal(boardRedraws + 1, BoardRedraws()); // the board message, sealed in the dialog's own data, is

        int BoardRedraws() => bot.Environment.Connector.Calls.Count(call => call.Method == "PUT" && call.ActivityId == message.ActivityId);
    }

    [Fact]
    public async Task When_storage_is_down_a_dialog_save_keeps_the_typing_in_the_dialog_and_try_again_saves_it()
    {
        var key = new Dictionary<string, string> { ["Maps:LinkSigningKey"] = Convert.ToBase64String(new byte[32]) };
        await using var bot = await environment.StartBotAsync(Dialogs with { ExtraSettings = key });
        await using var withoutStorage = await environment.StartBotAsync(Dialogs with { ExtraSettings = key, TablesConnectionString = NoStorage });
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.JourneyStages);
        await bot.AddPersonasAsync(chat, board, ("p1", "Tech founder"));
        board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Chris)).Card;
        var stage = await chat.OpenDialogAsync(message, DialogButton(board, JourneyStagesVerbs.OpenStage, "awareness"), TestUser.Chris);
        var opened = await chat.SubmitDialogAsync(stage.Shown, JourneyStagesVerbs.EditCell, new Dictionary<string, object?>(), TestUser.Chris);

        var kept = await chat.Through(withoutStorage).SubmitDialogAsync(opened.Shown, JourneyStagesVerbs.SaveCell, Notes("See value in a day"), TestUser.Chris);

        Assert.Contains("What you typed is below", kept.Shown.Text, Exact); // the dialog stays open, nothing closed on the person
        Assert.Contains("See value in a day", kept.Shown.Text, Exact);
        Assert.Empty((await bot.StoredMapAsync(chat, board)).Cells);
        var retried = await chat.SubmitDialogAsync(kept.Shown, JourneyStagesVerbs.SaveCell, new Dictionary<string, object?>(), TestUser.Chris);
        Assert.Contains("Saved: ", retried.Shown.Text, Exact);
        Assert.Equal("See value in a day", Assert.Single((await bot.StoredMapAsync(chat, board)).Cells).Notes.CustomerGoal);
    }

    // Table Storage that refuses every connection (the discard port).
    private const string NoStorage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    /// <summary>The button that opens a dialog for <paramref name="verb"/> (about <paramref name="subject"/> when given).</summary>
    private static CardButton DialogButton(CardView card, string verb, string? subject = null) =>
        card.Buttons.FirstOrDefault(button => button.Type == "Action.Submit" && VerbOf(button) == verb
            && (subject is null || CardView.AboutOf(button) == subject))
        ?? throw new InvalidOperationException($"No dialog button for {verb} {subject} on:\n{card.Text}");

    private static string? VerbOf(CardButton button) =>
        button.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("verb", out var verb) ? verb.GetString() : null;

    private static Dictionary<string, object?> Notes(string goal) => new()
    {
        [CellForm.CustomerGoalInput] = goal,
        [CellForm.ActionsInput] = "Reads a review",
        [CellForm.ThoughtsInput] = "Is it safe?",
        [CellForm.PainPointsInput] = "Setup takes long",
    };
}
