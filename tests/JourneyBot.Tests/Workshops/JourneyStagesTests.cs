using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Steps.Stages;

namespace JourneyBot.Tests.Workshops;

[Collection(BotTests.Name)]
public sealed class JourneyStagesTests(BotEnvironment environment)
{
    private static readonly (string Id, string Name)[] TwoPersonas = [("founder", "Tech founder"), ("manager", "Ops manager")];

    [Fact]
    public async Task SaaS_shows_its_eight_stages_in_journey_order()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);

        var (_, board) = await StepTwoAsync(chat);

        Assert.Contains("Step 2/7 · Journey stages", board.Text, StringComparison.Ordinal);
        AssertInOrder(board.Text,
            "1 · Awareness", "2 · Consideration", "3 · Purchase / sign-up", "4 · Onboarding",
            "5 · Adoption", "6 · Retention", "7 · Expansion", "8 · Advocacy");
    }

    [Fact]
    public async Task In_Korean_SaaS_stages_are_labelled_as_the_SaaS_guide_names_them()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice, "ko-KR");

        var (_, board) = await StepTwoAsync(chat, language: "ko");

        Assert.Contains("2/7단계 · 여정 단계", board.Text, StringComparison.Ordinal);
        AssertInOrder(board.Text, "1 · 인지", "2 · 고려", "3 · 구매/가입", "4 · 온보딩", "5 · 도입", "6 · 유지", "7 · 확장", "8 · 지지");
    }

    [Fact]
    public async Task In_Korean_the_services_template_calls_awareness_인식()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice, "ko-KR");

        var (_, board) = await StepTwoAsync(chat, template: "Services", language: "ko");

        AssertInOrder(board.Text, "1 · 인식", "2 · 고려", "3 · 구매/획득", "4 · 보유", "5 · 옹호");
        Assert.DoesNotContain("1 · 인지", board.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_facilitator_renames_a_stage_and_a_blank_name_brings_back_the_template_label()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);

        var edit = await chat.ClickAsync(setup, board.Button(StageEditing.Edit), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);
        var renamed = await chat.ClickAsync(setup, edit.Card.Button(StageEditing.Rename), Inputs((StageEditing.NameInput, "Hearing about us")), TestUser.Alice);
        var editAgain = await chat.ClickAsync(setup, renamed.Card.Button(StageEditing.Edit), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);
        var restored = await chat.ClickAsync(setup, editAgain.Card.Button(StageEditing.Rename), Inputs((StageEditing.NameInput, "  ")), TestUser.Alice);

        Assert.Contains("Change the stage “Awareness”", edit.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Leave the name blank to go back to the template's name: Awareness.", edit.Card.Text, StringComparison.Ordinal);
        AssertInOrder(renamed.Card.Text, "1 · Hearing about us", "2 · Consideration");
        Assert.Equal("Hearing about us", editAgain.Card.Inputs.Single(input => input.Id == StageEditing.NameInput).Value);
        AssertInOrder(restored.Card.Text, "1 · Awareness", "2 · Consideration");
        Assert.DoesNotContain("Hearing about us", restored.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_facilitator_moves_a_stage_to_the_position_chosen_and_everyone_sees_the_new_order()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);

        var edit = await chat.ClickAsync(setup, board.Button(StageEditing.Edit), Inputs((StageEditing.PickInput, StageKeys.Advocacy)), TestUser.Alice);
        var moved = await chat.ClickAsync(setup, edit.Card.Button(StageEditing.Move), Inputs((StageEditing.PositionInput, "2")), TestUser.Alice);

        Assert.Equal("8", edit.Card.Inputs.Single(input => input.Id == StageEditing.PositionInput).Value);
        AssertInOrder(moved.Card.Text, "1 · Awareness", "2 · Advocacy", "3 · Consideration", "8 · Expansion");
        var shared = await chat.SharedCardAsync(setup);
        Assert.NotNull(shared);
        AssertInOrder(shared.Text, "1 · Awareness", "2 · Advocacy", "3 · Consideration");
    }

    [Fact]
    public async Task A_move_beyond_the_last_position_comes_back_with_the_error_beside_the_position()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);
        var edit = await chat.ClickAsync(setup, board.Button(StageEditing.Edit), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);

        var refused = await chat.ClickAsync(setup, edit.Card.Button(StageEditing.Move), Inputs((StageEditing.PositionInput, "9")), TestUser.Alice);

        Assert.Contains("Must be from 1 to 8.", refused.Card.Text, StringComparison.Ordinal);
        Assert.Equal("9", refused.Card.Inputs.Single(input => input.Id == StageEditing.PositionInput).Value);
    }

    [Fact]
    public async Task The_facilitator_adds_a_custom_stage_last_and_a_taken_name_comes_back_beside_the_field()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);

        var added = await chat.ClickAsync(setup, board.Button(StageEditing.Add), Inputs((StageEditing.NameInput, "Renewal call")), TestUser.Alice);
        var taken = await chat.ClickAsync(setup, added.Card.Button(StageEditing.Add), Inputs((StageEditing.NameInput, "renewal CALL")), TestUser.Alice);

        AssertInOrder(added.Card.Text, "8 · Advocacy", "9 · Renewal call");
        Assert.Contains("Already taken: renewal CALL", taken.Card.Text, StringComparison.Ordinal);
        Assert.Equal("renewal CALL", taken.Card.Inputs.Single(input => input.Id == StageEditing.NameInput).Value);
        var stored = await bot.StoredMapAsync(chat, board);
        Assert.Equal(9, stored.Stages.Count);
        Assert.Equal("Renewal call", Assert.Single(stored.Stages, stage => stage.Key is null).Name);
    }

    [Fact]
    public async Task A_stage_nobodys_work_hangs_on_is_removed_at_once()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);

        var edit = await chat.ClickAsync(setup, board.Button(StageEditing.Edit), Inputs((StageEditing.PickInput, StageKeys.Expansion)), TestUser.Alice);
        var removed = await chat.ClickAsync(setup, edit.Card.Button(StageEditing.Remove), by: TestUser.Alice);

        AssertInOrder(removed.Card.Text, "6 · Retention", "7 · Advocacy");
        Assert.DoesNotContain("Expansion", removed.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_stage_with_notes_and_scores_asks_first_stating_how_many_go_with_it()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Alice);
        var stage = await chat.ClickAsync(setup, ButtonAbout(board, StageCard.Open, StageKeys.Awareness), by: TestUser.Alice);
        var form = await chat.ClickAsync(setup, ButtonAbout(stage.Card, CellForm.Edit, "founder.awareness"), by: TestUser.Alice);
        await chat.ClickAsync(setup, form.Card.Button(CellForm.Save), Inputs((CellForm.ActionsInput, "Reads a review")), TestUser.Alice);
        var scored = await chat.ClickAsync(setup, ButtonAbout(stage.Card, EmotionScoring.Score, "founder.awareness"),
            Inputs((EmotionScoring.ScoreInput("founder.awareness"), "1")), TestUser.Alice);

        var edit = await chat.ClickAsync(setup, scored.Card.Button(StageEditing.Edit), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);
        var asked = await chat.ClickAsync(setup, edit.Card.Button(StageEditing.Remove), by: TestUser.Alice);

        Assert.Contains("Remove the stage “Awareness”?", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("2 item(s) depend on this stage and would be removed with it:", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Persona notes: 1", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Emotion scores: 1", asked.Card.Text, StringComparison.Ordinal);
        Assert.Equal(8, (await bot.StoredMapAsync(chat, board)).Stages.Count);

        var removed = await chat.ClickAsync(setup, asked.Card.Button(StageEditing.RemoveAll), by: TestUser.Alice);

        Assert.Equal("Remove the stage and 2 item(s)", asked.Card.Button(StageEditing.RemoveAll).Title);
        AssertInOrder(removed.Card.Text, "1 · Consideration", "7 · Advocacy");
        var stored = await bot.StoredMapAsync(chat, board);
        Assert.DoesNotContain(stored.Stages, s => s.Id == StageKeys.Awareness);
        Assert.Empty(stored.Cells);
        Assert.Empty(stored.EmotionScores);
    }

    [Fact]
    public async Task A_non_facilitator_sees_no_stage_tools_in_her_own_view_and_her_rename_is_refused_in_Korean()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel("ko-KR");
        var (setup, board) = await StepTwoAsync(chat, language: "ko");

        var boraView = await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Bora);
        var shared = await chat.SharedCardAsync(setup);
        var boraEdit = await chat.ClickAsync(setup, board.Button(StageEditing.Edit), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Bora);
        var aliceEdit = await chat.ClickAsync(setup, board.Button(StageEditing.Edit), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);
        var refused = await chat.ClickAsync(setup, aliceEdit.Card.Button(StageEditing.Rename), Inputs((StageEditing.NameInput, "알게 됨")), TestUser.Bora);

        Assert.DoesNotContain("단계와 감정: 진행자용", boraView.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(boraView.Card.Buttons, button => button.Verb is StageEditing.Edit or StageEditing.Add or EmotionScoring.Reveal);
        Assert.NotNull(shared);
        Assert.Contains("단계와 감정: 진행자용", shared.Text, StringComparison.Ordinal);
        Assert.Contains(shared.Buttons, button => button.Verb == StageEditing.Edit);
        Assert.Contains("단계는 모두의 작업 틀이 되므로 진행자만 바꿀 수 있습니다.", boraEdit.Card.Text, StringComparison.Ordinal);
        Assert.Empty(boraEdit.Card.Inputs);
        Assert.Contains("이 작업을 할 권한이 없습니다.", refused.Card.Text, StringComparison.Ordinal);
        Assert.Contains("1 · 인지", refused.Card.Text, StringComparison.Ordinal);
        Assert.Null((await bot.StoredMapAsync(chat, board)).Stages.Single(stage => stage.Id == StageKeys.Awareness).Name);
    }

    [Fact]
    public async Task Without_personas_the_board_says_so_and_offers_the_facilitator_step_1()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (setup, board) = await StepTwoAsync(chat);

        var boraView = await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Bora);
        var back = await chat.ClickAsync(setup, board.ButtonTitled("◀ Add personas in step 1"), by: TestUser.Alice);

        Assert.Contains("No personas yet.", board.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(board.Buttons, button => button.Verb == StageCard.Open);
        Assert.Contains("No personas yet.", boraView.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(boraView.Card.Buttons, button => button.Title == "◀ Add personas in step 1");
        Assert.Contains("Step 1/7 · Goals and personas", back.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_writes_a_personas_notes_for_a_stage_and_the_board_counts_them()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (setup, board) = await StepTwoAsync(chat);
        board = await WithPersonasAsync(bot, chat, setup, board, TestUser.Bora);

        var stage = await chat.ClickAsync(setup, ButtonAbout(board, StageCard.Open, StageKeys.Consideration), by: TestUser.Bora);
        var form = await chat.ClickAsync(setup, ButtonAbout(stage.Card, CellForm.Edit, "founder.consideration"), by: TestUser.Bora);
        var saved = await chat.ClickAsync(setup, form.Card.Button(CellForm.Save), Inputs(
            (CellForm.CustomerGoalInput, "Pick a tool the team will actually use"),
            (CellForm.ActionsInput, "Compares [pricing](http://evil.example) pages"),
            (CellForm.ThoughtsInput, "Will it work with our CRM?"),
            (CellForm.PainPointsInput, "No public pricing")), TestUser.Bora);
        var shared = await chat.SharedCardAsync(setup);
        var reopened = await chat.ClickAsync(setup, ButtonAbout(saved.Card, StageCard.Open, StageKeys.Consideration), by: TestUser.Chris);

        Assert.Contains("Tech founder", stage.Card.Text, StringComparison.Ordinal);
        Assert.Contains("No notes yet.", stage.Card.Text, StringComparison.Ordinal);
        Assert.Equal([CellForm.CustomerGoalInput, CellForm.ActionsInput, CellForm.ThoughtsInput, CellForm.PainPointsInput], form.Card.Inputs.Select(input => input.Id));
        Assert.Contains("Notes for 1 of 2 personas", saved.Card.Text, StringComparison.Ordinal);
        Assert.NotNull(shared);
        Assert.Contains("Notes for 1 of 2 personas", shared.Text, StringComparison.Ordinal);
        Assert.Contains("The customer's goal: Pick a tool the team will actually use", reopened.Card.Text, StringComparison.Ordinal);
        Assert.Contains(@"Actions: Compares \[pricing\]\(http://evil.example\) pages", reopened.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Pain points: No public pricing", reopened.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Last written by 박보라", reopened.Card.Text, StringComparison.Ordinal);

        var chrisForm = await chat.ClickAsync(setup, ButtonAbout(reopened.Card, CellForm.Edit, "founder.consideration"), by: TestUser.Chris);
        await chat.ClickAsync(setup, chrisForm.Card.Button(CellForm.Save), Inputs(
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
        var stage = await chat.ClickAsync(setup, ButtonAbout(board, StageCard.Open, StageKeys.Awareness), by: TestUser.Alice);
        var form = await chat.ClickAsync(setup, ButtonAbout(stage.Card, CellForm.Edit, "founder.awareness"), by: TestUser.Alice);

        var refused = await chat.ClickAsync(setup, form.Card.Button(CellForm.Save), Inputs(
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
        var stage = await chat.ClickAsync(setup, ButtonAbout(board, StageCard.Open, StageKeys.Awareness), by: TestUser.Alice);

        var refused = await chat.ClickAsync(setup, ButtonAbout(stage.Card, EmotionScoring.Score, "manager.awareness"),
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

        var boraStage = await chat.ClickAsync(setup, ButtonAbout(board, StageCard.Open, StageKeys.Awareness), by: TestUser.Bora);
        var chrisStage = await chat.ClickAsync(setup, ButtonAbout(board, StageCard.Open, StageKeys.Awareness), by: TestUser.Chris);
        var boraBoard = await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Bora);
        var shared = await chat.SharedCardAsync(setup);

        Assert.Contains("Your score: +2 · delighted", boraStage.Card.Text, StringComparison.Ordinal);
        Assert.Equal("2", boraStage.Card.Inputs.Single(input => input.Id == EmotionScoring.ScoreInput("founder.awareness")).Value);
        Assert.Contains("yours: +2 / –", boraBoard.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Your score: -1 · lost", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.Contains("3 scored so far; the scores stay hidden until the reveal.", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("delighted", chrisStage.Card.Json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("+2", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.NotNull(shared);
        Assert.Contains("Notes for 0 of 2 personas · 3 emotion score(s)", shared.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("delighted", shared.Json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("yours", shared.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("+2", shared.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("mean", shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_facilitator_reveals_the_stage_card_shows_the_mean_the_spread_and_who_diverges_most()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (setup, board) = await ThreeScoresAsync(bot, chat);

        var boraReveal = await chat.ClickAsync(setup, board.Button(EmotionScoring.Reveal), by: TestUser.Bora);
        var revealed = await chat.ClickAsync(setup, board.Button(EmotionScoring.Reveal), by: TestUser.Alice);
        var shared = await chat.SharedCardAsync(setup);
        var chrisStage = await chat.ClickAsync(setup, ButtonAbout(revealed.Card, StageCard.Open, StageKeys.Awareness), by: TestUser.Chris);

        Assert.Contains("You are not allowed to do this.", boraReveal.Card.Text, StringComparison.Ordinal);
        Assert.Contains("team mean 0.0 😐", revealed.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(revealed.Card.Buttons, button => button.Verb == EmotionScoring.Reveal);
        Assert.NotNull(shared);
        Assert.Contains("Emotion scores are revealed", shared.Text, StringComparison.Ordinal);
        Assert.Contains("team mean 0.0 😐", shared.Text, StringComparison.Ordinal);
        Assert.Contains("Team: mean 0.0 😐, spread 1.4 (3 scores)", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Sees it most differently: 박보라 (+2)", chrisStage.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Nobody has scored this yet.", chrisStage.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stage_card_shows_the_personas_five_at_a_time()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);
        await bot.AddPersonasAsync(chat, board, [.. Enumerable.Range(1, 7).Select(n => ($"p{n}", $"Persona number {n}"))]);
        board = (await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;

        var first = await chat.ClickAsync(setup, ButtonAbout(board, StageCard.Open, StageKeys.Onboarding), by: TestUser.Alice);
        var second = await chat.ClickAsync(setup, first.Card.ButtonTitled("More personas ▶"), by: TestUser.Alice);
        var back = await chat.ClickAsync(setup, second.Card.ButtonTitled("◀ Previous personas"), by: TestUser.Alice);
        var scored = await chat.ClickAsync(setup, ButtonAbout(second.Card, EmotionScoring.Score, "p7.onboarding"),
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
        Assert.Contains("Notes for 0 of 7 personas · 1 emotion score(s) · you scored 1 of 7", scored.Card.Text, StringComparison.Ordinal);
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
            var stage = await chat.ClickAsync(setup, ButtonAbout(board, StageCard.Open, StageKeys.Awareness), by: person);
            await chat.ClickAsync(setup, ButtonAbout(stage.Card, EmotionScoring.Score, "founder.awareness"),
                Inputs((EmotionScoring.ScoreInput("founder.awareness"), score), (EmotionScoring.WordInput("founder.awareness"), word)), person);
        }

        return (setup, (await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card);
    }

    /// <summary>Stores two personas (as step 1 would have) and returns the board <paramref name="by"/> sees after a refresh.</summary>
    private static async Task<CardView> WithPersonasAsync(BotHost bot, Conversation chat, BotMessage setup, CardView board, TestUser by)
    {
        await bot.AddPersonasAsync(chat, board, TwoPersonas);
        return (await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: by)).Card;
    }

    /// <summary>Starts a workshop as Alice and moves it to step 2; returns the board message and Alice's step 2 board.</summary>
    internal static async Task<(BotMessage Setup, CardView Board)> StepTwoAsync(Conversation chat, string template = "Saas", string language = "en")
    {
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice, template: template, language: language);
        var next = await chat.ClickOnBoardAsync(setup, board, WorkshopVerbs.Next, TestUser.Alice);
        return (setup, next.Card);
    }

    internal static CardButton ButtonAbout(CardView card, string verb, string item) =>
        card.Buttons.FirstOrDefault(button => button.Verb == verb
            && button.Data is { } data && data.TryGetProperty("item", out var about) && about.GetString() == item)
        ?? throw new InvalidOperationException($"No button '{verb}' about '{item}' on the card:\n{card.Text}");

    internal static Dictionary<string, object?> Inputs(params (string Id, object? Value)[] inputs) =>
        inputs.ToDictionary(input => input.Id, input => input.Value);

    private static void AssertInOrder(string text, params string[] lines)
    {
        var at = -1;
        foreach (var line in lines)
        {
            var found = text.IndexOf(line, at + 1, StringComparison.Ordinal);
            Assert.True(found > at, $"'{line}' does not come next in:\n{text}");
            at = found;
        }
    }
}
