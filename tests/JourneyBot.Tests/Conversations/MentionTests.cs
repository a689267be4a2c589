using JourneyBot.Cards;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Conversations;

/// <summary>
/// In a group chat or channel Teams passes the bot only messages that @mention it, by the name Teams shows for it there
/// (the activity's <c>recipient.name</c>): the welcome and help cards say so with the exact text to type. In a personal
/// chat no mention is needed, and the cards say nothing of one.
/// </summary>
[Collection(BotTests.Name)]
public sealed class MentionTests(BotEnvironment environment)
{
    [Fact]
    public async Task In_a_personal_chat_the_cards_say_to_type_start_without_a_mention()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);

        var welcome = Assert.Single(await chat.AddBotAsync()).Card;
        var help = (await chat.SendAndGetReplyAsync("help")).Card;

        Assert.Contains("Type **start** to begin, or **help** to see what I can do.", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("Type a command as it is shown, for example **start**.", help.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@", welcome.Text + help.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_chat_the_cards_give_the_exact_text_with_the_name_Teams_shows_for_the_bot()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        chat.BotAccount = Conversation.Bot with { Name = "Journey Helper" };

        var welcome = Assert.Single(await chat.AddBotAsync()).Card;
        var help = await chat.SendAndGetReplyAsync("help");
        var clicked = await chat.ClickAsync(help, help.Card.ButtonTitled("한국어로 보기"));

        Assert.Contains("Here Teams passes me only messages that @mention me: type **@Journey Helper start** to begin, or **@Journey Helper help**",
            welcome.Text, StringComparison.Ordinal);
        Assert.Contains("type **@Journey Helper help**, **@Journey Helper start** and so on (pick Journey Helper from the list that opens when you type @).",
            help.Card.Text, StringComparison.Ordinal);
        Assert.Contains("**@Journey Helper 도움말**, **@Journey Helper 시작**처럼 입력하세요", clicked.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("@JourneyBot", welcome.Text + help.Card.Text + clicked.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_Korean_channel_the_cards_say_to_mention_the_bot_by_its_name_in_that_team()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel("ko-KR");
        channel.BotAccount = Conversation.Bot with { Name = "여정 도우미" };

        var added = Assert.Single(await channel.AddBotAsync());
        var welcome = added.Card;
        var help = await channel.ClickAsync(added, welcome.ButtonTitled("도움말"));
        var typed = (await channel.SendAndGetReplyAsync("도움말")).Card;

        Assert.Contains("시작하려면 **@여정 도우미 시작**, 할 수 있는 일을 보려면 **@여정 도우미 도움말**을 입력하세요", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("**@여정 도우미 도움말**, **@여정 도우미 시작**처럼 입력하세요(@를 입력하면 열리는 목록에서 여정 도우미 선택).", help.Card.Text, StringComparison.Ordinal);
        Assert.Contains("**@여정 도우미 도움말**", typed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_name_from_the_wire_is_escaped_and_shortened()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        chat.BotAccount = Conversation.Bot with { Name = "[Bot](https://evil.example) <at>all</at> " + new string('x', 100) };

        var welcome = Assert.Single(await chat.AddBotAsync()).Card;

        Assert.Contains(@"**@\[Bot\]\(https://evil.example\) ＜at＞all＜/at＞ x", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("x… start**", welcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", welcome.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', HowToType.ShownNameLength), welcome.Text, StringComparison.Ordinal);
    }
}
