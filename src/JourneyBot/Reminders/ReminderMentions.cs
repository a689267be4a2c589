using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Cards;
using JourneyBot.Workshop;

namespace JourneyBot.Reminders;

/// <summary>
/// Teams mentions in an Adaptive Card (docs/protocol.md, Mentions in cards): <c>&lt;at&gt;Name&lt;/at&gt;</c> in the text and,
/// for each, an entry in the card's <c>msteams.entities</c> naming the person by their Entra object id.
/// </summary>
public sealed class ReminderMentions
{
    private const int NameLength = 60;
    private readonly Dictionary<string, (string Text, Participant Person)> _mentioned = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The mention of <paramref name="person"/> to put in a TextBlock; the name escaped, so it can carry no markdown or tag.</summary>
    public string Of(Participant person)
    {
        if (!_mentioned.TryGetValue(person.AadObjectId, out var mention))
        {
            mention = ($"<at>{CardText.Shown(person.Name, NameLength)}</at>", person);
            _mentioned[person.AadObjectId] = mention;
        }

        return mention.Text;
    }

    public int Count => _mentioned.Count;

    /// <summary><paramref name="card"/> with <c>msteams.entities</c> listing every mention made through <see cref="Of"/>.</summary>
    public JsonElement AddTo(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (_mentioned.Count == 0)
        {
            return card.ToJson();
        }

        var json = JsonSerializer.SerializeToNode(card.ToJson())!.AsObject();
        var teams = json["msteams"] as JsonObject ?? [];
        teams["entities"] = new JsonArray([.. _mentioned.Values.Select(mention => (JsonNode)new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention.Text,
            ["mentioned"] = new JsonObject { ["id"] = mention.Person.AadObjectId, ["name"] = mention.Person.Name },
        })]);
        json["msteams"] = teams;
        return JsonSerializer.SerializeToElement(json);
    }
}
