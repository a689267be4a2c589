using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Versions;

/// <summary>
/// A <see cref="MapVersion"/> as Brotli-compressed JSON: the whole map with its items (unlike the workshop's header
/// JSON), its findings, and only settable properties (computed ones are derived again on read).
/// </summary>
internal static class MapVersionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlySettable } },
    };

    /// <summary>The version's JSON as UTF-8, uncompressed: two versions with the same content give the same bytes.</summary>
    public static byte[] Utf8(MapVersion version) => JsonSerializer.SerializeToUtf8Bytes(version, Options);

    public static byte[] Compress(MapVersion version)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, version, Options);
        }

        return buffer.ToArray();
    }

    /// <summary>The version in <paramref name="compressed"/>; a JsonException (or InvalidDataException) when it does not read.</summary>
    public static MapVersion Decompress(byte[] compressed)
    {
        using var brotli = new BrotliStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<MapVersion>(brotli, Options) ?? throw new JsonException("A stored map version was null.");
    }

    private static void OnlySettable(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (var index = info.Properties.Count - 1; index >= 0; index--)
        {
            if (info.Properties[index].Set is null)
            {
                info.Properties.RemoveAt(index);
            }
        }
    }
}
