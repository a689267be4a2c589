using System.Net;
using JourneyBot.Connector.Schema;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Faults;

/// <summary>
/// Teams delivers an activity again when it did not get the answer in time: the same activity (same id) twice, one after
/// the other or at once, changes the workshop once, and the second gets a sensible answer, never an error.
/// </summary>
[Collection(BotTests.Name)]
public sealed class RedeliveryTests(BotEnvironment environment)
{
    private const string AlreadyDone = "That was already done";

    public static TheoryData<string, bool> TypedCommands => new()
    {
        { "next", false }, { "next", true },
        { "back", false }, { "back", true },
        { "go 5", false }, { "go 5", true },
        { "rename Renamed twice?", false }, { "rename Renamed twice?", true },
    };

    [Theory]
    [MemberData(nameof(TypedCommands))]
    public async Task A_typed_command_delivered_twice_changes_the_workshop_once(string command, bool atOnce)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (_, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        await chat.SendAndGetReplyAsync("go 3");
        var before = await bot.StoredMapAsync(chat, board);

        var activity = chat.MessageActivity(command);
        var replies = await PostTwiceAsync(chat, activity, atOnce);

        var after = await bot.StoredMapAsync(chat, board);
        Assert.Equal(before.Version + 1, after.Version);
        var expectedStep = command switch
        {
            "next" => WorkshopStep.FeedbackAndData,
            "back" => WorkshopStep.JourneyStages,
            "go 5" => (WorkshopStep)5,
            _ => before.CurrentStep,
        };
        Assert.Equal(expectedStep, after.CurrentStep);
        if (command.StartsWith("rename", StringComparison.Ordinal))
        {
            Assert.Equal("Renamed twice?", after.Name);
        }

        Assert.Equal(2, replies.Count);
        Assert.Single(replies, reply => reply.Contains(AlreadyDone, StringComparison.Ordinal));
        Assert.DoesNotContain(replies, reply => reply.Contains("try again", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_click_on_next_delivered_twice_moves_one_step_and_both_get_a_board(bool atOnce)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var before = await bot.StoredMapAsync(chat, board);

        var click = chat.ClickActivity(message, board.Button(WorkshopVerbs.Next));
        var answers = await InvokeTwiceAsync(chat, click, atOnce);

        var after = await bot.StoredMapAsync(chat, board);
        Assert.Equal((before.Version + 1, before.CurrentStep + 1), (after.Version, after.CurrentStep));
        Assert.All(answers, answer => Assert.Contains("Step 2/7", answer.Card.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_saved_form_delivered_twice_adds_the_item_once(bool atOnce)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var click = chat.ClickActivity(message, board.Button(GoalsAndPersonasVerbs.AddGoal), new Dictionary<string, object?> { [GoalsSection.TextInput] = "Only once" });
        var answers = await InvokeTwiceAsync(chat, click, atOnce);

        Assert.Single((await bot.StoredMapAsync(chat, board)).Goals);
        Assert.All(answers, answer => Assert.Contains("Only once", answer.Card.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_setup_delivered_twice_starts_one_workshop(bool atOnce)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var setup = await chat.SendAndGetReplyAsync("start");

        var click = chat.ClickActivity(setup, setup.Card.Button(WorkshopVerbs.Create), new Dictionary<string, object?>
        {
            [SetupCard.NameInput] = "Started once", [SetupCard.MapTypeInput] = "CurrentState", [SetupCard.TemplateInput] = "Saas", [SetupCard.LanguageInput] = "en",
        });
        var answers = await InvokeTwiceAsync(chat, click, atOnce);

        var listed = await bot.Services.GetRequiredService<IConversationWorkshops>().ListAsync(chat.Account.TenantId, chat.Id, CancellationToken.None);
        Assert.Equal("Started once", Assert.Single(listed).Name);
        Assert.All(answers, answer => Assert.Contains("Step 1/7", answer.Card.Text, StringComparison.Ordinal));
    }

    /// <summary>Posts <paramref name="activity"/> twice; answers the text of every message the bot sent meanwhile.</summary>
    private static async Task<List<string>> PostTwiceAsync(Conversation chat, Activity activity, bool atOnce)
    {
        var results = atOnce
            ? await Task.WhenAll(chat.PostAsync(activity), chat.PostAsync(activity))
            : [await chat.PostAsync(activity), await chat.PostAsync(activity)];
        Assert.All(results, result => Assert.Equal(HttpStatusCode.OK, result.Status));

        // At once, each post may see the other's reply too: count each message once.
        return [.. results.SelectMany(result => result.Messages).DistinctBy(message => message.ActivityId).Select(message => message.Card.Text)];
    }

    private static async Task<InvokeResult[]> InvokeTwiceAsync(Conversation chat, Activity click, bool atOnce)
    {
        var answers = atOnce
            ? await Task.WhenAll(chat.InvokeAsync(click), chat.InvokeAsync(click))
            : [await chat.InvokeAsync(click), await chat.InvokeAsync(click)];
        Assert.All(answers, answer => Assert.Equal((200, AdaptiveCardInvokeResponse.CardType), (answer.HttpStatus, answer.Response?.Type)));
        return answers;
    }
}
