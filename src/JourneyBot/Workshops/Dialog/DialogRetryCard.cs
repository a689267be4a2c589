using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Cards;
using JourneyBot.Resources;

namespace JourneyBot.Workshops.Dialog;

/// <summary>
/// What a dialog shows when its save could not reach storage and the form cannot be drawn again (that needs the workshop,
/// which could not be read either): the reason, what the person typed, and "Try again", which sends the very same submit.
/// The dialog stays open, so nothing typed is lost; the item's id travels in the data, so a retry saves it once.
/// </summary>
public static class DialogRetryCard
{
    /// <summary>Keys of a dialog button's data that are the bot's own, not something typed: they travel, but are not shown.</summary>
    private static readonly HashSet<string> OwnKeys = new(StringComparer.Ordinal) { "msteams", Forms.CardForms.VerbKey, Forms.CardForms.BoardMessageKey, Forms.CardForms.FormKey };

    /// <param name="text">The words, in the language the person's Teams asked in.</param>
    /// <param name="notice">Why nothing was saved.</param>
    /// <param name="verb">The button's verb, to send again.</param>
    /// <param name="data">The submit's data, the inputs merged in, as Teams sent it.</param>
    public static AdaptiveCard Build(BotText text, string notice, string verb, JsonElement data)
    {
        var body = new List<CardElement> { CardParts.Warning(notice) };
        var again = new JsonObject();
        foreach (var property in data.EnumerateObject())
        {
            if (OwnKeys.Contains(property.Name))
            {
                continue;
            }

            again[property.Name] = JsonNode.Parse(property.Value.GetRawText());

            // Inputs are named "{form}.{field}" (the bot's card data keys have no dot): what the person typed, shown back.
            if (property.Name.Contains('.', StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String
                && property.Value.GetString() is { Length: > 0 } typed)
            {
                body.Add(new TextBlock(CardText.Shown(typed, 500)) { IsSubtle = true });
            }
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(text["TryAgainButton"], verb, JsonSerializer.SerializeToElement(again)) { Style = ActionStyle.Positive }],
        };
    }
}
