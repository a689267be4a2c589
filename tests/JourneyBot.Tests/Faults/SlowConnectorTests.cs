using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Faults;

/// <summary>A Bot Connector slow to answer a POST gets it once: a new message is not sent again while it may be in the making.</summary>
[Collection(BotTests.Name)]
public sealed class SlowConnectorTests(BotEnvironment environment)
{
    [Fact]
    public async Task A_connector_that_answers_a_reply_after_7_seconds_receives_it_once()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        await chat.SendAndGetReplyAsync("help"); // the conversation's reference is saved; only the reply remains

        environment.Connector.EnqueueDelay(TimeSpan.FromSeconds(7));
        var messages = await chat.SendAsync("help");

        var reply = Assert.Single(messages);
        Assert.Contains("Goals and personas", reply.Card.Text, StringComparison.Ordinal);
    }
}
