using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Tests.Hosting;

public sealed class MentionTextTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "JourneyBot" };

    private static Activity Message(string text, params Entity[] entities) =>
        new() { Type = ActivityTypes.Message, Text = text, Recipient = Bot, Entities = entities };

    private static Entity Mention(string id, string name) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = $"<at>{name}</at>" };

    [Theory]
    [InlineData("<at>JourneyBot</at> help", "help")]
    [InlineData("<at>JourneyBot</at>&nbsp;start", "start")]
    [InlineData("  <at>JourneyBot</at>   help   me  ", "help me")]
    [InlineData("<p><at>JourneyBot</at> help</p>", "help")]
    [InlineData("help <at>JourneyBot</at>", "help")]
    public void The_bot_mention_is_removed_wherever_it_stands(string text, string expected)
    {
        Assert.Equal(expected, MentionText.WithoutBotMention(Message(text, Mention("28:bot", "JourneyBot"))));
    }

    [Fact]
    public void Mentions_of_people_stay_as_their_names()
    {
        var activity = Message("<at>JourneyBot</at> start with <at>Bora</at>", Mention("28:bot", "JourneyBot"), Mention("29:bora", "Bora"));

        Assert.Equal("start with Bora", MentionText.WithoutBotMention(activity));
    }

    [Fact]
    public void A_personal_chat_message_without_mentions_is_only_trimmed()
    {
        Assert.Equal("도움말", MentionText.WithoutBotMention(Message("  도움말 ")));
    }

    [Fact]
    public void Escaped_markup_typed_by_a_person_is_decoded_not_stripped()
    {
        Assert.Equal("a < b", MentionText.WithoutBotMention(Message("a &lt; b")));
    }
}
