using JourneyBot.Connector.Schema;

namespace JourneyBot.Reminders;

/// <summary>
/// The facilitator's time zone, as Teams sends it in the <c>clientInfo</c> entity of their activities (docs/protocol.md,
/// clientInfo): an IANA id such as <c>Asia/Seoul</c>. UTC when there is none or it names no zone this server knows.
/// </summary>
public static class ReminderTimeZones
{
    /// <summary>The longest zone id kept: IANA ids are at most about 30 characters; anything longer is not one.</summary>
    private const int MaxIdLength = 64;

    /// <summary>
    /// The <c>timezone</c> of the activity's <c>clientInfo</c> entity, else the activity's <c>localTimezone</c> (both IANA
    /// ids, docs/protocol.md), or null.
    /// </summary>
    public static string? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var zone = activity.Entities?.FirstOrDefault(entity => entity.Type == "clientInfo")?.Timezone;
        if (string.IsNullOrWhiteSpace(zone)
            && activity.ExtensionData?.TryGetValue("localTimezone", out var local) == true && local.ValueKind == System.Text.Json.JsonValueKind.String)
        {
            zone = local.GetString();
        }

        return string.IsNullOrWhiteSpace(zone) || zone.Length > MaxIdLength ? null : zone;
    }

    /// <summary>
    /// The zone named <paramref name="id"/>: IANA ids as Linux knows them, Windows ids converted (.NET does both);
    /// UTC for null, empty, unknown or malformed ids.
    /// </summary>
    public static TimeZoneInfo Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength)
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
