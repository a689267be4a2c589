using System.Text.Json;
using System.Text.Json.Serialization;

namespace JourneyBot.Connector.Schema;

/// <summary>
/// One member of a conversation as <c>GET v3/conversations/{id}/members</c> lists it (docs/protocol.md, Outbound calls): the
/// Bot Framework's ChannelAccount, which Teams answers with its own fields (<c>objectId</c> rather than <c>aadObjectId</c>,
/// given name and surname rather than always a <c>name</c>, <c>userRole</c> "anonymous" for a meeting guest).
/// </summary>
public sealed record ConversationMember
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; init; }

    /// <summary>Teams' name for the Entra object id in a roster.</summary>
    [JsonPropertyName("objectId")] public string? ObjectId { get; init; }

    [JsonPropertyName("givenName")] public string? GivenName { get; init; }
    [JsonPropertyName("surname")] public string? Surname { get; init; }
    [JsonPropertyName("userPrincipalName")] public string? UserPrincipalName { get; init; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; init; }

    /// <summary>"user", or "anonymous" for a guest without an Entra account.</summary>
    [JsonPropertyName("userRole")] public string? UserRole { get; init; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? ExtensionData { get; init; }

    /// <summary>The Entra object id, whichever field carried it; null for a guest without one.</summary>
    [JsonIgnore]
    public string? EntraObjectId => string.IsNullOrWhiteSpace(AadObjectId) ? string.IsNullOrWhiteSpace(ObjectId) ? null : ObjectId : AadObjectId;

    /// <summary>The name to show: <c>name</c>, else given name and surname, else the UPN; null when the roster gives none.</summary>
    [JsonIgnore]
    public string? DisplayName =>
        !string.IsNullOrWhiteSpace(Name) ? Name
        : string.Join(' ', new[] { GivenName, Surname }.Where(part => !string.IsNullOrWhiteSpace(part))) is { Length: > 0 } full ? full
        : string.IsNullOrWhiteSpace(UserPrincipalName) ? null : UserPrincipalName;
}
