using System.Text.Json;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using JourneyBot.Workshops.Steps.JourneyStages;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// What keeping the board current costs in storage, through the real endpoint and counted at the Table client of the bot
/// under test (issue 13): in a personal chat the board a dialog save redraws is drawn from the map the save wrote, with no
/// read of its own; in a group it reads the workshop once, since others may have added to it at the same moment, unless
/// someone's click loaded it after the save; a typed command records its new board with the index row it read already.
/// </summary>
[Collection(BotTests.Name)]
public sealed class BoardRedrawRoundTripTests(BotEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task In_a_personal_chat_a_dialog_save_redraws_the_board_without_reading_the_workshop_again()
    {
        var (saveAndRedraw, redrawn) = await SaveNotesFromADialogAsync(bot => bot.PersonalChat(TestUser.Alice));

        output.WriteLine($"Personal chat: a save from a dialog and the board's redraw, {saveAndRedraw} round trips");
        Assert.Equal(2, saveAndRedraw); // the save's load and its batch; the redraw draws the map the batch wrote
        Assert.Contains("Notes for 1 of 1 persona", redrawn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_a_dialog_save_redraws_the_board_from_one_read_of_the_workshop()
    {
        var (saveAndRedraw, redrawn) = await SaveNotesFromADialogAsync(bot => bot.GroupChat());

        output.WriteLine($"Group chat: a save from a dialog and the board's redraw, {saveAndRedraw} round trips");
        Assert.Equal(3, saveAndRedraw); // the load and the batch, then the redraw's read of everyone's work
        Assert.Contains("Notes for 1 of 1 persona", redrawn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_a_load_someone_made_after_the_save_spares_the_redraw_its_read()
    {
        var counter = new RoundTripCounter();
        // A window people click within, as in Teams (the tests' default is a few milliseconds).
        await using var bot = await StartCountedAsync(counter, new() { ExtraSettings = new Dictionary<string, string> { ["Connector:UpdateCoalescingWindow"] = "00:00:01" } });
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        await chat.SharedCardAsync(message);

        counter.Reset();
        var added = await chat.ClickAsync(message, board.Button(GoalsAndPersonasVerbs.AddGoal),
            new Dictionary<string, object?> { [GoalsSection.TextInput] = "Find where trial users stall" }, TestUser.Bora);
        await chat.ClickAsync(message, added.Card.Button(WorkshopVerbs.Show), by: TestUser.Alice);
        var redrawn = await chat.SharedCardAsync(message);

        output.WriteLine($"Group chat: Bora's add, Alice's refresh and the board's redraw, {counter.Count} round trips: {string.Join(", ", counter.Paths)}");
        Assert.Equal(3, counter.Count); // Bora's load and batch, Alice's load; the redraw draws what Alice's load read
        Assert.NotNull(redrawn);
        Assert.Contains("Find where trial users stall", redrawn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_a_workshop_records_its_first_board_with_it_and_redraws_it_without_reading_it_back()
    {
        var counter = new RoundTripCounter();
        await using var bot = await StartCountedAsync(counter);
        var chat = bot.GroupChat();
        var setup = await chat.SendAndGetReplyAsync("start", TestUser.Alice);

        counter.Reset();
        var started = await chat.ClickAsync(setup, setup.Card.Button(WorkshopVerbs.Create), WorkshopSteps.SetupInputs("Onboarding journey"), TestUser.Alice);
        var redrawn = await chat.SharedCardAsync(setup);
        var paths = counter.Paths.Select(path => path.Split('/').Last()).ToList();

        output.WriteLine($"Start: {paths.Count} round trips: {string.Join(", ", paths)}");
        // The index's active rows (is another workshop running?), the workshop's batch, the index's rows again and its
        // batch (this one active, with the setup message as its board); the board for everyone is the map just written.
        Assert.Equal(4, paths.Count);
        Assert.DoesNotContain(paths, path => path.EndsWith("Workshops()", StringComparison.Ordinal) && !path.Contains("Conversation", StringComparison.Ordinal));
        Assert.Contains("Step 1/7", started.Card.Text, StringComparison.Ordinal);
        Assert.NotNull(redrawn);
        Assert.Contains("Onboarding journey", redrawn.Text, StringComparison.Ordinal);

        // The setup message is the live board: the next typed board replaces it with one short line.
        var status = await chat.SendAndGetReplyAsync("status", TestUser.Bora);
        var movedOn = await chat.SharedCardAsync(setup);
        Assert.Contains("Step 1/7", status.Card.Text, StringComparison.Ordinal);
        Assert.NotNull(movedOn);
        Assert.DoesNotContain("Step 1/7", movedOn.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_command_records_its_new_board_with_the_index_row_it_read_and_the_old_board_moves_on()
    {
        var counter = new RoundTripCounter();
        await using var bot = await StartCountedAsync(counter);
        var chat = bot.GroupChat();
        await chat.StartWorkshopAsync(TestUser.Alice);
        var status = await chat.SendAndGetReplyAsync("status");
        await chat.SharedCardAsync(status);

        counter.Reset();
        var again = await chat.SendAndGetReplyAsync("status");
        var movedOn = await chat.SharedCardAsync(status);
        var (index, workshop) = (counter.CountFor("ConversationWorkshops"), counter.CountFor("Workshops"));

        output.WriteLine($"Typed status: {index} round trips to the conversation index, {workshop} to the workshop");
        Assert.Equal((2, 1), (index, workshop)); // the index: the active row read, the board merged into it; the workshop: its load
        Assert.Contains("Step 1/7", again.Card.Text, StringComparison.Ordinal);
        Assert.NotNull(movedOn); // the board before it is one short line now
        Assert.DoesNotContain("Step 1/7", movedOn.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Alice saves notes on a cell from the stage dialog; the round trips to Table Storage of the save and the board's
    /// redraw (every table), and the board redrawn.
    /// </summary>
    private async Task<(int SaveAndRedraw, CardView Redrawn)> SaveNotesFromADialogAsync(Func<BotHost, Conversation> conversation)
    {
        var counter = new RoundTripCounter();
        await using var bot = await StartCountedAsync(counter, new() { Forms = "Dialog" });
        var chat = conversation(bot);
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.JourneyStages);
        await bot.AddPersonasAsync(chat, board, ("p1", "Tech founder"));
        board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var stage = await chat.OpenDialogAsync(message, DialogButton(board, JourneyStagesVerbs.OpenStage), TestUser.Alice);
        var form = await chat.SubmitDialogAsync(stage.Shown, JourneyStagesVerbs.EditCell, new Dictionary<string, object?>(), TestUser.Alice);
        await chat.SharedCardAsync(message);

        counter.Reset();
        await chat.SubmitDialogAsync(form.Shown, JourneyStagesVerbs.SaveCell, new Dictionary<string, object?>
        {
            [CellForm.CustomerGoalInput] = "See value in a day",
            [CellForm.ActionsInput] = "Reads a review",
            [CellForm.ThoughtsInput] = "Is it safe?",
            [CellForm.PainPointsInput] = "Setup takes long",
        }, TestUser.Alice);
        var redrawn = await chat.SharedCardAsync(message) ?? throw new InvalidOperationException("The board was not redrawn after the save.");
        output.WriteLine(string.Join(", ", counter.Paths));
        return (counter.Count, redrawn);
    }

    /// <summary>A bot whose Table client <paramref name="counter"/> counts.</summary>
    private Task<BotHost> StartCountedAsync(RoundTripCounter counter, BotHostSettings? settings = null) =>
        environment.StartBotAsync((settings ?? new()) with { Services = services => counter.CountAppRequests(services, environment.Azurite.ConnectionString) });

    private static CardButton DialogButton(CardView card, string verb) =>
        card.Buttons.FirstOrDefault(button => button.Type == "Action.Submit" && button.Data is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("verb", out var named) && named.GetString() == verb)
        ?? throw new InvalidOperationException($"No dialog button for {verb} on:\n{card.Text}");
}
