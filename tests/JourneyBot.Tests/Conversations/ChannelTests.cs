using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Tests.Conversations;

[Collection(BotTests.Name)]
public sealed class ChannelTests(BotEnvironment environment)
{
    [Fact]
    public async Task In_a_channel_the_bot_mention_is_removed_before_the_command_is_read()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();

        var reply = await channel.SendAndGetReplyAsync("help", from: TestUser.Chris);

        Assert.DoesNotContain("I did not understand", reply.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Goals and personas", reply.Card.Text, StringComparison.Ordinal);
        // The reply goes into the thread of the message that asked.
        Assert.Equal(channel.Id, reply.Call.ConversationId);
        Assert.NotNull(reply.Call.ActivityId);
    }

    [Fact]
    public async Task In_a_group_chat_three_people_each_get_an_answer()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();

        foreach (var person in new[] { TestUser.Alice, TestUser.Bora, TestUser.Chris })
        {
            var reply = await chat.SendAndGetReplyAsync("start", from: person);
            Assert.Equal(person.Id, reply.Activity.Recipient?.Id);
            Assert.Contains("Set up a journey mapping workshop", reply.Card.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Adding_the_bot_to_a_team_posts_one_welcome_card_with_start_and_help()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel(locale: "ko-KR");

        var messages = await channel.AddBotAsync();

        var welcome = Assert.Single(messages).Card;
        Assert.Contains("JourneyBot입니다", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(WorkshopVerbs.Setup, welcome.ButtonTitled("워크숍 시작").Verb);
        Assert.Equal("help", welcome.ButtonTitled("도움말").Verb);
    }
}
