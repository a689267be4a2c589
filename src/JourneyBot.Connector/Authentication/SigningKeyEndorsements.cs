using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace JourneyBot.Connector.Authentication;

/// <summary>
/// Reads the Bot Framework's <c>endorsements</c> extension of a JWKS key: the channels (such as <c>msteams</c>) a key
/// may vouch for, so a key issued for one channel cannot sign activities that claim to come from another.
/// </summary>
internal static class SigningKeyEndorsements
{
    private const string PropertyName = "endorsements";

    /// <summary>The channels <paramref name="key"/> is endorsed for, or null when the key carries no endorsements list.</summary>
    private static IReadOnlyList<string>? Of(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(PropertyName, out var value))
        {
            return null;
        }

        // The JWKS parser keeps unknown members as JSON. A list that is present but unreadable endorses nothing.
        return value is JsonElement { ValueKind: JsonValueKind.Array } array
            ? [.. array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : null).OfType<string>()]
            : [];
    }

    /// <summary>True when the key has no endorsements list, or the list names <paramref name="channelId"/>.</summary>
    public static bool Allow(JsonWebKey key, string? channelId)
    {
        var endorsements = Of(key);
        return endorsements is null
            || (!string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.Ordinal));
    }
}
