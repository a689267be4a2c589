using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Conversations;

[Collection(BotTests.Name)]
public sealed class HelpTests(BotEnvironment environment)
{
    [Fact]
    public async Task Help_in_English_names_the_seven_steps_and_offers_to_start()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice, locale: "en-US");

        var reply = await chat.SendAndGetReplyAsync("help");

        var card = reply.Card;
        Assert.StartsWith("JourneyBot help", card.Text, StringComparison.Ordinal);
        foreach (var step in new[] { "Goals and personas", "Journey stages", "Touchpoints and channels", "Feedback and data", "Visualize the map", "Analyze and find opportunities", "Implement and iterate" })
        {
            Assert.Contains(step, card.Text, StringComparison.Ordinal);
        }

        Assert.Equal("Start a workshop", card.Button("start").Title);
    }

    [Fact]
    public async Task Help_is_in_Korean_when_the_Teams_locale_is_Korean()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "ko-KR");

        var reply = await chat.SendAndGetReplyAsync("help");

        var card = reply.Card;
        Assert.StartsWith("JourneyBot 도움말", card.Text, StringComparison.Ordinal);
        foreach (var step in new[] { "목표와 페르소나", "여정 단계", "터치포인트와 채널", "고객 피드백과 데이터", "여정 맵 시각화", "분석과 기회 발굴", "실행과 반복" })
        {
            Assert.Contains(step, card.Text, StringComparison.Ordinal);
        }

        Assert.Equal("워크숍 시작", card.Button("start").Title);
        Assert.DoesNotContain("Goals and personas", card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_the_Korean_word_for_help_answers_in_Korean_even_in_an_English_client()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "en-US");

        var reply = await chat.SendAndGetReplyAsync("도움말");

        Assert.StartsWith("JourneyBot 도움말", reply.Card.Text, StringComparison.Ordinal);
        Assert.Contains("일곱 단계", reply.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_button_shows_the_same_card_in_the_other_language()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "en-US");
        var help = await chat.SendAndGetReplyAsync("help");

        var korean = await chat.ClickAsync(help, help.Card.ButtonTitled("한국어로 보기"));

        Assert.Contains("JourneyBot 도움말", korean.Card.Text, StringComparison.Ordinal);
        Assert.Equal("View in English", korean.Card.Buttons.Single(b => b.Verb == "help").Title);
    }

    [Fact]
    public async Task Unknown_text_gets_the_help_card_with_the_text_shown_escaped()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);

        // Typed markup arrives HTML-encoded (Teams encodes what people type): decoded, it must still not become a mention.
        var reply = await chat.SendAndGetReplyAsync("[win](https://evil.example) &lt;at&gt;Everyone&lt;/at&gt;");

        var text = reply.Card.Text;
        Assert.Contains("I did not understand", text, StringComparison.Ordinal);
        Assert.Contains(@"\[win\]\(https://evil.example\)", text, StringComparison.Ordinal);
        Assert.Contains("＜at＞Everyone＜/at＞", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.Contains("Start a workshop", reply.Card.Button("start").Title, StringComparison.Ordinal);
    }
}
