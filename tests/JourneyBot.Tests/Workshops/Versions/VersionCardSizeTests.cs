using System.Diagnostics;
using JourneyBot.Reminders;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Versions;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Versions;
using Xunit.Abstractions;
using static JourneyBot.Tests.Workshops.Versions.RevisitSteps;

namespace JourneyBot.Tests.Workshops.Versions;

/// <summary>Step 7's cards with the largest map (5 personas x 8 stages, every text at its limit in Korean, 20 ideas and actions, two versions): the boards, forms, reminders and comparison valid and under 28 KB in both languages.</summary>
[Collection(BotTests.Name)]
public sealed class VersionCardSizeTests(BotEnvironment environment, ITestOutputHelper output)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Every_step_7_card_of_the_largest_map_is_valid_and_under_28_KB(string language)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat(language == "ko" ? "ko-KR" : "en-US");
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate, language: language);
        var alice = TestUser.Alice.AsParticipant();
        var at = DateTimeOffset.UtcNow;
        await bot.ArrangeAllAsync(chat, board, LargestMaps.Commands(await bot.StoredMapAsync(chat, board), alice, at));
        await bot.ArrangeAllAsync(chat, board, LargestMaps.ActionCommands(alice, at));
        var cards = new List<(string Name, CardView Card)>();

        var refreshed = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var form = (await chat.ClickAsync(message, refreshed.Button(VersionsVerbs.OpenFinish), by: TestUser.Alice)).Card;
        var refused = (await chat.ClickAsync(message, form.Button(VersionsVerbs.Finish), Cadence("OnDate", "2020-01-01"), TestUser.Alice)).Card;
        var finished = (await chat.ClickAsync(message, form.Button(VersionsVerbs.Finish), Cadence("Quarterly"), TestUser.Alice)).Card;
        var plan = (await chat.ClickAsync(message, finished.Button(VersionsVerbs.OpenPlan), by: TestUser.Alice)).Card;
        var finishedMap = await bot.StoredMapAsync(chat, board);
        var reminder = new CardView(ReminderCards.Revisit(finishedMap)); // what the sender posts a quarter on (its 20 owners, goals, targets)
        var overdue = new CardView(ReminderCards.Overdue(finishedMap, finishedMap.Actions));
        foreach (var card in new[] { reminder, overdue })
        {
            await environment.Cards.AssertValidAsync(card.Json, CancellationToken.None);
        }

        var revisit = (await chat.ClickAsync(message, finished.Button(VersionsVerbs.StartRevisit), by: TestUser.Alice)).Card;
        await bot.ArrangeAllAsync(chat, board, LargestMaps.ActionStatusCommands(alice, ActionStatus.Done));
        await bot.ChangeStoredAsync(chat, board,
            map => map.EditKpi(alice, "k0-0", map.Kpis.Single(kpi => kpi.Id == "k0-0").Details with { Value = 99_999m }),
            map => StoredWorkshops.Chained(map, [.. map.EmotionScores.Where(score => score.Author.IsSamePersonAs(LargestMaps.People[0]))
                .Select(score => (Func<JourneyMap, MapOutcome>)(current => current.ScoreEmotion(LargestMaps.People[0], score.PersonaId, score.StageId, score.Score == 2 ? -2 : 2, score.Word, at)))]),
            map => map.GoToStep(alice, 7));
        var step7 = (await chat.ClickAsync(message, revisit.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var second = (await chat.FinishAsync(message, step7, TestUser.Alice)).Card;
        var versions = (await chat.ClickAsync(message, second.Button(VersionsVerbs.ShowVersions), by: TestUser.Bora)).Card;
        var watch = Stopwatch.StartNew();
        var comparison = (await chat.ClickAsync(message, versions.Button(VersionsVerbs.Compare), versions.Typed(), TestUser.Bora)).Card;
        var compared = watch.Elapsed;
        var shared = (await chat.SharedCardAsync(message))!;
        cards.AddRange([("board", refreshed), ("finish form", form), ("refused finish", refused), ("finished board", finished), ("plan form", plan),
            ("revisit reminder", reminder), ("overdue reminder", overdue),
            ("revisit board", revisit), ("second finish", second), ("versions", versions), ("comparison", comparison), ("shared board", shared)]);

        Assert.Contains(language == "ko" ? "20개 더" : "and 20 more", comparison.Text, StringComparison.Ordinal); // 40 changed means, 20 shown
        Assert.Contains(language == "ko" ? "10개 더" : "and 10 more", comparison.Text, StringComparison.Ordinal); // 20 actions done, 10 shown
        Assert.Contains("99,999", comparison.Text, StringComparison.Ordinal);
        foreach (var (name, card) in cards)
        {
            Assert.True(card.Bytes < 28_000, $"{name}: {card.Bytes} bytes");
        }

        output.WriteLine($"{language}: {string.Join(", ", cards.Select(card => $"{card.Name} {card.Card.Bytes:N0} B"))}");
        output.WriteLine($"{language}: comparing the two largest versions took {compared.TotalMilliseconds:N0} ms end to end (load both, compare, draw)");
    }
}
