using System.Text;
using System.Text.Json;

namespace JourneyBot.Tests.Driver;

/// <summary>What a person sees on an Adaptive Card: its text, its inputs, its buttons.</summary>
public sealed class CardView(JsonElement json)
{
    public JsonElement Json { get; } = json;

    /// <summary>All visible text (text blocks, fact titles and values), one line each.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            CollectText(Json, text);
            return text.ToString();
        }
    }

    public IReadOnlyList<CardButton> Buttons
    {
        get
        {
            var buttons = new List<CardButton>();
            CollectButtons(Json, buttons);
            return buttons;
        }
    }

    /// <summary>Every input on the card, folded forms (Action.ShowCard) included, in order.</summary>
    public IReadOnlyList<CardInputView> Inputs
    {
        get
        {
            var inputs = new List<CardInputView>();
            CollectInputs(Json, inputs);
            return inputs;
        }
    }

    /// <summary>The error shown right below input <paramref name="inputId"/> (an attention-coloured text), or null; fails when there is no such input.</summary>
    public string? ErrorBelow(string inputId)
    {
        var elements = Elements(Json).ToList();
        var input = elements.FindIndex(element => element.TryGetProperty("id", out var id) && id.GetString() == inputId);
        Assert.True(input >= 0, $"No input {inputId} on the card:\n{Text}");
        return input + 1 < elements.Count && elements[input + 1] is var next
            && next.TryGetProperty("type", out var type) && type.GetString() == "TextBlock"
            && next.TryGetProperty("color", out var color) && color.GetString() == "Attention"
            ? next.GetProperty("text").GetString()
            : null;
    }

    /// <summary>The size of the card as Teams receives it (UTF-8 JSON).</summary>
    public int Bytes => System.Text.Encoding.UTF8.GetByteCount(Json.GetRawText());

    /// <summary>The value input <paramref name="inputId"/> shows.</summary>
    public string? ValueOf(string inputId) => Inputs.Single(input => input.Id == inputId).Value;

    /// <summary>The first input named <paramref name="inputId"/> (a stage card may hold the same form folded more than once).</summary>
    public CardInputView Input(string inputId) => Inputs.First(input => input.Id == inputId);

    /// <summary>
    /// The keys a workshop button's data names what it is about by (one at most per button): the goal, persona, stage,
    /// cell, touchpoint, KPI, evidence note, idea or action item, or the workshop a setup form replaces.
    /// </summary>
    public static readonly string[] SubjectKeys = ["goal", "persona", "stage", "cell", "touchpoint", "kpi", "note", "idea", "action", "replaces"];

    /// <summary>The button with <paramref name="verb"/> about <paramref name="item"/> (and <paramref name="number"/>, when given).</summary>
    public CardButton ButtonFor(string verb, string item, int? number = null) =>
        Buttons.FirstOrDefault(button => button.Verb == verb && AboutOf(button) == item
            && (number is null || (DataOf(button, "n") is { ValueKind: JsonValueKind.Number } n && n.GetInt32() == number)))
        ?? throw new InvalidOperationException($"No {verb} button about '{item}' on the card:\n{Text}");

    /// <summary>The items the card's <paramref name="verb"/> buttons are about.</summary>
    public IReadOnlyList<string?> ItemsOf(string verb) => [.. Buttons.Where(button => button.Verb == verb).Select(AboutOf)];

    /// <summary>The id the button's data names what it is about by; it fails when a button names two things.</summary>
    public static string? AboutOf(CardButton button) =>
        SubjectKeys.Select(key => DataOf(button, key)?.GetString()).Where(id => id is not null).SingleOrDefault();

    public CardButton Button(string verb) =>
        Buttons.FirstOrDefault(b => b.Verb == verb) ?? throw new InvalidOperationException($"No button with verb '{verb}' on the card:\n{Text}");

    public CardButton ButtonTitled(string title) =>
        Buttons.FirstOrDefault(b => b.Title == title) ?? throw new InvalidOperationException($"No button titled '{title}' on the card:\n{Text}");

    public override string ToString() => Text;

    private static void CollectText(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var type = element.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (type == "TextBlock" && element.TryGetProperty("text", out var value))
                {
                    text.AppendLine(value.GetString());
                }
                else if (type is null && element.TryGetProperty("title", out var title) && element.TryGetProperty("value", out var factValue)
                    && factValue.ValueKind == JsonValueKind.String)
                {
                    text.Append(title.GetString()).Append(": ").AppendLine(factValue.GetString());
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is not "actions" and not "selectAction" and not "data")
                    {
                        CollectText(property.Value, text);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectText(item, text);
                }

                break;
        }
    }

    private static JsonElement? DataOf(CardButton button, string key) =>
        button.Data is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(key, out var value) ? value : null;

    /// <summary>Every element and action of the card (objects with a type), in document order.</summary>
    private static IEnumerable<JsonElement> Elements(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Elements))
            {
                yield return item;
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out _))
            {
                yield return element;
            }

            foreach (var item in element.EnumerateObject().SelectMany(property => Elements(property.Value)))
            {
                yield return item;
            }
        }
    }

    private static void CollectInputs(JsonElement element, List<CardInputView> inputs)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString() is { } kind && kind.StartsWith("Input.", StringComparison.Ordinal))
                {
                    inputs.Add(new CardInputView(
                        kind,
                        element.GetProperty("id").GetString() ?? string.Empty,
                        element.TryGetProperty("label", out var label) ? label.GetString() : null,
                        element.TryGetProperty("value", out var value) ? value.ToString() : null)
                    {
                        IsRequired = element.TryGetProperty("isRequired", out var required) && required.ValueKind == JsonValueKind.True,
                        Choices = element.TryGetProperty("choices", out var choices)
                            ? [.. choices.EnumerateArray().Select(choice => choice.GetProperty("value").GetString() ?? string.Empty)]
                            : [],
                    });
                }

                foreach (var property in element.EnumerateObject().Where(property => property.Name != "data"))
                {
                    CollectInputs(property.Value, inputs); // not inside a button's data: a dialog's add form travels there
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectInputs(item, inputs);
                }

                break;
        }
    }

    private static void CollectButtons(JsonElement element, List<CardButton> buttons)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString() is { } kind && kind.StartsWith("Action.", StringComparison.Ordinal))
                {
                    buttons.Add(new CardButton(
                        kind,
                        element.TryGetProperty("title", out var title) ? title.GetString() ?? string.Empty : string.Empty,
                        element.TryGetProperty("verb", out var verb) ? verb.GetString() : null,
                        element.TryGetProperty("data", out var data) ? data : null));
                }

                foreach (var property in element.EnumerateObject().Where(property => property.Name != "data"))
                {
                    CollectButtons(property.Value, buttons);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectButtons(item, buttons);
                }

                break;
        }
    }
}

/// <summary>A button on a card: Action.Execute with its verb and data, or another action type.</summary>
public sealed record CardButton(string Type, string Title, string? Verb, JsonElement? Data);

/// <summary>An input on a card: its type, id, label and current value.</summary>
public sealed record CardInputView(string Type, string Id, string? Label, string? Value)
{
    /// <summary>Whether the client refuses to send the card while this input is empty.</summary>
    public bool IsRequired { get; init; }

    /// <summary>The values a choice set offers, in order; empty for other inputs.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];
}
