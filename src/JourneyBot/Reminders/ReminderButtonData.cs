using System.Text.Json;

namespace JourneyBot.Reminders;

/// <summary>
/// What a reminder's Snooze and Stop buttons carry: the workshop and which reminder (<c>wid</c>, <c>reminder</c>). Nothing
/// else is read from a click: the tenant and conversation are the activity's, so a click reaches only its own conversation's rows.
/// </summary>
public sealed record ReminderButtonData(string WorkshopId, ReminderKind Kind)
{
    private const int MaxIdLength = 200;

    public static JsonElement For(string workshopId, ReminderKind kind) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["wid"] = workshopId, ["reminder"] = kind.ToString() });

    /// <summary>The data of a click, or null when it is not a reminder button's (missing, too long, an unknown kind).</summary>
    public static ReminderButtonData? Parse(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("wid", out var wid) || wid.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("reminder", out var reminder) || reminder.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var id = wid.GetString();
        return string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || !Enum.TryParse<ReminderKind>(reminder.GetString(), ignoreCase: false, out var kind) || !Enum.IsDefined(kind)
            ? null
            : new ReminderButtonData(id, kind);
    }
}
