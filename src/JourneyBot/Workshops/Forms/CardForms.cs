using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Cards;
using JourneyBot.Connector.Schema;
using Microsoft.Extensions.Options;

namespace JourneyBot.Workshops.Forms;

/// <summary>
/// Turns a card into what is sent, by <see cref="FormMode"/>. In dialog mode a button of a <see cref="FormVerbs"/> verb becomes
/// an Action.Submit that asks Teams for a dialog (<c>msteams: { type: "task/fetch" }</c>), and a card shown in a dialog has
/// Action.Submit buttons (dialogs do not take Action.Execute), each carrying its verb in its data. Inline mode sends cards as
/// they are built.
/// </summary>
public sealed class CardForms(IOptions<CardsOptions> options)
{
    /// <summary>The data key that carries a dialog button's verb (Action.Submit has no verb of its own).</summary>
    public const string VerbKey = "verb";

    /// <summary>The data key that carries the message a dialog was opened from, so its board can be redrawn after a save.</summary>
    public const string BoardMessageKey = "msg";

    /// <summary>The data key that carries an add form (an Action.ShowCard's card) into its dialog, to offer it again after a save.</summary>
    public const string FormKey = "form";

    /// <summary>The verb of a button that opens an add form in a dialog: the form itself travels in <see cref="FormKey"/>.</summary>
    public const string OpenFormVerb = "form.open";

    /// <summary>Folded pickers that only move somewhere (go to step N): a dialog would be a detour, they stay in the card.</summary>
    private static readonly FrozenSet<string> InlinePickers = FrozenSet.ToFrozenSet([Flow.WorkshopVerbs.Go], StringComparer.Ordinal);

    /// <summary>The largest add form a dialog button may carry back (the forms the bot draws are a few KB).</summary>
    public const int MaxFormBytes = 24 * 1024;

    public FormMode Mode => options.Value.Forms;

    /// <summary>A card for the conversation (a message, an update, an invoke response), written once for the wire.</summary>
    public JsonPayload ForConversation(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (Mode == FormMode.Inline)
        {
            return card.ToPayload();
        }

        var root = card.ToJsonNode();
        Rewrite(root, action => ExecuteButton.From(action) is { } button && FormVerbs.All.Contains(button.Verb) ? OpenDialog(button) : AddFormButton(action));
        return Written(root);
    }

    /// <summary>A rewritten card, written with the wire's encoder (as the wire would write it).</summary>
    private static JsonPayload Written(JsonNode card)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, CardJson.WriterOptions))
        {
            card.WriteTo(writer);
        }

        return JsonPayload.FromWritten(buffer.WrittenSpan.ToArray());
    }

    /// <summary>
    /// A form folded into a card (an Action.ShowCard whose card has inputs: "Add a goal", "Add a touchpoint") opens in a dialog
    /// instead: its button asks for <see cref="OpenFormVerb"/> and carries the form and the card data of its first button.
    /// </summary>
    private static JsonObject? AddFormButton(JsonObject action)
    {
        if (action["type"]?.GetValue<string>() != "Action.ShowCard" || action["card"] is not JsonObject form
            || !HasInput(form)
            || FirstExecute(form) is not { } submit
            || submit["verb"]?.GetValue<string>() is { } verb && InlinePickers.Contains(verb))
        {
            return null;
        }

        var data = submit["data"]?.DeepClone() as JsonObject ?? [];
        data[VerbKey] = OpenFormVerb;
        data[FormKey] = form.DeepClone();
        data["msteams"] = new JsonObject { ["type"] = "task/fetch" };
        var button = new JsonObject { ["type"] = "Action.Submit", ["title"] = action["title"]?.DeepClone(), ["data"] = data };
        return button;
    }

    private static bool HasInput(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"] is JsonValue type && type.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) => true,
        JsonObject obj => obj.Any(pair => HasInput(pair.Value)),
        JsonArray array => array.Any(HasInput),
        _ => false,
    };

    private static JsonObject? FirstExecute(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Action.Execute" => obj,
        JsonObject obj => obj.Select(pair => FirstExecute(pair.Value)).FirstOrDefault(found => found is not null),
        JsonArray array => array.Select(FirstExecute).FirstOrDefault(found => found is not null),
        _ => null,
    };

    /// <summary>
    /// An add form carried into a dialog, as a card the dialog shows (the form is the card the bot drew; it is shown only to the
    /// person who sent it back, and its buttons are read like any click). Null when it is not an Adaptive Card or too large.
    /// </summary>
    public static JsonElement? FormFrom(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } d || !d.TryGetProperty(FormKey, out var form) || form.ValueKind != JsonValueKind.Object
            || !form.TryGetProperty("type", out var type) || type.GetString() != "AdaptiveCard"
            || System.Text.Encoding.UTF8.GetByteCount(form.GetRawText()) > MaxFormBytes)
        {
            return null;
        }

        var card = JsonNode.Parse(form.GetRawText())!.AsObject();
        card["version"] = "1.5";
        return JsonSerializer.SerializeToElement(card);
    }

    /// <summary>The same add form ready for another item: its buttons get a new seed (a new item id), and <paramref name="notice"/> on top.</summary>
    public static JsonElement Again(JsonElement form, string seed, string notice)
    {
        var card = JsonNode.Parse(form.GetRawText())!.AsObject();
        Rewrite(card, action =>
        {
            if (ExecuteButton.From(action) is not { } button)
            {
                return null;
            }

            var again = button.Action.DeepClone().AsObject();
            again["data"] = button.DataWith("seed", seed);
            return again;
        });
        var body = card["body"] as JsonArray ?? [];
        body.Insert(0, new JsonObject { ["type"] = "TextBlock", ["text"] = Cards.CardText.Escape(notice), ["wrap"] = true, ["color"] = "Good" });
        card["body"] = body;
        return JsonSerializer.SerializeToElement(card);
    }

    /// <summary>A card shown inside a dialog opened from message <paramref name="boardMessageId"/> (null when Teams did not say).</summary>
    public static JsonElement ForDialog(AdaptiveCard card, string? boardMessageId, JsonElement? form = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        return ForDialog(card.ToJsonNode(), boardMessageId, form);
    }

    /// <summary>
    /// A card for a dialog: its Action.Execute buttons become Action.Submit carrying their verb, the board message and, for an add
    /// form, the form itself (to offer it again); "back to the board" goes (the dialog has its own close).
    /// </summary>
    public static JsonElement ForDialog(JsonElement card, string? boardMessageId, JsonElement? form = null) =>
        ForDialog(JsonNode.Parse(card.GetRawText())!.AsObject(), boardMessageId, form);

    private static JsonElement ForDialog(JsonObject root, string? boardMessageId, JsonElement? form)
    {
        Rewrite(
            root,
            action => ExecuteButton.From(action) is { } button ? Submit(button, boardMessageId, form) : null,
            remove: action => ExecuteButton.From(action) is { Verb: Flow.WorkshopVerbs.Show });

        // A dialog has its own size: the conversation's full-width setting does not apply there.
        root.Remove("msteams");
        return JsonSerializer.SerializeToElement(root);
    }

    /// <summary>
    /// Walks a card's JSON once: every object for which <paramref name="replace"/> gives a node is replaced by it (and not
    /// walked further); every array item <paramref name="remove"/> picks is dropped.
    /// </summary>
    private static void Rewrite(JsonNode? node, Func<JsonObject, JsonObject?> replace, Func<JsonObject, bool>? remove = null)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonObject candidate && replace(candidate) is { } replacement)
                    {
                        obj[key] = replacement;
                    }
                    else
                    {
                        Rewrite(child, replace, remove);
                    }
                }

                break;
            case JsonArray array:
                for (var index = array.Count - 1; index >= 0; index--)
                {
                    if (array[index] is JsonObject candidate && remove?.Invoke(candidate) == true)
                    {
                        array.RemoveAt(index);
                    }
                    else if (array[index] is JsonObject item && replace(item) is { } replacement)
                    {
                        array[index] = replacement;
                    }
                    else
                    {
                        Rewrite(array[index], replace, remove);
                    }
                }

                break;
        }
    }

    private static JsonObject OpenDialog(ExecuteButton button)
    {
        var data = button.DataWith(VerbKey, button.Verb);
        data["msteams"] = new JsonObject { ["type"] = "task/fetch" };
        return button.AsSubmit(data);
    }

    private static JsonObject Submit(ExecuteButton button, string? boardMessageId, JsonElement? form)
    {
        var data = button.DataWith(VerbKey, button.Verb);
        if (boardMessageId is not null)
        {
            data[BoardMessageKey] = boardMessageId;
        }

        if (form is { } carried)
        {
            data[FormKey] = JsonNode.Parse(carried.GetRawText());
        }

        return button.AsSubmit(data);
    }

    /// <summary>An Action.Execute as found in card JSON.</summary>
    private sealed record ExecuteButton(JsonObject Action, string Verb)
    {
        public static ExecuteButton? From(JsonObject action) =>
            action["type"]?.GetValue<string>() == "Action.Execute" && action["verb"]?.GetValue<string>() is { } verb ? new ExecuteButton(action, verb) : null;

        public JsonObject DataWith(string key, string value)
        {
            var data = Action["data"]?.DeepClone() as JsonObject ?? [];
            data[key] = value;
            return data;
        }

        public JsonObject AsSubmit(JsonObject data)
        {
            var submit = new JsonObject { ["type"] = "Action.Submit" };
            foreach (var (key, value) in Action)
            {
                if (key is not ("type" or "verb" or "data"))
                {
                    submit[key] = value?.DeepClone();
                }
            }

            submit["data"] = data;
            return submit;
        }
    }
}
