using System.Diagnostics;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Faults;

/// <summary>
/// A Bot Connector slow to answer a POST gets it once: a new message is not sent again while it may be in the making; and
/// the turn does not wait for it past its own time (Connector:TurnBudget). The bound is a correctness bound (an answer
/// before Teams gives up), not a performance figure.
/// </summary>
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

    [Fact]
    public async Task A_reply_the_connector_holds_longer_than_the_turn_budget_is_given_up_when_the_budget_is_spent()
    {
        var budget = TimeSpan.FromSeconds(3);
        var held = TimeSpan.FromSeconds(9); // under the 10 s an attempt may take: without the budget, the turn would wait it out
        await using var bot = await environment.StartBotAsync(new BotHostSettings
        {
            ExtraSettings = new Dictionary<string, string> { ["Connector:TurnBudget"] = budget.ToString() },
        });
        var chat = bot.PersonalChat(TestUser.Alice);
        await chat.SendAndGetReplyAsync("help");

        environment.Connector.EnqueueDelay(held);
        var clock = Stopwatch.StartNew();
        await chat.SendAsync("help");
        clock.Stop();

        Assert.True(clock.Elapsed < budget + TimeSpan.FromSeconds(4), $"The turn answered after {clock.Elapsed}.");
    }
}
