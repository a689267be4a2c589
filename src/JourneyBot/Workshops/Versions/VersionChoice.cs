using System.Globalization;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Versions;

/// <summary>
/// A version as a picker names it: "{workshop id}:{number}". A future-state map's pickers also offer its current-state map's
/// versions. Read back from a click, it is trusted for nothing: the store answers only for workshops of the clicker's conversation.
/// </summary>
public sealed record VersionChoice(string WorkshopId, int Number)
{
    public string Value => $"{WorkshopId}:{Number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The choice in <paramref name="value"/>, or null when it is not an id and a number from 1.</summary>
    public static VersionChoice? Parse(string? value)
    {
        var separator = value?.LastIndexOf(':') ?? -1;
        if (value is null || separator <= 0 || separator > Limits.MaxIdLength
            || !int.TryParse(value.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return null;
        }

        var id = value[..separator];
        return id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? new VersionChoice(id, number) : null;
    }
}
