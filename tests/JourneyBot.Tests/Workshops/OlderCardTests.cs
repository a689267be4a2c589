using System.Text.Json;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;
using static JourneyBot.Tests.Workshops.TouchpointSteps;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Buttons of cards an older version drew stay in the chat: a renamed verb, or data that says <c>item</c> instead of what
/// the button is about. They change nothing and answer with the workshop's current board and a notice.
/// </summary>
[Collection(BotTests.Name)]
public sealed class OlderCardTests(BotEnvironment environment)
{
    private const string Awareness = "awareness";

    [Theory]
    [InlineData("touchpoint.remove.all")] // the verb before it was spelled touchpoint.removeAll
    [InlineData(TouchpointsAndChannelsVerbs.RemoveTouchpointWithWork)] // today's verb, older data
    public async Task A_button_from_an_older_card_changes_nothing_and_shows_the_current_board_with_a_notice(string verb)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var stage = await chat.OpenStageAsync(board, card, Awareness, TestUser.Alice);
        var added = await chat.AddTouchpointAsync(board, stage, TestUser.Alice, Typed("Support email", "Service", "Offline", "email", "Support"));
        var map = await bot.StoredMapAsync(chat, added.Card);
        var touchpoint = Assert.Single(map.Touchpoints);
        var olderData = JsonSerializer.SerializeToElement(new Dictionary<string, object> { ["wid"] = map.Id, ["v"] = map.Version, ["step"] = 3, ["item"] = touchpoint.Id });

        var clicked = await chat.ClickAsync(board, new CardButton("Action.Execute", "Remove", verb, olderData), by: TestUser.Alice);

        Assert.Contains("This button belongs to an older version of JourneyBot.", clicked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Step 3/7 · Touchpoints and channels", clicked.Card.Text, StringComparison.Ordinal);
        Assert.Single((await bot.StoredMapAsync(chat, added.Card)).Touchpoints);
    }
}
