using System.Text.Json;
using System.Text.RegularExpressions;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using JourneyBot.Workshops.Steps.JourneyStages;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;

namespace JourneyBot.Tests.Cards;

/// <summary>
/// Names people type must read as typed in Teams, never as a list, heading, quote or link: every card a test receives
/// goes through tests/cards/markdown-problems.mjs (with the official library's checks), and these tests prove that
/// check sees hostile names on the boards and fails when a marker is left unescaped.
/// </summary>
[Collection(BotTests.Name)]
public sealed class MarkdownSafetyTests(BotEnvironment environment)
{
    private const string MultiLine = "fine\n2) later\n- dash\n# head";

    /// <summary>Each starts a list, heading, quote or link when it is not escaped; the last does so on later lines.</summary>
    private static readonly string[] Hostile = ["1. Awareness", "- dash", "# head", "> quote", "[x](https://evil.example)", "* star", "+ plus", MultiLine];

    [Fact]
    public async Task Hostile_goal_persona_stage_and_touchpoint_names_stay_plain_text_on_every_board_of_steps_1_to_4()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var alice = TestUser.Alice;
        var cards = new List<CardView>();
        var (message, board) = await chat.StartWorkshopAsync(alice, name: "# 1. [Plan](https://evil.example)");
        cards.Add(board);

        foreach (var text in Hostile)
        {
            board = (await chat.ClickOnBoardAsync(message, board, GoalsAndPersonasVerbs.AddGoal, alice,
                new Dictionary<string, object?> { [GoalsSection.TextInput] = text })).Card;
        }

        foreach (var name in Hostile.Take(Hostile.Length - 1))
        {
            board = (await chat.AddPersonaAsync(message, board, alice, name, jobTitle: "- lead", channels: "1. email")).Card;
        }

        cards.Add(board);
        cards.Add((await chat.ClickAsync(message, board.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, board.PersonaIds()[0]), by: alice)).Card);

        var at = DateTimeOffset.UtcNow;
        await bot.ChangeStoredAsync(chat, board, [.. Hostile.Select((name, i) => (Func<JourneyMap, MapOutcome>)(map =>
            map.AddCustomStage(alice.AsParticipant(), $"hostile{i}", name, at)))]);

        // Step 2: the stages board and a hostile stage's card.
        board = (await chat.ClickOnBoardAsync(message, board, WorkshopVerbs.Next, alice)).Card;
        cards.Add(board);
        cards.Add((await chat.ClickAsync(message, board.ButtonFor(JourneyStagesVerbs.OpenStage, "hostile0"), by: alice)).Card);

        // Step 3: touchpoints with hostile names and channels on a hostile stage.
        board = (await chat.ClickOnBoardAsync(message, board, WorkshopVerbs.Next, alice)).Card;
        var stage = await chat.OpenStageAsync(message, board, "hostile0", alice);
        foreach (var name in Hostile.Take(3))
        {
            stage = (await chat.AddTouchpointAsync(message, stage, alice, TouchpointSteps.Typed(name, channel: "> " + name))).Card;
            cards.Add(stage);
        }

        board = await chat.BoardAsync(message, stage, alice);
        cards.Add(board);
        cards.Add(await chat.OpenStageAsync(message, board, "hostile0", alice));

        // Step 4: the funnel's numbered stage lines and a hostile stage's data card.
        board = (await chat.ClickOnBoardAsync(message, board, WorkshopVerbs.Next, alice)).Card;
        cards.Add(board);
        cards.Add(await chat.OpenStageDataAsync(message, board, "hostile0", alice));

        // Every card was checked as it arrived (Conversation); checked here again so that this test says so itself.
        foreach (var card in cards)
        {
            Assert.Empty(await environment.Cards.ValidateAsync(card.Json, CancellationToken.None));
        }

        // The hostile names did reach the cards' texts, escaped; the stage lines of step 4 are numbered text.
        var shown = string.Concat(cards.Select(card => card.Text));
        Assert.All([@"1\. Awareness", @"\- dash", @"\# head", "＞ quote", @"\[x\]\(https://evil.example\)", @"\* star", @"\+ plus", @"2\) later"],
            text => Assert.Contains(text, shown, StringComparison.Ordinal));
        Assert.Contains(@"9\. 1\. Awareness", cards[^2].Text, StringComparison.Ordinal);

        // And the check would have caught them: the same cards with the backslash escapes taken out fail it.
        var problems = new List<string>();
        foreach (var card in cards)
        {
            problems.AddRange(await environment.Cards.ValidateAsync(Unescaped(card.Json), CancellationToken.None));
        }

        Assert.All(["a numbered list (<ol>)", "a bulleted list (<ul>)", "a heading (<h1>-<h6>)", "a link (<a>)"],
            construct => Assert.Contains(problems, problem => problem.Contains(construct, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_check_fails_a_TextBlock_that_starts_a_numbered_list_and_passes_it_escaped()
    {
        var unescaped = await environment.Cards.ValidateAsync(CardWith("1. x"), CancellationToken.None);
        var escaped = await environment.Cards.ValidateAsync(CardWith(@"1\. x"), CancellationToken.None);

        Assert.Contains(unescaped, problem => problem.Contains("/body/0: the TextBlock text would render as a numbered list", StringComparison.Ordinal));
        Assert.Empty(escaped);
        await Assert.ThrowsAsync<JourneyBot.Testing.InvalidAdaptiveCardException>(() => environment.Cards.AssertValidAsync(CardWith("1. x"), CancellationToken.None));
    }

    [Theory]
    [InlineData("ok\n- later line", "a bulleted list")]
    [InlineData("# head", "a heading")]
    [InlineData("Title\n===", "a heading")]
    [InlineData("> quote", "a quote")]
    [InlineData("see [x](https://evil.example)", "a link")]
    [InlineData("<at>Everyone</at>", "a mention")]
    public async Task The_check_fails_each_construct_a_card_never_means(string text, string construct)
    {
        var problems = await environment.Cards.ValidateAsync(CardWith(text), CancellationToken.None);

        Assert.Contains(problems, problem => problem.Contains($"would render as {construct}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("**Step 1 · Goals** and _emphasis_")]
    [InlineData(@"\- dash \[x\]\(y\) \# 1\. 2\)")]
    [InlineData("-2 very negative · 1.5 times · 3 KPIs")]
    [InlineData("• a bullet drawn as text")]
    public async Task The_check_passes_emphasis_escaped_markers_and_plain_numbers(string text)
    {
        Assert.Empty(await environment.Cards.ValidateAsync(CardWith(text), CancellationToken.None));
    }

    private static JsonElement CardWith(string text) => JsonSerializer.SerializeToElement(new
    {
        type = "AdaptiveCard",
        version = "1.5",
        body = new object[] { new { type = "TextBlock", text, wrap = true } },
    });

    /// <summary>The card with every backslash escape of markdown punctuation taken out of its JSON strings.</summary>
    private static JsonElement Unescaped(JsonElement card) =>
        JsonDocument.Parse(Regex.Replace(card.GetRawText(), @"\\\\([-.)#*+\[\]()_~`])", "$1")).RootElement.Clone();
}
