using System.Text.Json;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Steps.Feedback;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Step 4 the way people reach it: start a workshop, go to step 4, open a stage's data card. What earlier steps own
/// (touchpoints from step 3, custom stages from step 2) is arranged in the real store, as if those cards had been used.
/// </summary>
internal static class FeedbackSteps
{
    /// <summary>Starts a workshop (SaaS stages) and moves it to step 4; returns the board message and the facilitator's board.</summary>
    public static async Task<(BotMessage Board, CardView Card)> StartAtFeedbackAsync(this Conversation chat, TestUser facilitator, string language = "en")
    {
        var (setup, board) = await chat.StartWorkshopAsync(facilitator, language: language);
        var moved = await chat.ClickOnBoardAsync(setup, board, WorkshopVerbs.Go, facilitator, new Dictionary<string, object?> { ["go.step"] = "4" });
        return (setup, moved.Card);
    }

    /// <summary><paramref name="by"/> presses the stage's button on <paramref name="current"/> and gets its data card.</summary>
    public static async Task<CardView> OpenStageAsync(this Conversation chat, BotMessage board, CardView current, string stageId, TestUser by) =>
        (await chat.ClickAsync(board, current.ButtonFor(FeedbackBoard.OpenStage, stageId), by: by)).Card;

    /// <summary>The button with <paramref name="verb"/> whose data names <paramref name="item"/>.</summary>
    public static CardButton ButtonFor(this CardView card, string verb, string item) =>
        card.Buttons.FirstOrDefault(button => button.Verb == verb && ItemOf(button) == item)
        ?? throw new InvalidOperationException($"No {verb} button for '{item}' on the card:\n{card.Text}");

    /// <summary>The items the card's <paramref name="verb"/> buttons are about.</summary>
    public static IReadOnlyList<string?> ItemsOf(this CardView card, string verb) =>
        [.. card.Buttons.Where(button => button.Verb == verb).Select(ItemOf)];

    /// <summary>The message right below input <paramref name="inputId"/> (where a refused field shows why), or null.</summary>
    public static string? ErrorBelow(this CardView card, string inputId) => FindErrorBelow(card.Json, inputId);

    public static string InputValue(this CardView card, string inputId) =>
        card.Inputs.Single(input => input.Id == inputId).Value ?? string.Empty;

    /// <summary>Runs <paramref name="command"/> on the stored workshop, as another step's card would.</summary>
    public static async Task ArrangeAsync(this BotHost bot, Conversation chat, CardView board, Func<JourneyMap, MapOutcome> command)
    {
        var result = await Store(bot).ApplyAsync(Owner(chat), WorkshopId(board), command, CancellationToken.None);
        Assert.True(result.Status == WorkshopCommandStatus.Applied, string.Join("; ", result.Outcome?.Errors ?? []));
    }

    /// <summary>Runs many commands in batches of <paramref name="batch"/>, each batch one stored change (fewer round trips).</summary>
    public static async Task ArrangeAllAsync(this BotHost bot, Conversation chat, CardView board, IEnumerable<Func<JourneyMap, MapOutcome>> commands, int batch = 25)
    {
        foreach (var chunk in commands.Chunk(batch))
        {
            await bot.ArrangeAsync(chat, board, map => chunk.Aggregate(
                new MapOutcome { Before = map, Map = map },
                (done, command) => command(done.Map) is { Succeeded: true } next
                    ? done with { Map = next.Map, Changes = [.. done.Changes, .. next.Changes] }
                    : throw new InvalidOperationException("An arranged command was refused: " + string.Join("; ", command(done.Map).Errors))));
        }
    }

    public static async Task<JourneyMap> StoredMapAsync(this BotHost bot, Conversation chat, CardView board) =>
        (await Store(bot).LoadAsync(Owner(chat), WorkshopId(board), CancellationToken.None))?.Map
        ?? throw new InvalidOperationException("The workshop is not stored.");

    public static Participant Participant(this TestUser user) => new(user.AadObjectId, user.Name);

    public static TouchpointDetails Touchpoint(string name) =>
        new() { Name = name, Category = TouchpointCategory.Sales, Mode = ChannelMode.Online };

    /// <summary>The size of the card as Teams receives it (UTF-8 JSON).</summary>
    public static int Bytes(this CardView card) => System.Text.Encoding.UTF8.GetByteCount(card.Json.GetRawText());

    private static IWorkshopStore Store(BotHost bot) => bot.Services.GetRequiredService<IWorkshopStore>();

    private static WorkshopOwner Owner(Conversation chat) => new(chat.Account.TenantId, chat.Id);

    private static string WorkshopId(CardView board) =>
        board.Button(WorkshopVerbs.Show).Data?.GetProperty("wid").GetString() ?? throw new InvalidOperationException("The board names no workshop.");

    private static string? ItemOf(CardButton button) =>
        button.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("item", out var item) ? item.GetString() : null;

    private static string? FindErrorBelow(JsonElement element, string inputId)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var items = element.EnumerateArray().ToArray();
            for (var index = 0; index < items.Length; index++)
            {
                if (items[index].ValueKind == JsonValueKind.Object && items[index].TryGetProperty("id", out var id) && id.GetString() == inputId)
                {
                    return index + 1 < items.Length && items[index + 1].TryGetProperty("color", out var color) && color.GetString() == "Attention"
                        ? items[index + 1].GetProperty("text").GetString()
                        : null;
                }
            }
        }

        var children = element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().ToArray(),
            JsonValueKind.Object => [.. element.EnumerateObject().Select(property => property.Value)],
            _ => [],
        };
        return children.Select(child => FindErrorBelow(child, inputId)).FirstOrDefault(found => found is not null);
    }
}
