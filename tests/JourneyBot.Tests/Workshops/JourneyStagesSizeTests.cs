using System.Text;
using JourneyBot.Testing;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.JourneyStages;
using Xunit.Abstractions;
using static JourneyBot.Tests.Workshops.StageSteps;

namespace JourneyBot.Tests.Workshops;

[Collection(BotTests.Name)]
public sealed class JourneyStagesSizeTests(BotEnvironment environment, ITestOutputHelper output)
{
    private const string Syllables = "가나다라마바사아자차카타파하고객여정단계감정";

    [Fact]
    public async Task A_full_Korean_step_2_with_20_stages_5_personas_and_every_text_at_its_limit_keeps_every_card_under_28_KB()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel("ko-KR");
        var (setup, board) = await StepTwoAsync(chat, language: "ko");
        var (alice, bora) = (TestUser.Alice.AsParticipant(), TestUser.Bora.AsParticipant());
        var at = DateTimeOffset.UtcNow;
        (string Id, string Name)[] personas = [.. Enumerable.Range(1, 5).Select(n => ($"persona{n}", Korean(n, Limits.MaxNameLength)))];
        await bot.AddPersonasAsync(chat, board, personas);
        await bot.ChangeStoredAsync(chat, board,
        [
            .. StageTemplates.StageKeysOf(StageTemplate.Saas).Select((key, index) => Command(map => map.RenameStage(alice, key, Korean(10 + index, Limits.MaxNameLength)))),
            .. Enumerable.Range(1, Limits.MaxStages - 8).Select(n => Command(map => map.AddCustomStage(alice, $"custom{n}", Korean(30 + n, Limits.MaxNameLength), at))),
        ]);
        var stages = (await bot.StoredMapAsync(chat, board)).StagesInOrder;
        var notes = new CellNotes
        {
            CustomerGoal = Korean(1, Limits.MaxLongTextLength),
            Actions = Korean(2, Limits.MaxLongTextLength),
            ThoughtsAndQuestions = Korean(3, Limits.MaxLongTextLength),
            PainPoints = Korean(4, Limits.MaxLongTextLength),
        };
        foreach (var stage in stages)
        {
            // One stored change per stage: 5 cells and 15 scores, well inside a batch of 100.
            await bot.ChangeStoredAsync(chat, board,
            [
                .. personas.Select(persona => Command(map => map.WriteCell(bora, persona.Id, stage.Id, notes, at))),
                .. personas.SelectMany(persona => new[] { TestUser.Alice, TestUser.Bora, TestUser.Chris }.Select((person, index) =>
                    Command(map => map.ScoreEmotion(person.AsParticipant(), persona.Id, stage.Id, index - 1, Korean(50 + index, Limits.MaxShortTextLength), at)))),
            ]);
        }

        var last = stages[^1].Id;
        var aliceBoard = await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Alice);
        var revealed = await chat.ClickAsync(setup, aliceBoard.Card.Button(JourneyStagesVerbs.RevealEmotions), by: TestUser.Alice);
        var shared = await chat.SharedCardAsync(setup);
        var boraBoard = await chat.ClickAsync(setup, revealed.Card.Button(WorkshopVerbs.Show), by: TestUser.Bora);
        var stageCard = await chat.ClickAsync(setup, boraBoard.Card.ButtonFor(JourneyStagesVerbs.OpenStage, last), by: TestUser.Bora);
        var cellForm = await chat.ClickAsync(setup, stageCard.Card.ButtonFor(JourneyStagesVerbs.EditCell, $"persona5.{last}"), by: TestUser.Bora);
        var emotionForm = await chat.ClickAsync(setup, stageCard.Card.ButtonFor(JourneyStagesVerbs.ScoreEmotion, $"persona5.{last}"),
            Inputs((EmotionScoring.WordInput($"persona5.{last}"), Korean(60, Limits.MaxShortTextLength))), TestUser.Bora);
        var edit = await chat.ClickAsync(setup, revealed.Card.Button(JourneyStagesVerbs.EditStage), Inputs((StageEditing.PickInput, last)), TestUser.Alice);
        var removal = await chat.ClickAsync(setup, edit.Card.Button(JourneyStagesVerbs.RemoveStage), by: TestUser.Alice);

        Assert.NotNull(shared);
        Assert.Contains($"20 · {Korean(42, StageCard.ShownNameLength)}…", boraBoard.Card.Text, StringComparison.Ordinal);
        // A full board has no room for names on every row: counts, and the values on each stage card.
        Assert.Contains("내 점수: 페르소나 5명 중 5명", boraBoard.Card.Text, StringComparison.Ordinal);
        Assert.Contains("페르소나별 팀 평균은 단계 카드에 있습니다", shared.Text, StringComparison.Ordinal);
        Assert.Contains("편차 0.8 (점수 3개)", stageCard.Card.Text, StringComparison.Ordinal);
        Assert.Equal(notes.PainPoints, cellForm.Card.Inputs.Single(input => input.Id == CellForm.PainPointsInput).Value);
        Assert.Contains("필수 항목입니다.", emotionForm.Card.Text, StringComparison.Ordinal);
        Assert.Contains("이 단계에 딸린 항목 20개도 함께 삭제됩니다:", removal.Card.Text, StringComparison.Ordinal);
        var sizes = new (string Card, CardView View)[]
        {
            ("Alice's board", aliceBoard.Card), ("revealed board", revealed.Card), ("shared board", shared), ("Bora's board", boraBoard.Card),
            ("stage card", stageCard.Card), ("cell form", cellForm.Card), ("emotion form", emotionForm.Card), ("edit card", edit.Card), ("removal card", removal.Card),
        }.Select(card => (card.Card, Bytes: Encoding.UTF8.GetByteCount(card.View.Json.GetRawText()))).ToArray();
        foreach (var (card, bytes) in sizes)
        {
            output.WriteLine($"{card}: {bytes:N0} bytes");
        }

        Assert.All(sizes, size => Assert.True(size.Bytes <= AdaptiveCardValidator.MaxCardBytes, $"{size.Card}: {size.Bytes:N0} bytes"));
    }

    private static Func<JourneyMap, MapOutcome> Command(Func<JourneyMap, MapOutcome> command) => command;

    /// <summary>Korean text of exactly <paramref name="length"/> characters, different for each <paramref name="seed"/>.</summary>
    private static string Korean(int seed, int length)
    {
        var text = new StringBuilder($"{seed}번 ");
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(Syllables[(seed + i) % Syllables.Length]);
        }

        return text.ToString();
    }
}
