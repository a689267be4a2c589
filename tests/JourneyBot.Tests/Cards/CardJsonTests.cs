using JourneyBot.Cards;
using JourneyBot.Resources;

namespace JourneyBot.Tests.Cards;

public sealed class CardJsonTests
{
    [Fact]
    public void Cards_declare_schema_1_5_and_full_width()
    {
        var card = HelpCard.Build(BotText.Korean, HowToType.Mentioning("JourneyBot")).ToJson();

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("Full", card.GetProperty("msteams").GetProperty("width").GetString());
    }

    [Fact]
    public void Buttons_are_Action_Execute_with_a_verb_and_their_context_in_data()
    {
        var card = WelcomeCard.Build(BotText.English, HowToType.Plain).ToJson();

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.All(actions, action =>
        {
            Assert.Equal("Action.Execute", action.GetProperty("type").GetString());
            Assert.False(string.IsNullOrEmpty(action.GetProperty("verb").GetString()));
        });
        Assert.Equal("en", actions[0].GetProperty("data").GetProperty("lang").GetString());
        Assert.Equal("ko", actions[^1].GetProperty("data").GetProperty("lang").GetString());
    }
}
