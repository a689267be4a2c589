using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>How the header and items are written as JSON in their entities.</summary>
internal static class WorkshopJson
{
    /// <summary>
    /// camelCase, enums by name (so reordering an enum never changes stored meaning), non-ASCII text kept as is (a
    /// Korean character escaped as \uXXXX would take six), and only settable properties: computed ones
    /// (<see cref="ChannelFit.Combined"/>, <see cref="JourneyMap.StagesInOrder"/>) are derived again on load.
    /// The header leaves out the item lists, which live in their own entities.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { PersistOnlyStoredState } },
    };

    public static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    public static T Deserialize<T>(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<T>(utf8, Options) ?? throw new JsonException($"A stored {typeof(T).Name} was null.");

    /// <summary>An item as the record its kind declares (<see cref="ItemKindDeclaration.ItemType"/>).</summary>
    public static IContribution DeserializeItem(ItemKindDeclaration declaration, ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, declaration.ItemType, Options) as IContribution
        ?? throw new JsonException($"A stored {declaration.RowKind} was null.");

    private static void PersistOnlyStoredState(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var index = info.Properties.Count - 1; index >= 0; index--)
        {
            var property = info.Properties[index];
            if (property.Set is null || (info.Type == typeof(JourneyMap) && IsItemList(property.PropertyType)))
            {
                info.Properties.RemoveAt(index);
            }
        }
    }

    private static bool IsItemList(Type type) =>
        type.IsGenericType
        && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
        && typeof(IContribution).IsAssignableFrom(type.GetGenericArguments()[0]);
}
