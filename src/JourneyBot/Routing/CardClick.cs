using System.Text.Json;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Routing;

/// <summary>The verb and data of an Action.Execute click, read once from the invoke (typed card data, parsed once: docs/architecture.md, Conventions).</summary>
public sealed record CardClick(string Verb, JsonElement? Data)
{
    /// <summary>The click in an <c>adaptiveCard/action</c> invoke; null when the value is not a well-formed Action.Execute.</summary>
    public static CardClick? Read(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            var invoke = value.Deserialize<AdaptiveCardInvokeValue>(ConnectorJson.Options);
            return invoke?.Action is { Verb: { Length: > 0 and <= 64 } verb } action ? new CardClick(verb, action.Data) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
