using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using JourneyBot.Workshops.Steps.JourneyStages;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// The whole path from start to step 4, by clicking the cards as a team does: in English and in Korean, in a personal
/// chat and in a channel where three people contribute, with emotion scores kept private until the reveal.
/// </summary>
[Collection(BotTests.Name)]
public sealed class WalkthroughTests(BotEnvironment environment)
{
    public static TheoryData<string, bool> Paths => new() { { "en", false }, { "en", true }, { "ko", false }, { "ko", true } };

    [Theory]
    [MemberData(nameof(Paths))]
    public Task A_team_walks_from_start_to_step_4_by_clicking_the_cards(string language, bool inChannel) =>
        WalkAsync(language, inChannel, twoInstances: false);

    /// <summary>
    /// The same walk with every other request going to a second instance over the same tables, as behind a load balancer:
    /// the end state is the single instance's (every assertion below), whichever instance redrew the board.
    /// </summary>
    [Theory]
    [InlineData("en", true)]
    [InlineData("en", false)]
    public Task A_team_walks_from_start_to_step_4_with_requests_spread_over_two_instances(string language, bool inChannel) =>
        WalkAsync(language, inChannel, twoInstances: true);

    private async Task WalkAsync(string language, bool inChannel, bool twoInstances)
    {
        await using var bot = await environment.StartBotAsync();
        await using var second = twoInstances ? await environment.StartBotAsync(bot.Settings) : null;
        var korean = language == "ko";
        var chat = inChannel ? bot.Channel(korean ? "ko-KR" : "en-US") : bot.PersonalChat(TestUser.Alice, korean ? "ko-KR" : "en-US");
        if (second is not null)
        {
            chat.AlternateWith(second);
        }
        var (alice, bora, chris) = inChannel ? (TestUser.Alice, TestUser.Bora, TestUser.Chris) : (TestUser.Alice, TestUser.Alice, TestUser.Alice);
        var step = korean
            ? new[] { "스텝 1/7 · 목표와 페르소나", "스텝 2/7 · 여정 단계", "스텝 3/7 · 터치포인트와 채널", "스텝 4/7 · 고객 피드백과 데이터" }
            : ["Step 1/7 · Goals and personas", "Step 2/7 · Journey stages", "Step 3/7 · Touchpoints and channels", "Step 4/7 · Feedback and data"];

        // Step 1: a goal from the facilitator, a persona from someone else.
        var (message, board) = await chat.StartWorkshopAsync(alice, name: korean ? "체험판 여정" : "Trial journey", language: language);
        Assert.Contains(step[0], board.Text, StringComparison.Ordinal);

        // In a channel the board is redrawn for everyone and the facilitator moves on from that; in a personal chat the one
        // person has the board in every answer, nothing is redrawn, and they move on from the card they were given.
        async Task<CardView> CurrentAsync(CardView last) => inChannel ? await SharedAsync(chat, message) : last;
        board = (await chat.ClickOnBoardAsync(message, board, GoalsAndPersonasVerbs.AddGoal, alice,
            new Dictionary<string, object?> { [GoalsSection.TextInput] = "Find where trials stall" })).Card;
        board = (await chat.AddPersonaAsync(message, board, bora, "Tech founder", "CTO")).Card;
        var persona = Assert.Single(board.PersonaIds());
        Assert.Contains("Tech founder", board.Text, StringComparison.Ordinal);

        // Step 2: notes for a persona and stage, then private emotion scores and the reveal.
        board = (await chat.ClickOnBoardAsync(message, await CurrentAsync(board), WorkshopVerbs.Next, alice)).Card;
        Assert.Contains(step[1], board.Text, StringComparison.Ordinal);
        Assert.Contains("Find where trials stall", board.Text, StringComparison.Ordinal);
        var cell = $"{persona}.awareness";
        var stage = await chat.ClickAsync(message, board.ButtonFor(JourneyStagesVerbs.OpenStage, "awareness"), by: chris);
        var notes = await chat.ClickAsync(message, stage.Card.ButtonFor(JourneyStagesVerbs.EditCell, cell), by: chris);
        await chat.ClickAsync(message, notes.Card.Button(JourneyStagesVerbs.SaveCell), new Dictionary<string, object?>
        {
            [CellForm.CustomerGoalInput] = "See value in a day", [CellForm.ActionsInput] = "Reads a review",
            [CellForm.ThoughtsInput] = "Is it safe?", [CellForm.PainPointsInput] = "Setup takes long",
        }, chris);
        foreach (var (person, score, word) in new[] { (alice, "-1", "doubtful"), (bora, "2", "delighted"), (chris, "0", "neutral") }.DistinctBy(s => s.Item1))
        {
            var own = await chat.ClickAsync(message, board.ButtonFor(JourneyStagesVerbs.OpenStage, "awareness"), by: person);
            await chat.ClickAsync(message, own.Card.ButtonFor(JourneyStagesVerbs.ScoreEmotion, cell),
                new Dictionary<string, object?> { [EmotionScoring.ScoreInput(cell)] = score, [EmotionScoring.WordInput(cell)] = word }, person);
        }

        var shared = await CurrentAsync(board);
        Assert.DoesNotContain(inChannel ? "delighted" : "doubtful", shared.Text, StringComparison.Ordinal);
        board = (await chat.ClickAsync(message, shared.Button(JourneyStagesVerbs.RevealEmotions), by: alice)).Card;
        var revealed = await chat.ClickAsync(message, board.ButtonFor(JourneyStagesVerbs.OpenStage, "awareness"), by: chris);
        Assert.Contains(inChannel ? "박보라 (+2)" : "doubtful", revealed.Card.Text, StringComparison.Ordinal);

        // Step 3: a touchpoint on the stage.
        board = (await chat.ClickOnBoardAsync(message, await CurrentAsync(board), WorkshopVerbs.Next, alice)).Card;
        Assert.Contains(step[2], board.Text, StringComparison.Ordinal);
        var touchpoints = await chat.ClickAsync(message, board.ButtonFor(TouchpointsAndChannelsVerbs.OpenStage, "awareness"), by: chris);
        var added = (await chat.ClickAsync(message, touchpoints.Card.Button(TouchpointsAndChannelsVerbs.AddTouchpoint), TouchpointSteps.Typed("Review site", channel: "G2"), chris)).Card;
        Assert.Contains("Review site", added.Text, StringComparison.Ordinal);
        board = await chat.BoardAsync(message, added, chris);

        // Step 4: a KPI, a satisfaction rating and an evidence note.
        board = (await chat.ClickOnBoardAsync(message, await CurrentAsync(board), WorkshopVerbs.Next, alice)).Card;
        Assert.Contains(step[3], board.Text, StringComparison.Ordinal);
        var touchpoint = Assert.Single((await bot.StoredMapAsync(chat, board)).Touchpoints).Id;
        var data = await chat.OpenStageDataAsync(message, board, "awareness", bora);
        await chat.ClickAsync(message, data.ButtonFor(FeedbackAndDataVerbs.AddKpi, "awareness"), new Dictionary<string, object?>
        {
            [KpiForm.NameInput] = "Visitors", [KpiForm.ValueInput] = "1000", [KpiForm.SourceInput] = "WebAnalytics", [KpiForm.VolumeInput] = KpiForm.VolumeTicked,
        }, bora);
        await chat.ClickAsync(message, data.ButtonFor(FeedbackAndDataVerbs.RateSatisfaction, "awareness"),
            new Dictionary<string, object?> { [SatisfactionSection.TouchpointInput] = touchpoint, [SatisfactionSection.ScoreInput] = "4" }, chris);
        await chat.ClickAsync(message, data.ButtonFor(FeedbackAndDataVerbs.AddNote, "awareness"), new Dictionary<string, object?>
        {
            [EvidenceSection.TargetInput] = EvidenceSection.StageTarget, [EvidenceSection.BackingInput] = "DataBacked", [EvidenceSection.TextInput] = "Analytics, last 90 days",
        }, alice);

        var status = await chat.SendAndGetReplyAsync(korean ? "상태" : "status", alice);
        Assert.Contains(step[3], status.Card.Text, StringComparison.Ordinal);
        Assert.Contains("1,000", status.Card.Text, StringComparison.Ordinal);
        var map = await bot.StoredMapAsync(chat, board);
        Assert.Equal(alice.AadObjectId, Assert.Single(map.Goals).Author.AadObjectId);
        Assert.Equal(bora.AadObjectId, Assert.Single(map.Personas).Author.AadObjectId);
        Assert.Equal(chris.AadObjectId, Assert.Single(map.Cells).Author.AadObjectId);
        Assert.Equal(inChannel ? 3 : 1, map.EmotionScores.Count);
        Assert.True(map.EmotionsRevealed);
        Assert.Equal(chris.AadObjectId, Assert.Single(map.Touchpoints).Author.AadObjectId);
        Assert.Equal((bora.AadObjectId, 1000m), (Assert.Single(map.Kpis).Author.AadObjectId, map.Kpis[0].Details.Value));
        Assert.Equal(4, Assert.Single(map.SatisfactionRatings).Score);
        Assert.Equal(EvidenceBacking.DataBacked, Assert.Single(map.EvidenceNotes).Backing);
        Assert.Equal(WorkshopStep.FeedbackAndData, map.CurrentStep);
        if (!inChannel)
        {
            // A personal chat's board is never redrawn as a board (its one person has it in each answer); at most the live
            // board rule shortens it once a newer board is posted.
            Assert.DoesNotContain(step[3], (await chat.SharedCardAsync(message))?.Text ?? string.Empty, StringComparison.Ordinal);
        }
    }

    /// <summary>The board as everyone sees it now: the facilitator moves the steps from there.</summary>
    private static async Task<CardView> SharedAsync(Conversation chat, BotMessage message) =>
        await chat.SharedCardAsync(message) ?? throw new InvalidOperationException("The board was never redrawn for everyone.");
}
