using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Step 4 the way people reach it: start a workshop, go to step 4, open a stage's data card. What earlier steps own
/// (touchpoints from step 3, custom stages from step 2) is arranged in the real store, as if those cards had been used.
/// </summary>
internal static class FeedbackSteps
{
    /// <summary>Starts a workshop (SaaS stages) and moves it to step 4; returns the board message and the facilitator's board.</summary>
    public static Task<(BotMessage Board, CardView Card)> StartAtFeedbackAsync(this Conversation chat, TestUser facilitator, string language = "en") =>
        chat.StartAtStepAsync(facilitator, WorkshopStep.FeedbackAndData, language: language);

    /// <summary>
    /// <paramref name="by"/> presses the stage's button on <paramref name="current"/> (a board, or a stage card a save came back
    /// to: from its neighbour buttons, or else back to the board first) and gets its data card.
    /// </summary>
    public static async Task<CardView> OpenStageDataAsync(this Conversation chat, BotMessage board, CardView current, string stageId, TestUser by) =>
        (await chat.ClickAsync(board, (await chat.WithButtonAsync(board, current, FeedbackAndDataVerbs.OpenStage, stageId, by)).ButtonFor(FeedbackAndDataVerbs.OpenStage, stageId), by: by)).Card;

    /// <summary>Runs many commands in batches of <paramref name="batch"/>, each batch one stored change (fewer round trips).</summary>
    public static async Task ArrangeAllAsync(this BotHost bot, Conversation chat, CardView board, IEnumerable<Func<JourneyMap, MapOutcome>> commands, int batch = 25)
    {
        foreach (var chunk in commands.Chunk(batch))
        {
            await bot.ChangeStoredAsync(chat, board, map => chunk.Aggregate(
                new MapOutcome { Before = map, Map = map },
                (done, command) => command(done.Map) is { Succeeded: true } next
                    ? done with { Map = next.Map, Changes = [.. done.Changes, .. next.Changes] }
                    : throw new InvalidOperationException("An arranged command was refused: " + string.Join("; ", command(done.Map).Errors))));
        }
    }

    public static TouchpointDetails Touchpoint(string name) =>
        new() { Name = name, Category = TouchpointCategory.Sales, Mode = ChannelMode.Online };
}
