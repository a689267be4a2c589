using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Cards;
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

    public FormMode Mode => options.Value.Forms;

    /// <summary>A card for the conversation (a message, an update, an invoke response).</summary>
    public JsonElement ForConversation(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = card.ToJson();
        return Mode == FormMode.Inline ? json : Rewrite(json, action => FormVerbs.All.Contains(action.Verb) ? OpenDialog(action) : null);
    }

    /// <summary>A card shown inside a dialog opened from message <paramref name="boardMessageId"/> (null when Teams did not say).</summary>
    public static JsonElement ForDialog(AdaptiveCard card, string? boardMessageId)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = card.ToJson();
        json = Rewrite(json, action => Submit(action, boardMessageId));
        return WithoutFullWidth(json);
    }

    /// <summary>Replaces every Action.Execute for which <paramref name="replace"/> gives a node; the others stay.</summary>
    private static JsonElement Rewrite(JsonElement card, Func<ExecuteButton, JsonObject?> replace)
    {
        var root = JsonNode.Parse(card.GetRawText())!;
        Visit(root, replace);
        return JsonSerializer.SerializeToElement(root);
    }

    private static void Visit(JsonNode? node, Func<ExecuteButton, JsonObject?> replace)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is JsonObject action && ExecuteButton.From(action) is { } button && replace(button) is { } replacement)
                    {
                        obj[key] = replacement;
                    }
                    else
                    {
                        Visit(child, replace);
                    }
                }

                break;
            case JsonArray array:
                for (var index = 0; index < array.Count; index++)
                {
                    if (array[index] is JsonObject action && ExecuteButton.From(action) is { } button && replace(button) is { } replacement)
                    {
                        array[index] = replacement;
                    }
                    else
                    {
                        Visit(array[index], replace);
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

    private static JsonObject Submit(ExecuteButton button, string? boardMessageId)
    {
        var data = button.DataWith(VerbKey, button.Verb);
        if (boardMessageId is not null)
        {
            data[BoardMessageKey] = boardMessageId;
        }

        return button.AsSubmit(data);
    }

    /// <summary>A dialog has its own size: the conversation's full-width setting does not apply there.</summary>
    private static JsonElement WithoutFullWidth(JsonElement card)
    {
        var root = JsonNode.Parse(card.GetRawText())!.AsObject();
        root.Remove("msteams");
        return JsonSerializer.SerializeToElement(root);
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
