using JourneyBot.Storage.Versions;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Versions;

namespace JourneyBot.SharedMaps;

/// <summary>
/// Step 7's comparison in the page and exports: the map as it is against the version before it. That is the map's own
/// version <see cref="JourneyMap.MapVersionNumber"/> - 1 (during a revisit the last finished one; once finished the one
/// before the latest, the pair the versions card preselects), else, for a future-state map with no version of its own
/// before, the current-state map's version it was started from (<see cref="JourneyMap.CurrentState"/>). Chosen from the
/// header alone, so a map with no version before it costs no storage call, and one with one costs one range query.
/// </summary>
public sealed class MapComparisons(IMapVersionStore versions)
{
    /// <summary>The version <paramref name="map"/>'s outputs compare against, or null when there is none.</summary>
    public static VersionChoice? VersionBefore(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return map.MapVersionNumber > 1 ? new VersionChoice(map.Id, map.MapVersionNumber - 1)
            : map.CurrentState is { VersionNumber: > 0 } link ? new VersionChoice(link.WorkshopId, link.VersionNumber)
            : null;
    }

    /// <summary>
    /// The version before <paramref name="workshop"/>'s map, read as its owner (so only a version of the same tenant and
    /// conversation); null without a storage call when it has none, and null when it cannot be read.
    /// </summary>
    public async Task<MapVersion?> LoadVersionBeforeAsync(LoadedWorkshop workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return VersionBefore(workshop.Map) is { } before
            ? await versions.LoadAsync(workshop.Owner, before.WorkshopId, before.Number, cancellationToken)
            : null;
    }

    /// <summary>
    /// <paramref name="older"/> against <paramref name="map"/> as it is, with <paramref name="analysis"/> (its findings now).
    /// A finished map is its latest version (with action status as it is now); a revisit under way is not finished, so it
    /// carries the last finish's time and facilitator, which no output reads (they name only the older version).
    /// </summary>
    public static VersionComparison Of(MapVersion older, JourneyMap map, MapAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(analysis);
        var newer = map.Status == WorkshopStatus.Finished
            ? MapVersion.Of(map, analysis)
            : new MapVersion
            {
                Number = map.MapVersionNumber,
                FinishedAt = map.FinishedAt ?? map.CreatedAt,
                FinishedBy = map.FinishedBy ?? map.Facilitator,
                Map = map,
                Findings = analysis.Findings,
            };
        return VersionComparison.Of(older, newer);
    }
}
