using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Hosting;

/// <summary>
/// What every activity the bot acts on must carry, and how long its ids may be (docs/protocol.md, Envelope limits): checked
/// in the endpoint before any storage call, so a bad envelope is a 400 with a fixed reason instead of a fault deep in a
/// turn, or a "try again" that can never succeed (a 100,000-character id is no storage key).
/// </summary>
public static class ActivityEnvelope
{
    /// <summary>The longest id accepted: activity, reply-to, conversation, sender, recipient, team and channel. Teams ids are well under 1 KB.</summary>
    public const int MaxIdLength = 1024;

    /// <summary>The longest tenant id accepted: Microsoft Entra tenant ids are GUIDs (36 characters).</summary>
    public const int MaxTenantIdLength = 128;

    /// <summary>The longest serviceUrl accepted: Teams' are short regional URLs (https://smba.trafficmanager.net/emea/).</summary>
    public const int MaxServiceUrlLength = 2048;

    /// <summary>The reason <paramref name="activity"/> is refused, one of a fixed set (no value from the request); null when it is fine.</summary>
    public static string? Refusal(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.From is not { Id.Length: > 0 })
        {
            return "no from.id";
        }

        if (activity.Recipient is not { Id.Length: > 0 })
        {
            return "no recipient.id";
        }

        if (activity.Conversation is not { Id.Length: > 0 })
        {
            return "no conversation.id";
        }

        if (activity.ServiceUrl is { Length: > MaxServiceUrlLength })
        {
            return $"a serviceUrl longer than {MaxServiceUrlLength} characters";
        }

        string?[] ids =
        [
            activity.Id, activity.ReplyToId, activity.From.Id, activity.From.AadObjectId, activity.Recipient.Id, activity.Conversation.Id,
            activity.ChannelData?.Team?.Id, activity.ChannelData?.Channel?.Id,
        ];
        if (ids.Any(id => id is { Length: > MaxIdLength }))
        {
            return $"an id longer than {MaxIdLength} characters";
        }

        return activity.Conversation.TenantId is { Length: > MaxTenantIdLength } || activity.ChannelData?.Tenant?.Id is { Length: > MaxTenantIdLength }
            ? $"a tenant id longer than {MaxTenantIdLength} characters"
            : null;
    }
}
