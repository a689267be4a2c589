using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Tests.Conversations;

[Collection(BotTests.Name)]
public sealed class HelpTests(BotEnvironment environment)
{
    public static TheoryData<string, string, string[], string> Languages => new()
    {
        {
            "en-US", "JourneyBot help",
            ["Goals and personas", "Journey stages", "Touchpoints and channels", "Feedback and data", "Visualize the map", "Analyze and find opportunities", "Implement and iterate"],
            "Start a workshop"
        },
        {
            "ko-KR", "JourneyBot 도움말",
            ["목표와 페르소나", "여정 단계", "터치포인트와 채널", "고객 피드백과 데이터", "여정 지도 시각화", "분석과 기회 발굴", "실행과 반복"],
            "워크숍 시작"
        },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Help_names_the_seven_steps_and_offers_to_start_in_the_Teams_language(string locale, string title, string[] steps, string startButton)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale);

        var reply = await chat.SendAndGetReplyAsync("help");

        var card = reply.Card;
        Assert.StartsWith(title, card.Text, StringComparison.Ordinal);
        Assert.All(steps, step => Assert.Contains(step, card.Text, StringComparison.Ordinal));
        Assert.Equal(startButton, card.Button(WorkshopVerbs.Setup).Title);
    }

    [Fact]
    public async Task Typing_the_Korean_word_for_help_answers_in_Korean_even_in_an_English_client()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "en-US");

        var reply = await chat.SendAndGetReplyAsync("도움말");

        Assert.StartsWith("JourneyBot 도움말", reply.Card.Text, StringComparison.Ordinal);
        Assert.Contains("일곱 스텝", reply.Card.Text, StringComparison.Ordinal);
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
        Assert.Contains("Start a workshop", reply.Card.Button(WorkshopVerbs.Setup).Title, StringComparison.Ordinal);
    }
}
