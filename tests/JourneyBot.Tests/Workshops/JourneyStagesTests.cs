using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.JourneyStages;
using static JourneyBot.Tests.Workshops.StageSteps;

namespace JourneyBot.Tests.Workshops;

/// <summary>Step 2's stages: the template's, in order and in both languages, and the facilitator's changes to them.</summary>
[Collection(BotTests.Name)]
public sealed class JourneyStagesTests(BotEnvironment environment)
{
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

        Assert.Contains("스텝 2/7 · 여정 단계", board.Text, StringComparison.Ordinal);
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

        var edit = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);
        var renamed = await chat.ClickAsync(setup, edit.Card.Button(JourneyStagesVerbs.RenameStage), Inputs((StageEditing.NameInput, "Hearing about us")), TestUser.Alice);
        var editAgain = await chat.ClickAsync(setup, renamed.Card.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);
        var restored = await chat.ClickAsync(setup, editAgain.Card.Button(JourneyStagesVerbs.RenameStage), Inputs((StageEditing.NameInput, "  ")), TestUser.Alice);

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
        var chat = bot.GroupChat();
        var (setup, board) = await StepTwoAsync(chat);

        var edit = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, StageKeys.Advocacy)), TestUser.Alice);
        var moved = await chat.ClickAsync(setup, edit.Card.Button(JourneyStagesVerbs.MoveStage), Inputs((StageEditing.PositionInput, "2")), TestUser.Alice);

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
        var edit = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);

        var refused = await chat.ClickAsync(setup, edit.Card.Button(JourneyStagesVerbs.MoveStage), Inputs((StageEditing.PositionInput, "9")), TestUser.Alice);

        Assert.Contains("Must be from 1 to 8.", refused.Card.Text, StringComparison.Ordinal);
        Assert.Equal("9", refused.Card.Inputs.Single(input => input.Id == StageEditing.PositionInput).Value);
    }

    [Fact]
    public async Task The_facilitator_adds_a_custom_stage_last_and_a_taken_name_comes_back_beside_the_field()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await StepTwoAsync(chat);

        var added = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.AddStage), Inputs((StageEditing.NameInput, "Renewal call")), TestUser.Alice);
        var taken = await chat.ClickAsync(setup, added.Card.Button(JourneyStagesVerbs.AddStage), Inputs((StageEditing.NameInput, "renewal CALL")), TestUser.Alice);

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

        var edit = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, StageKeys.Expansion)), TestUser.Alice);
        var removed = await chat.ClickAsync(setup, edit.Card.Button(JourneyStagesVerbs.RemoveStage), by: TestUser.Alice);

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
        var stage = await chat.ClickAsync(setup, board.ButtonFor(JourneyStagesVerbs.OpenStage, StageKeys.Awareness), by: TestUser.Alice);
        var form = await chat.ClickAsync(setup, stage.Card.ButtonFor(JourneyStagesVerbs.EditCell, "founder.awareness"), by: TestUser.Alice);
        var saved = await chat.ClickAsync(setup, form.Card.Button(JourneyStagesVerbs.SaveCell),
            Inputs((CellForm.ActionsInput, "Reads a review"), (EmotionScoring.ScoreInput("founder.awareness"), "1")), TestUser.Alice);
        var scored = await chat.ClickAsync(setup, saved.Card.Button(WorkshopVerbs.Show), by: TestUser.Alice);

        var edit = await chat.ClickAsync(setup, scored.Card.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);
        var asked = await chat.ClickAsync(setup, edit.Card.Button(JourneyStagesVerbs.RemoveStage), by: TestUser.Alice);

        Assert.Contains("Remove the stage “Awareness”?", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("2 items depend on this stage and would be removed with it:", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Persona notes: 1", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Emotion scores: 1", asked.Card.Text, StringComparison.Ordinal);
        Assert.Equal(8, (await bot.StoredMapAsync(chat, board)).Stages.Count);

        var removed = await chat.ClickAsync(setup, asked.Card.Button(JourneyStagesVerbs.RemoveStageWithWork), by: TestUser.Alice);

        Assert.Equal("Remove the stage and 2 items", asked.Card.Button(JourneyStagesVerbs.RemoveStageWithWork).Title);
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
        var boraEdit = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Bora);
        var aliceEdit = await chat.ClickAsync(setup, board.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, StageKeys.Awareness)), TestUser.Alice);
        var refused = await chat.ClickAsync(setup, aliceEdit.Card.Button(JourneyStagesVerbs.RenameStage), Inputs((StageEditing.NameInput, "알게 됨")), TestUser.Bora);

        Assert.DoesNotContain("단계와 감정: 진행자용", boraView.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(boraView.Card.Buttons, button => button.Verb is JourneyStagesVerbs.EditStage or JourneyStagesVerbs.AddStage or JourneyStagesVerbs.RevealEmotions);
        Assert.NotNull(shared);
        Assert.Contains("단계와 감정: 진행자용", shared.Text, StringComparison.Ordinal);
        Assert.Contains(shared.Buttons, button => button.Verb == JourneyStagesVerbs.EditStage);
        Assert.Contains("단계는 모두의 작업 틀이 되므로 진행자만 바꿀 수 있습니다.", boraEdit.Card.Text, StringComparison.Ordinal);
        Assert.Empty(boraEdit.Card.Inputs);
        Assert.Contains("진행자나 작성자만 할 수 있습니다.", refused.Card.Text, StringComparison.Ordinal);
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
        Assert.DoesNotContain(board.Buttons, button => button.Verb == JourneyStagesVerbs.OpenStage);
        Assert.Contains("No personas yet.", boraView.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(boraView.Card.Buttons, button => button.Title == "◀ Add personas in step 1");
        Assert.Contains("Step 1/7 · Goals and personas", back.Card.Text, StringComparison.Ordinal);
    }
}
