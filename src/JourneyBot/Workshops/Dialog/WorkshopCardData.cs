using System.Text.Json;
using JourneyBot.Connector.Schema;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Dialog;

/// <summary>
/// The context a workshop card carries in every Action.Execute (docs/architecture.md, One turn: every click is self-contained): which
/// workshop, the version and step the card showed, the item a button is about, and a seed for the ids of items added from it.
/// </summary>
/// <remarks>
/// JSON keys are short and reserved: <c>wid</c>, <c>v</c>, <c>step</c>, <c>item</c>, <c>seed</c>, <c>n</c>. Teams merges the card's
/// inputs into the same object, so input ids are dotted (<c>goal.text</c>) and never one of these.
/// </remarks>
public sealed record WorkshopCardData
{
    public string? WorkshopId { get; init; }

    /// <summary>The <see cref="JourneyMap.Version"/> the card was drawn from; a step move from an older card is refused as stale.</summary>
    public long Version { get; init; }

    /// <summary>The step the card was drawn at; a change made from a card the workshop has moved on from says so.</summary>
    public WorkshopStep? Step { get; init; }

    public string? Item { get; init; }

    /// <summary>Makes the id of an item added from this card: the same person pressing twice adds it once.</summary>
    public string? Seed { get; init; }

    /// <summary>A number the button stands for (a step to go to, a position to move to).</summary>
    public int? Number { get; init; }

    /// <summary>The data of a button on a card drawn from <paramref name="map"/>.</summary>
    public static WorkshopCardData For(JourneyMap map) => new() { WorkshopId = map.Id, Version = map.Version, Step = map.CurrentStep };

    public JsonElement ToJson()
    {
        var json = new Dictionary<string, object>();
        Put(json, "wid", WorkshopId);
        json["v"] = Version;
        if (Step is { } step)
        {
            json["step"] = (int)step;
        }

        Put(json, "item", Item);
        Put(json, "seed", Seed);
        if (Number is { } number)
        {
            json["n"] = number;
        }

        return JsonSerializer.SerializeToElement(json, ConnectorJson.Options);
    }

    /// <summary>
    /// Reads a click's data. It comes from the client and is not trusted: ids must look like ids, numbers like numbers;
    /// anything else is refused (null). Unknown keys are the card's inputs and are left to <see cref="SubmittedInputs"/>.
    /// </summary>
    public static WorkshopCardData? Parse(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } json)
        {
            return data is null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } ? new WorkshopCardData() : null;
        }

        if (!TryId(json, "wid", out var workshopId) || !TryId(json, "item", out var item) || !TryId(json, "seed", out var seed))
        {
            return null;
        }

        long version = 0;
        if (json.TryGetProperty("v", out var v) && !(v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out version) && version >= 0))
        {
            return null;
        }

        WorkshopStep? step = null;
        if (json.TryGetProperty("step", out var s))
        {
            if (s.ValueKind != JsonValueKind.Number || !s.TryGetInt32(out var value) || WorkshopSteps.FromNumber(value) is not { } known)
            {
                return null;
            }

            step = known;
        }

        int? number = null;
        if (json.TryGetProperty("n", out var n))
        {
            if (n.ValueKind != JsonValueKind.Number || !n.TryGetInt32(out var value) || value is < 0 or > 1000)
            {
                return null;
            }

            number = value;
        }

        return new WorkshopCardData { WorkshopId = workshopId, Version = version, Step = step, Item = item, Seed = seed, Number = number };
    }

    private static void Put(Dictionary<string, object> json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }

    private static bool TryId(JsonElement json, string key, out string? id)
    {
        id = null;
        if (!json.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        id = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return id is { Length: > 0 and <= Limits.MaxIdLength } && id.All(IsIdCharacter);
    }

    /// <summary>The characters the domain allows in ids: <c>A-Z a-z 0-9 - _ .</c> (a cell's id joins two with a dot).</summary>
    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
