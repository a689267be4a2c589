using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// The record that an activity (a typed command, a click) changed a workshop: a row in the workshop's partition, keyed by
/// the activity's id, inserted in the same batch as the change. A redelivery of the same activity inserts the same row,
/// so its batch fails with 409 and writes nothing: the change counts once, at no extra round trip
/// (docs/architecture.md, Redelivered activities).
/// </summary>
internal static class AppliedActivities
{
    /// <summary>
    /// Every applied row starts with this: <c>~</c> sorts after the header and every item row (which start with a letter),
    /// so a workshop's load leaves them out with <c>RowKey lt</c>.
    /// </summary>
    public const string RowPrefix = "~applied|";

    /// <summary>The Kind column of an applied row (the header and items have theirs): what the clean-up looks for.</summary>
    public const string Kind = "Applied";

    public const string AppliedAtColumn = "AppliedAt";

    /// <summary>Shown in the table for people reading it; the key is a hash, so ids of any length and character fit.</summary>
    private const int MaxShownIdLength = 256;

    /// <summary>The row of <paramref name="activityId"/>: the prefix and the SHA-256 of the id in hex (fixed length, any id).</summary>
    public static string Row(string activityId) =>
        RowPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(activityId)));

    public static TableEntity Entity(string workshopId, string activityId, DateTimeOffset now) => new(WorkshopKeys.Partition(workshopId), Row(activityId))
    {
        ["Kind"] = Kind,
        ["ActivityId"] = activityId.Length > MaxShownIdLength ? activityId[..MaxShownIdLength] : activityId,
        [AppliedAtColumn] = now,
    };
}
