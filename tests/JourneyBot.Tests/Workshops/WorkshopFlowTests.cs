using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;

namespace JourneyBot.Tests.Workshops;

[Collection(BotTests.Name)]
public sealed class WorkshopFlowTests(BotEnvironment environment)
{
    [Fact]
    public async Task Start_opens_the_setup_form_with_name_map_type_template_and_language()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);

        var setup = await chat.SendAndGetReplyAsync("start");

        Assert.Contains("Set up a journey mapping workshop", setup.Card.Text, StringComparison.Ordinal);
        Assert.Equal(WorkshopVerbs.Create, setup.Card.Button(WorkshopVerbs.Create).Verb);
        var inputs = setup.Card.Inputs;
        Assert.Equal([SetupCard.NameInput, SetupCard.MapTypeInput, SetupCard.TemplateInput, SetupCard.LanguageInput], inputs.Select(i => i.Id));
    }

    [Fact]
    public async Task The_setup_message_becomes_the_step_1_board_for_everyone()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();

        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice, name: "Trial to paid");

        Assert.Contains("Step 1/7 · Goals and personas", board.Text, StringComparison.Ordinal);
        Assert.Contains("Trial to paid · Current state", board.Text, StringComparison.Ordinal);
        Assert.Contains("No goal yet", board.Text, StringComparison.Ordinal);
        var shared = await chat.SharedCardAsync(setup);
        Assert.NotNull(shared);
        Assert.Contains("Step 1/7 · Goals and personas", shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_added_on_the_board_is_shown_with_its_author_and_as_the_maps_goal()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var added = await chat.ClickOnBoardAsync(setup, board, GoalsAndPersonasVerbs.AddGoal, TestUser.Alice,
            new Dictionary<string, object?> { [GoalsSection.TextInput] = "Find the holes in our inbound marketing" });

        Assert.Contains("🎯 Goal: Find the holes in our inbound marketing", added.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Find the holes in our inbound marketing — Alice", added.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Contributed to this step: Alice", added.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_goal_comes_back_with_the_error_beside_the_field()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var refused = await chat.ClickOnBoardAsync(setup, board, GoalsAndPersonasVerbs.AddGoal, TestUser.Alice,
            new Dictionary<string, object?> { [GoalsSection.TextInput] = "   " });

        Assert.Contains("Required.", refused.Card.Text, StringComparison.Ordinal);
        Assert.Contains(GoalsSection.TextInput, refused.Card.Inputs.Select(i => i.Id));
    }

    [Fact]
    public async Task Goals_beyond_the_boards_first_ten_are_reached_a_page_at_a_time_and_stay_editable()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var alice = TestUser.Alice.AsParticipant();
        await bot.ChangeStoredAsync(chat, board, [.. Enumerable.Range(1, 12).Select(i =>
            (Func<JourneyBot.Workshop.JourneyMap, JourneyBot.Workshop.MapOutcome>)(map => map.AddGoal(alice, $"g{i:D2}", $"Goal number {i}", DateTimeOffset.UtcNow.AddSeconds(i))))]);
        var refreshed = (await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show))).Card;

        var first = await chat.ClickAsync(setup, refreshed.Button(GoalsAndPersonasVerbs.ListGoals));
        var second = await chat.ClickAsync(setup, first.Card.ButtonTitled("Next ▶"));

        Assert.DoesNotContain("Goal number 11", refreshed.Text, StringComparison.Ordinal);
        Assert.Contains("Goals (12) · page 1 of 2", first.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Goal number 12", second.Card.Text, StringComparison.Ordinal);
        var edit = await chat.ClickAsync(setup, second.Card.ButtonFor(GoalsAndPersonasVerbs.EditGoal, "g12"));
        Assert.Equal("Goal number 12", edit.Card.ValueOf(GoalsSection.TextInput));
    }

    [Fact]
    public async Task A_goal_added_from_a_step_1_card_after_the_team_moved_on_is_kept_and_the_person_told()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        await chat.SendAndGetReplyAsync("next");

        var late = await chat.ClickOnBoardAsync(setup, board, GoalsAndPersonasVerbs.AddGoal, TestUser.Alice,
            new Dictionary<string, object?> { [GoalsSection.TextInput] = "Written on the old card" });

        Assert.Contains("Saved in step 1. The workshop has moved on to step 2: Journey stages.", late.Card.Text, StringComparison.Ordinal);
        Assert.Contains("🎯 Goal: Written on the old card", late.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_moves_to_step_2_and_a_second_press_on_the_same_card_is_refused_as_stale()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var next = await chat.ClickOnBoardAsync(setup, board, WorkshopVerbs.Next, TestUser.Alice);
        var again = await chat.ClickOnBoardAsync(setup, board, WorkshopVerbs.Next, TestUser.Alice);

        Assert.Contains("Step 2/7 · Journey stages", next.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Step 2/7 · Journey stages", again.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Someone changed this first", again.Card.Text, StringComparison.Ordinal);
    }
}
