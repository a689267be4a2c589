using System.Buffers;
using System.Text.Json;
using JourneyBot.Connector.Schema;
using JourneyBot.Resources;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Dialog;

/// <summary>
/// The context a workshop card carries in every Action.Execute (docs/architecture.md, One turn: every click is self-contained): which
/// workshop, the version and step the card showed, what a button is about (by name), and a seed for the ids of items added from it.
/// </summary>
/// <remarks>
/// JSON keys are short and reserved: <c>wid</c>, <c>v</c>, <c>step</c>, <c>seed</c>, <c>n</c>, <c>lang</c>, and one per thing a button can be
/// about, named after it (<c>goal</c>, <c>persona</c>, <c>stage</c>, <c>cell</c>, <c>touchpoint</c>, <c>kpi</c>, <c>note</c>,
/// <c>replaces</c>), so a verb reads the id it means and never one that changes meaning from verb to verb. Teams merges the
/// card's inputs into the same object, so input ids are dotted (<c>goal.text</c>) and never one of these. Cards drawn
/// before these names carried a single <c>item</c>: such a card is <see cref="FromOlderVersion"/>.
/// </remarks>
public sealed record WorkshopCardData
{
    /// <summary>The key older cards used for whatever a button was about; see <see cref="FromOlderVersion"/>.</summary>
    private const string OlderItemKey = "item";

    private static readonly (string Key, Func<WorkshopCardData, string?> Get, Func<WorkshopCardData, string?, WorkshopCardData> Set)[] Subjects =
    [
        ("goal", data => data.GoalId, (data, id) => data with { GoalId = id }),
        ("persona", data => data.PersonaId, (data, id) => data with { PersonaId = id }),
        ("stage", data => data.StageId, (data, id) => data with { StageId = id }),
        ("cell", data => data.CellId, (data, id) => data with { CellId = id }),
        ("touchpoint", data => data.TouchpointId, (data, id) => data with { TouchpointId = id }),
        ("kpi", data => data.KpiId, (data, id) => data with { KpiId = id }),
        ("note", data => data.NoteId, (data, id) => data with { NoteId = id }),
        ("idea", data => data.IdeaId, (data, id) => data with { IdeaId = id }),
        ("action", data => data.ActionId, (data, id) => data with { ActionId = id }),
        ("replaces", data => data.ReplacesId, (data, id) => data with { ReplacesId = id }),
    ];

    public string? WorkshopId { get; init; }

    /// <summary>The <see cref="JourneyMap.Version"/> the card was drawn from; a step move from an older card is refused as stale.</summary>
    public long Version { get; init; }

    /// <summary>The step the card was drawn at; a change made from a card the workshop has moved on from says so.</summary>
    public WorkshopStep? Step { get; init; }

    public string? GoalId { get; init; }

    public string? PersonaId { get; init; }

    public string? StageId { get; init; }

    /// <summary>A persona at a stage: <c>{personaId}.{stageId}</c>.</summary>
    public string? CellId { get; init; }

    public string? TouchpointId { get; init; }

    public string? KpiId { get; init; }

    /// <summary>An evidence note.</summary>
    public string? NoteId { get; init; }

    /// <summary>An idea of step 6.</summary>
    public string? IdeaId { get; init; }

    /// <summary>An action item of step 7.</summary>
    public string? ActionId { get; init; }

    /// <summary>On the setup form: the active workshop the person agreed to replace.</summary>
    public string? ReplacesId { get; init; }

    /// <summary>
    /// The language the card was drawn in (<c>lang</c>, as on the help and start cards), on buttons that open a card for
    /// no workshop yet: the setup form a "start a new one" button opens speaks the language the person asked in.
    /// </summary>
    public Language? Language { get; init; }

    /// <summary>
    /// True for a card drawn by an older version of the bot (its data says <c>item</c>, not what the item is): the dialog
    /// answers it with the current board and a notice rather than guess what it meant.
    /// </summary>
    public bool FromOlderVersion { get; init; }

    /// <summary>Makes the id of an item added from this card: the same person pressing twice adds it once.</summary>
    public string? Seed { get; init; }

    /// <summary>A number the button stands for (a step to go to, a position to move to).</summary>
    public int? Number { get; init; }

    /// <summary>The data of a button on a card drawn from <paramref name="map"/>.</summary>
    public static WorkshopCardData For(JourneyMap map) => new() { WorkshopId = map.Id, Version = map.Version, Step = map.CurrentStep };

    /// <summary>The data as a button carries it: only the keys that have a value, written straight to JSON.</summary>
    public JsonElement ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Cards.CardJson.WriterOptions))
        {
            writer.WriteStartObject();
            WriteText(writer, "wid", WorkshopId);
            writer.WriteNumber("v", Version);
            if (Step is { } step)
            {
                writer.WriteNumber("step", (int)step);
            }

            foreach (var (key, get, _) in Subjects)
            {
                WriteText(writer, key, get(this));
            }

            WriteText(writer, "seed", Seed);
            WriteText(writer, "lang", Language?.Code());
            if (Number is { } number)
            {
                writer.WriteNumber("n", number);
            }

            writer.WriteEndObject();
        }

        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
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

        if (!TryId(json, "wid", out var workshopId) || !TryId(json, "seed", out var seed) || !TryId(json, OlderItemKey, out var olderItem))
        {
            return null;
        }

        var parsed = new WorkshopCardData { WorkshopId = workshopId, Seed = seed, FromOlderVersion = olderItem is not null };
        foreach (var (key, _, set) in Subjects)
        {
            if (!TryId(json, key, out var id))
            {
                return null;
            }

            parsed = set(parsed, id);
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

        Language? language = null;
        if (json.TryGetProperty("lang", out var lang) && lang.ValueKind != JsonValueKind.Null)
        {
            if (lang.ValueKind != JsonValueKind.String || Languages.TryParseCode(lang.GetString()) is not { } known)
            {
                return null;
            }

            language = known;
        }

        return parsed with { Version = version, Step = step, Number = number, Language = language };
    }

    private static void WriteText(Utf8JsonWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(key, value);
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
