using System.Text.Json;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;

namespace JourneyBot.Tests.Workshops;

/// <summary>Step 3 the way people reach it: the facilitator goes to step 3, someone opens a stage, fills the add form.</summary>
internal static class TouchpointSteps
{
    /// <summary>Starts a workshop and goes to step 3; returns the board message and the board the facilitator sees.</summary>
    public static Task<(BotMessage Board, CardView Card)> StartAtTouchpointsAsync(this Conversation chat, TestUser facilitator, string language = "en") =>
        chat.StartAtStepAsync(facilitator, WorkshopStep.TouchpointsAndChannels, language: language);

    /// <summary>
    /// Presses the stage's "View and add" on a board card (or, on a stage card a save came back to, the neighbour's button or
    /// the way back to the board first).
    /// </summary>
    public static async Task<CardView> OpenStageAsync(this Conversation chat, BotMessage board, CardView card, string stageId, TestUser by) =>
        (await chat.ClickAsync(board, (await chat.WithButtonAsync(board, card, TouchpointsAndChannelsVerbs.OpenStage, stageId, by)).ButtonFor(TouchpointsAndChannelsVerbs.OpenStage, stageId), null, by)).Card;

    /// <summary>Fills the stage card's add form with <paramref name="inputs"/> and presses Add.</summary>
    public static Task<InvokeResult> AddTouchpointAsync(this Conversation chat, BotMessage board, CardView stage, TestUser by, IReadOnlyDictionary<string, object?> inputs) =>
        chat.ClickAsync(board, stage.Button(TouchpointsAndChannelsVerbs.AddTouchpoint), inputs, by);

    /// <summary>The add form's inputs for a touchpoint typed by hand.</summary>
    public static Dictionary<string, object?> Typed(string name, string category = "Marketing", string mode = "Online", string? channel = null, string? owningTeam = null) => new()
    {
        [TouchpointInputs.Name] = name,
        [TouchpointInputs.Category] = category,
        [TouchpointInputs.Mode] = mode,
        [TouchpointInputs.Channel] = channel ?? string.Empty,
        [TouchpointInputs.OwningTeam] = owningTeam ?? string.Empty,
    };

    /// <summary>
    /// Opens the stage from <paramref name="card"/> and adds touchpoints one after the other, as a person would: each add
    /// comes back to the stage card with the add form open again. Returns the stage card after the last.
    /// </summary>
    public static async Task<CardView> AddManyAsync(this Conversation chat, BotMessage board, CardView card, string stageId, TestUser by, IEnumerable<string> names)
    {
        var stage = await chat.OpenStageAsync(board, card, stageId, by);
        foreach (var name in names)
        {
            stage = (await chat.AddTouchpointAsync(board, stage, by, Typed(name))).Card;
        }

        return stage;
    }

    /// <summary>The button with <paramref name="verb"/> in the row of the touchpoint whose line starts with <paramref name="name"/>.</summary>
    public static CardButton RowButton(this CardView card, string name, string verb)
    {
        var row = Flatten(card.Json).First(element => Type(element) == "Container"
            && element.GetProperty("items")[0].GetProperty("text").GetString()!.StartsWith(name, StringComparison.Ordinal));
        return new CardView(row).Button(verb);
    }

    /// <summary>Every input of the card with the value it shows, as Teams sends them, with <paramref name="changes"/> typed over them.</summary>
    public static Dictionary<string, object?> Filled(this CardView card, IReadOnlyDictionary<string, object?> changes)
    {
        var inputs = card.Inputs.ToDictionary(input => input.Id, input => (object?)(input.Value ?? string.Empty));
        foreach (var (id, value) in changes)
        {
            inputs[id] = value;
        }

        return inputs;
    }

    private static string? Type(JsonElement element) => element.TryGetProperty("type", out var type) ? type.GetString() : null;

    /// <summary>Every element and action of the card in document order (body, items, columns, folded cards); choices and facts are not elements.</summary>
    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Flatten))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (Type(element) is not null)
            {
                yield return element;
            }

            foreach (var property in element.EnumerateObject().Where(p => p.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object && p.Name != "data"))
            {
                foreach (var item in Flatten(property.Value))
                {
                    yield return item;
                }
            }
        }
    }
}
