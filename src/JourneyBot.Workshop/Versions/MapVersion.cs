namespace JourneyBot.Workshop;

/// <summary>
/// A finished map as it stood (step 7): version <see cref="Number"/>, when and by whom it was finished, the whole map, and
/// what step 6's analysis found on it at that moment (findings are computed, so they are kept as they were then).
/// </summary>
public sealed record MapVersion
{
    /// <summary>1 for the first finish, one more after each revisit (<see cref="JourneyMap.MapVersionNumber"/>).</summary>
    public required int Number { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public required Participant FinishedBy { get; init; }

    /// <summary>The whole map, items and all, as it was finished.</summary>
    public required JourneyMap Map { get; init; }

    /// <summary>Step 6's findings on <see cref="Map"/> when it was finished, in the analysis' order.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>The action items as they were finished.</summary>
    public IReadOnlyList<ActionItem> Actions => Map.Actions;

    /// <summary>
    /// The version a finished map makes: <paramref name="finished"/> must be the map a successful <see cref="JourneyMap.Finish"/>
    /// returned (its number, time and facilitator come from it); <paramref name="analysis"/> is the analysis of that map.
    /// </summary>
    public static MapVersion Of(JourneyMap finished, MapAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(finished);
        ArgumentNullException.ThrowIfNull(analysis);
        if (finished.Status != WorkshopStatus.Finished || finished.FinishedAt is not { } at || finished.FinishedBy is not { } by)
        {
            throw new ArgumentException("Only a finished map makes a version.", nameof(finished));
        }

        return new MapVersion { Number = finished.MapVersionNumber, FinishedAt = at, FinishedBy = by, Map = finished, Findings = analysis.Findings };
    }
}

/// <summary>A version as a list shows it, without its map: what listing the versions reads.</summary>
public sealed record MapVersionSummary(int Number, DateTimeOffset FinishedAt, Participant FinishedBy);
