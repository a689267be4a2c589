using System.Text.Json;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Issue 10, "Remove safely": no row carries Remove; the item's edit form has a plain "Remove…" last, which asks once
/// ("Remove “name”? This cannot be undone.", Remove / Keep); only Remove there removes, and only for the item's author or a
/// facilitator.
/// </summary>
[Collection(BotTests.Name)]
public sealed class RemoveSafelyTests(BotEnvironment environment)
{
    private const string Goal = "Find where trials stall";
    private static readonly StringComparison Exact = StringComparison.Ordinal;

    private static readonly string[] RemoveVerbs =
    [
        GoalsAndPersonasVerbs.RemoveGoal, GoalsAndPersonasVerbs.ConfirmRemoveGoal,
        TouchpointsAndChannelsVerbs.RemoveTouchpoint, TouchpointsAndChannelsVerbs.ConfirmRemoveTouchpoint,
        FeedbackAndDataVerbs.RemoveKpi, FeedbackAndDataVerbs.ConfirmRemoveKpi,
        FeedbackAndDataVerbs.RemoveNote, FeedbackAndDataVerbs.ConfirmRemoveNote,
    ];

    [Fact]
    public async Task A_goal_row_has_only_Edit_and_the_edit_forms_Remove_asks_once_and_Keep_changes_nothing()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var byBora = (await chat.ClickAsync(message, board.Button(GoalsAndPersonasVerbs.AddGoal), GoalText(Goal), TestUser.Bora)).Card;

        var form = (await chat.ClickAsync(message, byBora.Button(GoalsAndPersonasVerbs.EditGoal), by: TestUser.Bora)).Card;
        var question = (await chat.ClickAsync(message, form.Button(GoalsAndPersonasVerbs.RemoveGoal), by: TestUser.Bora)).Card;
        var stillThere = await bot.StoredMapAsync(chat, byBora);
        var kept = (await chat.ClickAsync(message, question.ButtonTitled("Keep it"), by: TestUser.Bora)).Card;
        var afterKeep = await bot.StoredMapAsync(chat, byBora);
        var removed = (await chat.ClickAsync(message, question.Button(GoalsAndPersonasVerbs.ConfirmRemoveGoal), by: TestUser.Bora)).Card;

        Assert.Contains($"{Goal} — 박보라", byBora.Text, Exact);
        Assert.DoesNotContain(byBora.Buttons, button => RemoveVerbs.Contains(button.Verb));
        Assert.DoesNotContain(byBora.Buttons, button => button.Title == "Remove");
        var actions = form.Json.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal("Save", actions[0].GetProperty("title").GetString());
        Assert.Equal(("Remove…", GoalsAndPersonasVerbs.RemoveGoal), (actions[^1].GetProperty("title").GetString(), actions[^1].GetProperty("verb").GetString()));
        Assert.False(actions[^1].TryGetProperty("style", out _), "the form's Remove is not styled destructive");
        Assert.Contains($"Remove “{Goal}”?", question.Text, Exact);
        Assert.Contains("This cannot be undone.", question.Text, Exact);
        Assert.Equal(["Remove", "Keep it"], question.Buttons.Select(button => button.Title));
        Assert.Single(stillThere.Goals);
        Assert.Equal(Goal, kept.ValueOf(GoalsSection.TextInput)); // Keep goes back to the edit form
        Assert.Single(afterKeep.Goals);
        Assert.Empty((await bot.StoredMapAsync(chat, byBora)).Goals);
        Assert.Contains("Step 1/7", removed.Text, Exact);
        Assert.DoesNotContain(Goal, removed.Text, Exact);
    }

    [Fact]
    public async Task Only_the_author_or_a_facilitator_may_ask_or_remove_even_with_the_authors_question_card()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var byBora = (await chat.ClickAsync(message, board.Button(GoalsAndPersonasVerbs.AddGoal), GoalText(Goal), TestUser.Bora)).Card;
        var boraForm = (await chat.ClickAsync(message, byBora.Button(GoalsAndPersonasVerbs.EditGoal), by: TestUser.Bora)).Card;
        var boraQuestion = (await chat.ClickAsync(message, boraForm.Button(GoalsAndPersonasVerbs.RemoveGoal), by: TestUser.Bora)).Card;

        var chrisAsks = await chat.ClickAsync(message, boraForm.Button(GoalsAndPersonasVerbs.RemoveGoal), by: TestUser.Chris);
        var chrisRemoves = await chat.ClickAsync(message, boraQuestion.Button(GoalsAndPersonasVerbs.ConfirmRemoveGoal), by: TestUser.Chris);

        const string notAllowed = "Only a facilitator, or the person who added it, can do this.";
        Assert.Contains(notAllowed, chrisAsks.Card.Text, Exact);
        Assert.DoesNotContain(chrisAsks.Card.Buttons, button => button.Verb == GoalsAndPersonasVerbs.ConfirmRemoveGoal);
        Assert.Contains(notAllowed, chrisRemoves.Card.Text, Exact);
        Assert.Single((await bot.StoredMapAsync(chat, byBora)).Goals);

        // The facilitator may remove anyone's goal, the same way.
        var aliceBoard = (await chat.ClickAsync(message, byBora.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var (_, aliceQuestion, _) = await chat.RemoveThroughFormAsync(
            message, aliceBoard.Button(GoalsAndPersonasVerbs.EditGoal), GoalsAndPersonasVerbs.RemoveGoal, GoalsAndPersonasVerbs.ConfirmRemoveGoal, TestUser.Alice);
        Assert.Contains($"Remove “{Goal}”?", aliceQuestion.Text, Exact);
        Assert.Empty((await bot.StoredMapAsync(chat, byBora)).Goals);
    }

    [Fact]
    public async Task A_Remove_button_left_on_an_older_boards_row_asks_instead_of_removing()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        board = (await chat.ClickAsync(message, board.Button(GoalsAndPersonasVerbs.AddGoal), GoalText(Goal), TestUser.Alice)).Card;
        var olderRowRemove = new CardButton("Action.Execute", "Remove", GoalsAndPersonasVerbs.RemoveGoal, board.Button(GoalsAndPersonasVerbs.EditGoal).Data);

        var clicked = await chat.ClickAsync(message, olderRowRemove, by: TestUser.Alice);

        Assert.Contains($"Remove “{Goal}”?", clicked.Card.Text, Exact);
        Assert.Single((await bot.StoredMapAsync(chat, board)).Goals);
    }

    [Theory]
    [InlineData("체험 전환율 개선", "“체험 전환율 개선”을 삭제할까요?")] // 선 ends in a consonant: 을
    [InlineData("매출 증대", "“매출 증대”를 삭제할까요?")] // 대 ends in a vowel: 를
    public async Task A_Korean_workshop_asks_in_Korean_with_the_particle_that_fits(string goal, string asked)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, "ko-KR");
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Bora, language: "ko");
        board = (await chat.ClickAsync(message, board.Button(GoalsAndPersonasVerbs.AddGoal), GoalText(goal), TestUser.Bora)).Card;

        var (form, question, _) = await chat.RemoveThroughFormAsync(
            message, board.Button(GoalsAndPersonasVerbs.EditGoal), GoalsAndPersonasVerbs.RemoveGoal, GoalsAndPersonasVerbs.ConfirmRemoveGoal, TestUser.Bora);

        Assert.Equal("삭제…", form.Button(GoalsAndPersonasVerbs.RemoveGoal).Title);
        Assert.Contains(asked, question.Text, Exact);
        Assert.Contains("삭제하면 되돌릴 수 없습니다.", question.Text, Exact);
        Assert.DoesNotContain("을(를)", question.Text, Exact);
        Assert.Equal(["삭제", "유지"], question.Buttons.Select(button => button.Title));
        Assert.Empty((await bot.StoredMapAsync(chat, board)).Goals);
    }

    [Fact]
    public async Task In_a_dialog_the_edit_forms_Remove_asks_in_the_dialog_and_removes_only_when_confirmed()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Forms = "Dialog" });
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var addGoal = board.Buttons.First(button => button.Type == "Action.Submit" && button.Title == "Add a goal");
        var added = await chat.OpenDialogAsync(message, addGoal, TestUser.Alice);
        await chat.SubmitDialogAsync(added.Shown, GoalsAndPersonasVerbs.AddGoal, GoalText(Goal), TestUser.Alice);
        board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var edit = board.Buttons.First(button => button.Type == "Action.Submit" && VerbOf(button) == GoalsAndPersonasVerbs.EditGoal);
        var opened = await chat.OpenDialogAsync(message, edit, TestUser.Alice);

        var asked = await chat.SubmitDialogAsync(opened.Shown, GoalsAndPersonasVerbs.RemoveGoal, new Dictionary<string, object?>(), TestUser.Alice);
        Assert.Contains($"Remove “{Goal}”?", asked.Shown.Text, Exact);
        Assert.Single((await bot.StoredMapAsync(chat, board)).Goals);

        var removed = await chat.SubmitDialogAsync(asked.Shown, GoalsAndPersonasVerbs.ConfirmRemoveGoal, new Dictionary<string, object?>(), TestUser.Alice);
        Assert.Equal("Removed.", removed.Message);
        Assert.Empty((await bot.StoredMapAsync(chat, board)).Goals);
    }

    private static Dictionary<string, object?> GoalText(string text) => new() { [GoalsSection.TextInput] = text };

    private static string? VerbOf(CardButton button) =>
        button.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("verb", out var verb) ? verb.GetString() : null;
}
