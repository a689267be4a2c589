using JourneyBot.Testing;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// The heaviest step 3 cards: 20 stages with long Korean names (3 bytes a character), 25 touchpoints each with every
/// field at its limit, rated, by people with long names. The map is arranged in storage (500 clicks would only be
/// slower); every card is then drawn through the endpoint, where the driver checks validity and the 28 KB limit.
/// </summary>
[Collection(BotTests.Name)]
public sealed class TouchpointCardSizeTests(BotEnvironment environment, ITestOutputHelper output)
{
    private const int TouchpointsPerStage = 25;

    [Fact]
    public async Task The_board_and_every_touchpoint_card_stay_under_28_KB_with_20_full_stages_in_Korean()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel("ko-KR");
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice, language: "ko");
        var map = await FillAsync(bot, chat, card);
        var last = map.StagesInOrder[^1].Id;

        var facilitatorBoard = (await chat.ClickAsync(board, card.Button(WorkshopVerbs.Show), null, TestUser.Alice)).Card;
        var stage = await chat.OpenStageAsync(board, facilitatorBoard, last, TestUser.Alice);
        var secondPage = (await chat.ClickAsync(board, stage.ButtonTitled("다음 ▶"), null, TestUser.Alice)).Card;
        var refusedAdd = (await chat.AddTouchpointAsync(board, stage, TestUser.Alice, new Dictionary<string, object?>
        {
            [TouchpointInputs.Suggestion] = "offSiteMention",
            [TouchpointInputs.Name] = Korean(Limits.MaxNameLength),
            [TouchpointInputs.Category] = Korean(40),
            [TouchpointInputs.Mode] = "Offline",
            [TouchpointInputs.Channel] = Korean(Limits.MaxShortTextLength),
            [TouchpointInputs.OwningTeam] = Korean(Limits.MaxShortTextLength),
        })).Card;
        var edit = (await chat.ClickAsync(board, stage.Button(TouchpointsAndChannelsVerbs.EditTouchpoint), null, TestUser.Alice)).Card;
        var refusedEdit = (await chat.ClickAsync(board, edit.Button(TouchpointsAndChannelsVerbs.SaveTouchpoint), edit.Filled(new Dictionary<string, object?>
        {
            [TouchpointInputs.Category] = Korean(40),
            [TouchpointInputs.PersonaPreference] = "99",
        }), TestUser.Alice)).Card;
        var confirm = (await chat.ClickAsync(board, edit.Button(TouchpointsAndChannelsVerbs.RemoveTouchpoint), null, TestUser.Alice)).Card;
        var afterRemoval = (await chat.ClickAsync(board, confirm.Button(TouchpointsAndChannelsVerbs.RemoveTouchpointWithWork), null, TestUser.Alice)).Card;
        var shared = await chat.SharedCardAsync(board);

        var cards = new Dictionary<string, CardView>
        {
            ["board (facilitator)"] = facilitatorBoard,
            ["board (shared)"] = shared!,
            ["stage, page 1"] = stage,
            ["stage, page 2"] = secondPage,
            ["add form, refused"] = refusedAdd,
            ["edit form"] = edit,
            ["edit form, refused"] = refusedEdit,
            ["remove confirmation"] = confirm,
            ["board after removal"] = afterRemoval,
        };
        foreach (var (name, shown) in cards)
        {
            output.WriteLine($"{name}: {shown.Bytes:N0} bytes");
            Assert.True(shown.Bytes <= AdaptiveCardValidator.MaxCardBytes, $"{name}: {shown.Bytes:N0} bytes");
        }

        Assert.Equal(Limits.MaxStages, facilitatorBoard.Buttons.Count(button => button.Verb == TouchpointsAndChannelsVerbs.OpenStage));
        Assert.Equal(StageTouchpointsCard.PageSize, stage.Buttons.Count(button => button.Verb == TouchpointsAndChannelsVerbs.EditTouchpoint));
        Assert.Equal(TouchpointsPerStage - StageTouchpointsCard.PageSize, secondPage.Buttons.Count(button => button.Verb == TouchpointsAndChannelsVerbs.EditTouchpoint));
        Assert.Contains("전체 25개 중 21–25", secondPage.Text, StringComparison.Ordinal);
        Assert.Contains("받을 수 없는 값입니다", refusedAdd.ErrorBelow(TouchpointInputs.Category), StringComparison.Ordinal);
        Assert.Contains("⚠", shared!.Text, StringComparison.Ordinal);
    }

    /// <summary>Names the 8 template stages, adds 12 more, and fills each with touchpoints at every limit (one rated for satisfaction).</summary>
    private static async Task<JourneyMap> FillAsync(BotHost bot, Conversation chat, CardView card)
    {
        var facilitator = new Participant(TestUser.Alice.AadObjectId, TestUser.Alice.Name);
        var at = DateTimeOffset.UtcNow;
        var map = await bot.ChangeStoredAsync(chat, card, map => StoredWorkshops.Chained(map, [
            .. map.StagesInOrder.Select((stage, i) => (Func<JourneyMap, MapOutcome>)(m => m.RenameStage(facilitator, stage.Id, StageName(i)))),
            .. Enumerable.Range(map.Stages.Count, Limits.MaxStages - map.Stages.Count)
                .Select(i => (Func<JourneyMap, MapOutcome>)(m => m.AddCustomStage(facilitator, $"custom{i}", StageName(i), at))),
        ]));
        foreach (var stage in map.StagesInOrder)
        {
            map = await bot.ChangeStoredAsync(chat, card, map => StoredWorkshops.Chained(map, [.. Enumerable.Range(0, TouchpointsPerStage).SelectMany(i => Touchpoint(stage.Id, i, at))]));
        }

        return await bot.ChangeStoredAsync(chat, card, map => map.RateSatisfaction(facilitator, map.TouchpointsIn(map.StagesInOrder[^1].Id)[0].Id, 3, at));
    }

    private static IEnumerable<Func<JourneyMap, MapOutcome>> Touchpoint(string stageId, int i, DateTimeOffset at)
    {
        var author = new Participant($"00000000-0000-0000-0000-{i:000000000000}", $"{i:00}" + Korean(38));
        var id = $"{stageId}-t{i}";
        var details = new TouchpointDetails
        {
            Name = $"{i:00}" + Korean(Limits.MaxNameLength - 2),
            Category = TouchpointCategory.CustomerSuccess,
            Mode = ChannelMode.Offline,
            Channel = Korean(Limits.MaxShortTextLength),
            OwningTeam = Korean(Limits.MaxShortTextLength),
            SuggestionKey = "offSiteMention",
        };
        yield return map => map.AddTouchpoint(author, id, stageId, details, at.AddSeconds(i));
        yield return map => map.RateChannelFit(author, id, new ChannelFit(5, 4, 4));
    }

    private static string StageName(int i) => $"{i:00}" + Korean(Limits.MaxNameLength - 2);

    private static string Korean(int length) => string.Concat(Enumerable.Repeat("고객여정지도", (length / 6) + 1))[..length];
}
