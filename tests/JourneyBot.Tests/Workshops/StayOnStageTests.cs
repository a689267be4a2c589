using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.JourneyStages;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;
using static JourneyBot.Tests.Workshops.StageSteps;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Issue 10, "Stay where you work": a save from a stage card comes back to that stage card, stage cards lead on to the next
/// stage, and the notes form takes the emotion score in the same save.
/// </summary>
[Collection(BotTests.Name)]
public sealed class StayOnStageTests(BotEnvironment environment)
{
    /// <summary>
    /// The figure: 5 touchpoints in one stage and 3 in the next, from the step 3 board, inline forms. Before, each
    /// touchpoint was View and add, Add a touchpoint, Add: 24 presses (16 sent to the bot). Now: open the stage, unfold the
    /// form once, then one Add per touchpoint; "next stage ▶", unfold, three Adds: 12 presses (10 sent to the bot).
    /// </summary>
    [Fact]
    public async Task Five_touchpoints_in_one_stage_and_three_in_the_next_take_twelve_presses()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var (clicks, unfolds) = (0, 0);

        async Task<CardView> Press(CardButton button, IReadOnlyDictionary<string, object?>? inputs = null)
        {
            clicks++;
            var answer = await chat.ClickAsync(board, button, inputs, TestUser.Alice);
            Assert.Equal(200, answer.HttpStatus);
            return answer.Card;
        }

        // Unfolding the add form is a press the bot never sees (Action.ShowCard); counted all the same.
        CardView Unfold(CardView stage)
        {
            Assert.Contains(stage.Buttons, button => button.Type == "Action.ShowCard" && button.Title == "Add a touchpoint");
            unfolds++;
            return stage;
        }

        var stage = Unfold(await Press(card.ButtonFor(TouchpointsAndChannelsVerbs.OpenStage, "awareness")));
        foreach (var name in new[] { "Website", "Blog", "Webinar", "Review site", "Paid ad" })
        {
            stage = await Press(stage.Button(TouchpointsAndChannelsVerbs.AddTouchpoint), TouchpointSteps.Typed(name));
            Assert.Contains($"Saved: {name}", stage.Text, StringComparison.Ordinal);
            Assert.Equal(string.Empty, stage.ValueOf(TouchpointInputs.Name) ?? string.Empty);
        }

        stage = Unfold(await Press(stage.ButtonTitled("Consideration ▶")));
        Assert.Contains("Touchpoints · Consideration", stage.Text, StringComparison.Ordinal);
        foreach (var name in new[] { "Demo", "Pricing page", "Sales call" })
        {
            stage = await Press(stage.Button(TouchpointsAndChannelsVerbs.AddTouchpoint), TouchpointSteps.Typed(name, category: "Sales"));
        }

        Assert.Equal((10, 2), (clicks, unfolds));
        var stored = await bot.StoredMapAsync(chat, card);
        Assert.Equal(5, stored.TouchpointsIn("awareness").Count);
        Assert.Equal(3, stored.TouchpointsIn("consideration").Count);
        StageSteps.AssertInOrder(stage.Text, "Touchpoints · Consideration", "Saved: Sales call", "Demo — Alice Kim", "Pricing page — Alice Kim", "Sales call — Alice Kim");
        var shared = await chat.SharedCardAsync(board);
        Assert.Contains("**Awareness** · 5 touchpoints", shared!.Text, StringComparison.Ordinal);
        Assert.Contains("**Consideration** · 3 touchpoints", shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stage_cards_of_steps_2_3_and_4_lead_to_the_stage_before_and_after_and_none_past_the_ends()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Alice);

        var first = (await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Alice)).Card;
        var second = (await chat.ClickAsync(setup, first.ButtonTitled("Consideration ▶"), by: TestUser.Alice)).Card;
        var last = (await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Advocacy), by: TestUser.Alice)).Card;

        Assert.Equal([StageKeys.Consideration], first.ItemsOf(JourneyStagesVerbs.OpenStage));
        Assert.Contains("Stage 2 of 8: Consideration", second.Text, StringComparison.Ordinal);
        Assert.Equal([StageKeys.Awareness, StageKeys.SignUp], second.ItemsOf(JourneyStagesVerbs.OpenStage));
        Assert.Equal("◀ Awareness", second.Buttons.First(button => button.Verb == JourneyStagesVerbs.OpenStage).Title);
        Assert.Equal([StageKeys.Expansion], last.ItemsOf(JourneyStagesVerbs.OpenStage));

        var step3 = (await chat.ClickAsync(setup, first.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        step3 = (await chat.ClickOnBoardAsync(setup, step3, WorkshopVerbs.Next, TestUser.Alice)).Card;
        var touchpoints = (await chat.ClickAsync(setup, step3.ButtonFor(TouchpointsAndChannelsVerbs.OpenStage, StageKeys.Consideration), by: TestUser.Alice)).Card;
        Assert.Equal([StageKeys.Awareness, StageKeys.SignUp], touchpoints.ItemsOf(TouchpointsAndChannelsVerbs.OpenStage));

        var step4 = (await chat.ClickOnBoardAsync(setup, await chat.BoardAsync(setup, touchpoints, TestUser.Alice), WorkshopVerbs.Next, TestUser.Alice)).Card;
        var data = await chat.OpenStageDataAsync(setup, step4, StageKeys.Advocacy, TestUser.Alice);
        Assert.Equal([StageKeys.Expansion], data.ItemsOf(FeedbackAndDataVerbs.OpenStage));
    }

    [Fact]
    public async Task The_notes_form_saves_the_own_emotion_score_with_the_notes_privately_and_a_refused_word_saves_nothing()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Alice);
        const string cell = "founder.awareness";
        var stage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Bora);
        var form = (await chat.ClickAsync(setup, stage.Card.ButtonFor(JourneyStagesVerbs.EditCell, cell), by: TestUser.Bora)).Card;

        var refused = (await chat.ClickAsync(setup, form.Button(JourneyStagesVerbs.SaveCell), Inputs(
            (CellForm.ActionsInput, "Reads a review"), (EmotionScoring.ScoreInput(cell), "1"),
            (EmotionScoring.WordInput(cell), new string('w', Limits.MaxShortTextLength + 1))), TestUser.Bora)).Card;

        Assert.NotNull(refused.ErrorBelow(EmotionScoring.WordInput(cell)));
        Assert.Equal("Reads a review", refused.ValueOf(CellForm.ActionsInput));
        Assert.Equal("1", refused.ValueOf(EmotionScoring.ScoreInput(cell)));
        var untouched = await bot.StoredMapAsync(chat, board);
        Assert.Empty(untouched.Cells);
        Assert.Empty(untouched.EmotionScores);

        var saved = (await chat.ClickAsync(setup, refused.Button(JourneyStagesVerbs.SaveCell), Inputs(
            (CellForm.ActionsInput, "Reads a review"), (EmotionScoring.ScoreInput(cell), "1"), (EmotionScoring.WordInput(cell), "hopeful")), TestUser.Bora)).Card;

        AssertInOrder(saved.Text, "Stage 1 of 8: Awareness", "Saved: Tech founder", "Actions: Reads a review", "Your score: +1 · hopeful");
        var stored = await bot.StoredMapAsync(chat, board);
        Assert.Equal("Reads a review", Assert.Single(stored.Cells).Notes.Actions);
        Assert.Equal((1, "hopeful"), (Assert.Single(stored.EmotionScores).Score, stored.EmotionScores[0].Word));

        // Private: nobody else's card carries it, and a score given again from the form does not rewrite the notes' author.
        var chrisForm = (await chat.ClickAsync(setup, saved.ButtonFor(JourneyStagesVerbs.EditCell, cell), by: TestUser.Chris)).Card;
        Assert.Null(chrisForm.ValueOf(EmotionScoring.ScoreInput(cell)));
        Assert.DoesNotContain("hopeful", chrisForm.Json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("hopeful", (await chat.SharedCardAsync(setup))!.Json.GetRawText(), StringComparison.Ordinal);
        await chat.ClickAsync(setup, chrisForm.Button(JourneyStagesVerbs.SaveCell), chrisForm.Filled(new Dictionary<string, object?> { [EmotionScoring.ScoreInput(cell)] = "-1" }), TestUser.Chris);
        stored = await bot.StoredMapAsync(chat, board);
        Assert.Equal(TestUser.Bora.Name, Assert.Single(stored.Cells).UpdatedBy.Name);
        Assert.Equal([1, -1], stored.EmotionScores.OrderByDescending(score => score.Score).Select(score => score.Score));
    }
}
