using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.JourneyStages;
using static JourneyBot.Tests.Workshops.StageSteps;

namespace JourneyBot.Tests.Workshops;

/// <summary>Step 2's work per persona and stage: the team's notes, and the emotion scores that stay private until the reveal.</summary>
[Collection(BotTests.Name)]
public sealed class JourneyStagesCellTests(BotEnvironment environment)
{
    [Fact]
    public async Task Anyone_writes_a_personas_notes_for_a_stage_and_the_board_counts_them()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Bora);

        var stage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Consideration), by: TestUser.Bora);
        var form = await chat.ClickAsync(setup, stage.Card.ButtonFor(JourneyStagesVerbs.EditCell, "founder.consideration"), by: TestUser.Bora);
        var saved = await chat.ClickAsync(setup, form.Card.Button(JourneyStagesVerbs.SaveCell), Inputs(
            (CellForm.CustomerGoalInput, "Pick a tool the team will actually use"),
            (CellForm.ActionsInput, "Compares [pricing](http://evil.example) pages"),
            (CellForm.ThoughtsInput, "Will it work with our CRM?"),
            (CellForm.PainPointsInput, "No public pricing")), TestUser.Bora);
        var shared = await chat.SharedCardAsync(setup);
        var reopened = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Consideration), by: TestUser.Chris);

        Assert.Contains("Tech founder", stage.Card.Text, StringComparison.Ordinal);
        Assert.Contains("No notes yet.", stage.Card.Text, StringComparison.Ordinal);
        Assert.Equal(
            [CellForm.CustomerGoalInput, CellForm.ActionsInput, CellForm.ThoughtsInput, CellForm.PainPointsInput,
                EmotionScoring.ScoreInput("founder.consideration"), EmotionScoring.WordInput("founder.consideration")],
            form.Card.Inputs.Select(input => input.Id));

        // Saved from the stage: back on that stage card, the notes in place, not on the board.
        StageSteps.AssertInOrder(saved.Card.Text, "Stage 2 of 8: Consideration", "Saved: Tech founder", "The customer's goal: Pick a tool the team will actually use");
        Assert.Empty((await bot.StoredMapAsync(chat, board)).EmotionScores);
        Assert.NotNull(shared);
        Assert.Contains("Notes for 1 of 2 personas", shared.Text, StringComparison.Ordinal);
        Assert.Contains("The customer's goal: Pick a tool the team will actually use", reopened.Card.Text, StringComparison.Ordinal);
        Assert.Contains(@"Actions: Compares \[pricing\]\(http://evil.example\) pages", reopened.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Pain points: No public pricing", reopened.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Last written by 박보라", reopened.Card.Text, StringComparison.Ordinal);

        var chrisForm = await chat.ClickAsync(setup, reopened.Card.ButtonFor(JourneyStagesVerbs.EditCell, "founder.consideration"), by: TestUser.Chris);
        await chat.ClickAsync(setup, chrisForm.Card.Button(JourneyStagesVerbs.SaveCell), Inputs(
            (CellForm.CustomerGoalInput, "Pick a tool the team will actually use"), (CellForm.PainPointsInput, "Pricing only on request")), TestUser.Chris);
        var cell = Assert.Single((await bot.StoredMapAsync(chat, board)).Cells);
        Assert.Equal("Pricing only on request", cell.Notes.PainPoints);
        Assert.Null(cell.Notes.Actions);
        Assert.Equal(TestUser.Bora.Name, cell.Author.Name);
        Assert.Equal(TestUser.Chris.Name, cell.UpdatedBy.Name);
    }

    [Fact]
    public async Task Notes_that_are_too_long_come_back_with_the_error_beside_the_field_and_everything_typed_kept()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Alice);
        var stage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Alice);
        var form = await chat.ClickAsync(setup, stage.Card.ButtonFor(JourneyStagesVerbs.EditCell, "founder.awareness"), by: TestUser.Alice);

        var refused = await chat.ClickAsync(setup, form.Card.Button(JourneyStagesVerbs.SaveCell), Inputs(
            (CellForm.CustomerGoalInput, "Know we exist"), (CellForm.ActionsInput, new string('a', Limits.MaxLongTextLength + 1))), TestUser.Alice);

        Assert.Contains("At most 2,000 characters.", refused.Card.Text, StringComparison.Ordinal);
        Assert.Equal("Know we exist", refused.Card.Inputs.Single(input => input.Id == CellForm.CustomerGoalInput).Value);
        Assert.Empty((await bot.StoredMapAsync(chat, board)).Cells);
    }

    [Fact]
    public async Task A_score_saved_without_a_value_comes_back_with_the_error_and_the_word_kept()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Alice);
        var stage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Alice);

        var refused = await chat.ClickAsync(setup, stage.Card.ButtonFor(JourneyStagesVerbs.ScoreEmotion, "manager.awareness"),
            Inputs((EmotionScoring.WordInput("manager.awareness"), "curious")), TestUser.Alice);

        Assert.Contains("Your emotion score: Ops manager in Awareness", refused.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Required.", refused.Card.Text, StringComparison.Ordinal);
        Assert.Equal("curious", refused.Card.Inputs.Single(input => input.Id == EmotionScoring.WordInput("manager.awareness")).Value);
        Assert.Empty((await bot.StoredMapAsync(chat, board)).EmotionScores);
    }

    [Fact]
    public async Task Emotion_scores_stay_private_each_person_sees_only_their_own_and_the_count()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (setup, board) = await ThreeScoresAsync(bot, chat);

        var boraStage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Bora);
        var chrisStage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Chris);
        var boraBoard = await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Bora);
        var shared = await chat.SharedCardAsync(setup);

        Assert.Contains("Your score: +2 · delighted", boraStage.Card.Text, StringComparison.Ordinal);
        Assert.Equal("2", boraStage.Card.Inputs.Single(input => input.Id == EmotionScoring.ScoreInput("founder.awareness")).Value);
        Assert.Contains("Your scores: Tech founder +2 · Ops manager –", boraBoard.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Your score: -1 · lost", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.Contains("3 scored so far; the scores stay hidden until the reveal.", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("delighted", chrisStage.Card.Json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("+2", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.NotNull(shared);
        Assert.Contains("Notes for 0 of 2 personas · 3 emotion scores", shared.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("delighted", shared.Json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Your scores", shared.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("+2", shared.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("mean", shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_facilitator_reveals_the_stage_card_shows_the_mean_the_spread_and_who_diverges_most()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (setup, board) = await ThreeScoresAsync(bot, chat);

        var boraReveal = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.RevealEmotions), by: TestUser.Bora);
        var revealed = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.RevealEmotions), by: TestUser.Alice);
        var shared = await chat.SharedCardAsync(setup);
        var chrisStage = await chat.ClickAsync(setup, revealed.Card.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Chris);

        Assert.Contains("Only a facilitator, or the person who added it, can do this.", boraReveal.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Your scores: Tech founder -1 · Ops manager –", revealed.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Team means: Tech founder 0.0 😐 ±1.4 (3 scores) · Ops manager –", revealed.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(revealed.Card.Buttons, button => button.Verb == JourneyStagesVerbs.RevealEmotions);
        Assert.NotNull(shared);
        Assert.Contains("Emotion scores are revealed", shared.Text, StringComparison.Ordinal);
        Assert.Contains("Team means: Tech founder 0.0 😐 ±1.4 (3 scores) · Ops manager –", shared.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your scores", shared.Text, StringComparison.Ordinal);
        Assert.Contains("Team: mean 0.0 😐, spread 1.4 (3 scores)", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Sees it most differently: 박보라 (+2)", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Nobody has scored this yet.", chrisStage.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_score_is_counted_as_one_and_never_called_a_team_that_agrees()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Alice);
        var stage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Bora);
        var scored = await chat.ClickAsync(setup, stage.Card.ButtonFor(JourneyStagesVerbs.ScoreEmotion, "manager.awareness"),
            Inputs((EmotionScoring.ScoreInput("manager.awareness"), "2")), TestUser.Bora);

        var aliceBoard = await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Alice);
        var revealed = await chat.ClickAsync(setup, aliceBoard.Card.Button(JourneyStagesVerbs.RevealEmotions), by: TestUser.Alice);
        var shared = await chat.SharedCardAsync(setup);
        var chrisStage = await chat.ClickAsync(setup, revealed.Card.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Chris);

        StageSteps.AssertInOrder(scored.Card.Text, "Stage 1 of 8: Awareness", "Saved: Ops manager", "Ops manager", "Your score: +2");
        Assert.Contains("Your scores: Tech founder – · Ops manager +2", (await chat.ClickAsync(setup, scored.Card.Button(WorkshopVerbs.Show), by: TestUser.Bora)).Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Your scores", revealed.Card.Text, StringComparison.Ordinal);
        Assert.NotNull(shared);
        Assert.Contains("Team means: Tech founder – · Ops manager +2.0 😀 (1 score)", shared.Text, StringComparison.Ordinal);
        Assert.Contains("Team: one score so far (+2.0 😀); the spread shows from the second score.", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Everyone gave the same score", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1 scores", chrisStage.Card.Text + shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_Korean_the_board_names_each_persona_with_your_scores_and_each_personas_team_mean()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel("ko-KR");
        var (setup, board) = await StepTwoAsync(chat, language: "ko");
        await bot.AddPersonasAsync(chat, board, [("founder", "창업자"), ("lead", "팀장"), ("buyer", "구매 담당자")]); // listed by id: buyer first
        board = (await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        foreach (var (person, persona, score) in new[] { (TestUser.Alice, "founder", "-1"), (TestUser.Alice, "lead", "1"), (TestUser.Bora, "founder", "1"), (TestUser.Bora, "lead", "1") })
        {
            var stage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: person);
            await chat.ClickAsync(setup, stage.Card.ButtonFor(JourneyStagesVerbs.ScoreEmotion, $"{persona}.awareness"),
                Inputs((EmotionScoring.ScoreInput($"{persona}.awareness"), score)), person);
        }

        var aliceBoard = await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Alice);
        var revealed = await chat.ClickAsync(setup, aliceBoard.Card.Button(JourneyStagesVerbs.RevealEmotions), by: TestUser.Alice);
        var shared = await chat.SharedCardAsync(setup);
        var stageCard = await chat.ClickAsync(setup, revealed.Card.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Chris);

        Assert.Contains("메모: 페르소나 3명 중 0명 · 감정 점수 4개", aliceBoard.Card.Text, StringComparison.Ordinal);
        Assert.Contains("내 점수: 구매 담당자 – · 창업자 -1 · 팀장 +1", aliceBoard.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("팀 평균", aliceBoard.Card.Text, StringComparison.Ordinal);
        Assert.NotNull(shared);
        Assert.Contains("팀 평균: 구매 담당자 – · 창업자 0.0 😐 ±1.0 (점수 2개) · 팀장 +1.0 🙂 ±0.0 (점수 2개)", shared.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("내 점수", shared.Text, StringComparison.Ordinal);
        Assert.Contains("팀: 평균 0.0 😐, 편차 1.0 (점수 2개)", stageCard.Card.Text, StringComparison.Ordinal);
        Assert.Contains("팀: 평균 +1.0 🙂, 편차 0.0 (점수 2개)", stageCard.Card.Text, StringComparison.Ordinal);
        Assert.Contains("모두 같은 점수를 매겼습니다.", stageCard.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_card_shows_the_personas_five_at_a_time()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);
        await bot.AddPersonasAsync(chat, board, [.. Enumerable.Range(1, 7).Select(n => ($"p{n}", $"Persona number {n}"))]);
        board = (await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;

        var first = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Onboarding), by: TestUser.Alice);
        var second = await chat.ClickAsync(setup, first.Card.ButtonTitled("More personas ▶"), by: TestUser.Alice);
        var back = await chat.ClickAsync(setup, second.Card.ButtonTitled("◀ Previous personas"), by: TestUser.Alice);
        var scored = await chat.ClickAsync(setup, second.Card.ButtonFor(JourneyStagesVerbs.ScoreEmotion, "p7.onboarding"),
            Inputs((EmotionScoring.ScoreInput("p7.onboarding"), "-2")), TestUser.Alice);

        Assert.Contains("Stage 4 of 8: Onboarding", first.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Personas 1–5 of 7", first.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Persona number 5", first.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Persona number 6", first.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Personas 6–7 of 7", second.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Persona number 7", second.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Persona number 5", second.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(second.Card.Buttons, button => button.Title == "More personas ▶");
        Assert.Equal(first.Card.Text, back.Card.Text);
        // Back on the stage card at the page of the persona scored.
        StageSteps.AssertInOrder(scored.Card.Text, "Stage 4 of 8: Onboarding", "Saved: Persona number 7", "Persona number 7", "Your score: -2", "Personas 6–7 of 7");
        Assert.Contains("Notes for 0 of 7 personas · 1 emotion score · you scored 1 of 7",
            (await chat.ClickAsync(setup, scored.Card.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// A channel at step 2 with two personas, where Alice (-1), Bora (+2, delighted) and Chris (-1, lost) each scored the
    /// founder's awareness from their own stage card; returns the board message and Alice's board.
    /// </summary>
    private static async Task<(BotMessage Setup, CardView Board)> ThreeScoresAsync(BotHost bot, Conversation chat)
    {
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Alice);
        foreach (var (person, score, word) in new[] { (TestUser.Alice, "-1", (string?)null), (TestUser.Bora, "2", "delighted"), (TestUser.Chris, "-1", "lost") })
        {
            var stage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: person);
            await chat.ClickAsync(setup, stage.Card.ButtonFor(JourneyStagesVerbs.ScoreEmotion, "founder.awareness"),
                Inputs((EmotionScoring.ScoreInput("founder.awareness"), score), (EmotionScoring.WordInput("founder.awareness"), word)), person);
        }

        return (setup, (await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card);
    }
}
