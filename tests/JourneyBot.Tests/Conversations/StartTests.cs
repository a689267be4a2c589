using JourneyBot.Cards;
using JourneyBot.Connector.Schema;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Tests.Conversations;

[Collection(BotTests.Name)]
public sealed class StartTests(BotEnvironment environment)
{
    [Fact]
    public async Task How_a_workshop_runs_explains_the_seven_steps_and_what_each_produces()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var setup = await chat.SendAndGetReplyAsync("start");

        var reply = await chat.ClickAsync(setup, CardVerbs.Start);

        var text = reply.Card.Text;
        Assert.Contains("Start a workshop", text, StringComparison.Ordinal);
        Assert.Contains("Step 1 · Goals and personas", text, StringComparison.Ordinal);
        Assert.Contains("3 to 5 personas", text, StringComparison.Ordinal);
        Assert.Contains("Step 7 · Implement and iterate", text, StringComparison.Ordinal);
        Assert.Contains("a date to revisit the map", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Korean_start_explains_the_steps_in_Korean()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "ko-KR");

        var setup = await chat.SendAndGetReplyAsync("시작");
        var reply = await chat.ClickAsync(setup, CardVerbs.Start);

        Assert.Contains("여정 지도 워크숍 준비", setup.Card.Text, StringComparison.Ordinal);
        Assert.Contains("스텝 1 · 목표와 페르소나", reply.Card.Text, StringComparison.Ordinal);
        Assert.Contains("2~4시간", reply.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicking_start_on_the_help_card_replaces_it_with_the_setup_form_through_the_invoke_response()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var help = await chat.SendAndGetReplyAsync("help");
        var sentBefore = environment.Connector.Calls.Count(c => c.ConversationId == chat.Id);

        var clicked = await chat.ClickAsync(help, WorkshopVerbs.Setup);

        Assert.Equal(200, clicked.HttpStatus);
        Assert.Equal(200, clicked.Response!.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, clicked.Response.Type);
        Assert.Contains("Set up a journey mapping workshop", clicked.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("What you can type", clicked.Card.Text, StringComparison.Ordinal);
        // The answer travels in the HTTP response; nothing else is posted to the conversation.
        Assert.Equal(sentBefore, environment.Connector.Calls.Count(c => c.ConversationId == chat.Id));
    }

    [Fact]
    public async Task A_button_with_an_unknown_verb_gets_a_fresh_help_card()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var help = await chat.SendAndGetReplyAsync("help");

        var clicked = await chat.ClickAsync(help, new CardButton("Action.Execute", "Old button", "openRetiredFeature", null));

        Assert.Contains("older version of JourneyBot", clicked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Goals and personas", clicked.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_click_with_tampered_data_is_refused_with_a_clear_error()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var help = await chat.SendAndGetReplyAsync("help");

        var clicked = await chat.ClickAsync(help, CardVerbs.Help, new Dictionary<string, object?> { ["lang"] = "<script>" });

        Assert.Equal(200, clicked.HttpStatus);
        Assert.Equal(400, clicked.Response!.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, clicked.Response.Type);
        Assert.Contains("could not be read", clicked.Response.Value!.Value.Element.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
