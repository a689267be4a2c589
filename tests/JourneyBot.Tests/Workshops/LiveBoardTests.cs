using JourneyBot.Connector.Schema;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// One live board per workshop: a typed command posts the new board and the board before it becomes one short line (a
/// PUT of that message), so the chat does not fill with boards that still look usable.
/// </summary>
[Collection(BotTests.Name)]
public sealed class LiveBoardTests(BotEnvironment environment)
{
    private const string MovedOn = "This board moved on: see the newest one below.";
    private const string MovedOnKorean = "이 보드는 지난 보드입니다. 아래의 최신 보드를 보세요.";

    [Fact]
    public async Task Next_then_status_leave_one_full_board_and_turn_the_ones_before_into_a_short_line()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (setup, _) = await channel.StartWorkshopAsync(TestUser.Alice);

        var next = await channel.SendAndGetReplyAsync("next", TestUser.Alice);
        var status = await channel.SendAndGetReplyAsync("status", TestUser.Bora);

        var setupNow = await channel.SharedCardAsync(setup);
        var nextNow = await channel.SharedCardAsync(next);
        Assert.Equal(MovedOn, setupNow?.Text.Trim());
        Assert.Empty(setupNow!.Buttons);
        Assert.Equal(MovedOn, nextNow?.Text.Trim());
        Assert.Empty(nextNow!.Buttons);
        Assert.Null(await channel.SharedCardAsync(status)); // the newest board is never touched
        Assert.Contains("Step 2/7 · Journey stages", status.Card.Text, StringComparison.Ordinal);
        Assert.NotEmpty(status.Card.Buttons);
    }

    [Fact]
    public async Task Two_workshops_in_one_conversation_never_shorten_each_others_boards()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        await chat.StartWorkshopAsync(TestUser.Alice, name: "First");
        var firstBoard = await chat.SendAndGetReplyAsync("status");
        var asked = await chat.SendAndGetReplyAsync("start");
        var setup = await chat.ClickAsync(asked, WorkshopVerbs.Setup);
        await chat.ClickAsync(asked, setup.Card.Button(WorkshopVerbs.Create), new Dictionary<string, object?>
        {
            [SetupCard.NameInput] = "Second", [SetupCard.MapTypeInput] = "CurrentState", [SetupCard.TemplateInput] = "Saas", [SetupCard.LanguageInput] = "en",
        });

        var secondBoard = await chat.SendAndGetReplyAsync("status");

        Assert.Contains("Second", secondBoard.Card.Text, StringComparison.Ordinal);
        Assert.Equal(MovedOn, (await chat.SharedCardAsync(asked))?.Text.Trim()); // Second's setup message, its first board
        Assert.Null(await chat.SharedCardAsync(firstBoard));

        var list = await chat.SendAndGetReplyAsync("list");
        var resumed = await chat.ClickAsync(list, list.Card.Buttons.Last(b => b.Verb == WorkshopVerbs.Resume));

        Assert.Equal(MovedOn, (await chat.SharedCardAsync(firstBoard))?.Text.Trim()); // the list is First's board now
        Assert.Null(await chat.SharedCardAsync(secondBoard));
        Assert.Contains("First", resumed.Card.Text, StringComparison.Ordinal); // a personal chat's one person has it in the answer
    }

    [Fact]
    public async Task A_failed_update_of_the_old_board_still_answers_and_the_old_board_still_works()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        await chat.SharedCardAsync(setup); // the start's own redraw has been sent
        environment.Connector.EnqueueFailure(404, retryAfter: null, method: "PUT"); // the message was deleted

        var next = await chat.SendAndGetReplyAsync("next");
        await chat.SharedCardAsync(next);

        Assert.Contains("Step 2/7", next.Card.Text, StringComparison.Ordinal);
        var failed = Assert.Single(environment.Connector.Calls, call => call.Method == "PUT" && call.ActivityId == setup.ActivityId && call.StatusCode == 404);
        Assert.Contains(MovedOn, failed.Body, StringComparison.Ordinal);
        var clicked = await chat.ClickOnBoardAsync(setup, board, WorkshopVerbs.Show, TestUser.Alice);
        Assert.Contains("Step 2/7", clicked.Card.Text, StringComparison.Ordinal);

        var status = await chat.SendAndGetReplyAsync("status");

        Assert.Equal(MovedOn, (await chat.SharedCardAsync(next))?.Text.Trim());
        Assert.Null(await chat.SharedCardAsync(status));
    }

    [Fact]
    public async Task A_Korean_workshop_says_its_board_moved_on_in_Korean()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "en-US");
        var (setup, _) = await chat.StartWorkshopAsync(TestUser.Bora, name: "온보딩 여정", language: "ko");

        await chat.SendAndGetReplyAsync("다음", TestUser.Bora);

        Assert.Equal(MovedOnKorean, (await chat.SharedCardAsync(setup))?.Text.Trim());
    }

    [Fact]
    public async Task A_board_posted_in_a_channel_thread_is_shortened_in_that_thread()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        await channel.StartWorkshopAsync(TestUser.Alice);
        var thread = channel.Id + ";messageid=1763800000000";
        var mention = $"<at>{Conversation.Bot.Name}</at>";
        var inThread = channel.NewActivity(ActivityTypes.Message, TestUser.Bora) with
        {
            Conversation = channel.Account with { Id = thread },
            Text = $"{mention} status",
            Entities = [new Entity { Type = "mention", Mentioned = Conversation.Bot, Text = mention }],
        };

        await channel.PostAsync(inThread);
        var threadBoard = Assert.Single(environment.Connector.Calls, call => call.Method == "POST" && call.ConversationId == thread);
        await channel.SendAndGetReplyAsync("next", TestUser.Alice);
        await channel.SharedCardAsync(threadBoard.Activity is null ? throw new InvalidOperationException() : new BotMessage(threadBoard.ResponseId!, threadBoard.Activity, threadBoard));

        var update = Assert.Single(environment.Connector.Calls, call => call.Method == "PUT" && call.ActivityId == threadBoard.ResponseId);
        Assert.Equal(thread, update.ConversationId);
        Assert.Contains(MovedOn, update.Body, StringComparison.Ordinal);
    }
}
