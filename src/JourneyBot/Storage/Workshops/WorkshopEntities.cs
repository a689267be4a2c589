using Azure.Data.Tables;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// Turns the header and items into table entities and back: the JSON of the value, plus plain columns (Kind,
/// AuthorAadObjectId, UpdatedAt) for whoever reads the table in Storage Explorer.
/// </summary>
internal static class WorkshopEntities
{
    /// <summary>
    /// A string property holds at most 64 KiB, i.e. 32K UTF-16 characters (docs/protocol.md, Azure Table Storage). The domain's limits keep most
    /// values far below, but a maximal persona written in emoji (each escaped as two \uXXXX) would not fit in one, so
    /// long JSON continues in Json1, Json2...: four parts cover the largest item, well inside the 1 MiB entity.
    /// </summary>
    public const int MaxPartLength = 30_000;

    private const string Json = "Json";

    /// <summary>The names of the first parts, spelled once: every read looks for the part after the last.</summary>
    private static readonly string[] PartNames = [Json, "Json1", "Json2", "Json3", "Json4", "Json5", "Json6", "Json7"];

    private const string OwnerTenant = "OwnerTenantId";
    private const string OwnerConversation = "OwnerConversationId";

    public static TableEntity Header(JourneyMap map, WorkshopOwner owner, DateTimeOffset now)
    {
        var entity = new TableEntity(WorkshopKeys.Partition(map.Id), WorkshopKeys.HeaderRow)
        {
            ["Kind"] = nameof(ItemKind.Header),
            ["Name"] = map.Name,
            ["Version"] = map.Version,
            ["CurrentStep"] = (int)map.CurrentStep,
            ["Status"] = map.Status.ToString(),
            ["AuthorAadObjectId"] = map.Facilitator.AadObjectId,
            ["UpdatedAt"] = now,
            [OwnerTenant] = owner.Tenant,
            [OwnerConversation] = owner.Conversation,
        };
        WriteJson(entity, WorkshopJson.Serialize(map));
        return entity;
    }

    public static TableEntity Item(string workshopId, ItemKind kind, IContribution item, DateTimeOffset now)
    {
        var entity = new TableEntity(WorkshopKeys.Partition(workshopId), WorkshopKeys.ItemRow(kind, item.Id))
        {
            ["Kind"] = ItemKinds.Of(kind).RowKind,
            ["AuthorAadObjectId"] = item.Author.AadObjectId,
            ["UpdatedAt"] = now,
        };
        WriteJson(entity, WorkshopJson.Serialize(item));
        return entity;
    }

    /// <summary>The header's map (with no items yet); a JsonException when the row is corrupt.</summary>
    public static JourneyMap ReadHeader(TableEntity entity)
    {
        using var json = StoredJson.Of(entity);
        var map = WorkshopJson.Deserialize<JourneyMap>(json.Utf8);

        // The deserializer fills a list; a header is shared by the turns that load it (DecodedRows), so nothing in it may
        // be a list someone could cast and change.
        return map with { CoFacilitators = [.. map.CoFacilitators] };
    }

    /// <summary>Who the header says owns the workshop; null when it names no conversation.</summary>
    public static WorkshopOwner? ReadOwner(TableEntity header) =>
        header.GetString(OwnerConversation) is { } conversation
            ? new WorkshopOwner(header.GetString(OwnerTenant) is { Length: > 0 } tenant ? tenant : null, conversation)
            : null;

    public static IContribution ReadItem(ItemKindDeclaration declaration, TableEntity entity)
    {
        using var json = StoredJson.Of(entity);
        return WorkshopJson.DeserializeItem(declaration, json.Utf8);
    }

    /// <summary>Whether a column holds (part of) the JSON: <c>Json</c>, <c>Json1</c>, <c>Json2</c>...; queries keep these encoded.</summary>
    public static bool IsJsonColumn(string name) =>
        name.StartsWith(Json, StringComparison.Ordinal) && name.AsSpan(Json.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>An upper bound of the bytes an entity takes in a batch request: every character escaped as \uXXXX.</summary>
    public static long EstimatedRequestBytes(TableEntity entity) =>
        1024 + ((IDictionary<string, object>)entity).Values.Sum(value => value is string text ? 6L * text.Length : 64L);

    private static void WriteJson(TableEntity entity, string json)
    {
        var part = 0;
        for (var start = 0; start < json.Length; part++)
        {
            var length = Math.Min(MaxPartLength, json.Length - start);
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length--; // never split a surrogate pair: each half alone is not valid text
            }

            entity[PartName(part)] = json.Substring(start, length);
            start += length;
        }
    }

    /// <summary>The column of the JSON's part <paramref name="part"/>: <c>Json</c>, <c>Json1</c>, <c>Json2</c>...</summary>
    public static string PartName(int part) =>
        part < PartNames.Length ? PartNames[part] : Json + part.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
