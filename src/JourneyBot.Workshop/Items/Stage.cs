namespace JourneyBot.Workshop;

/// <summary>A column of the map (step 2): a template stage known by its key, or a custom one known by its name.</summary>
public sealed record Stage : IContribution
{
    /// <summary>For template stages, the key itself (e.g. "awareness"); for custom ones, the caller's id.</summary>
    public required string Id { get; init; }

    /// <summary>The template key (see <see cref="StageKeys"/>), or null for a custom stage.</summary>
    public string? Key { get; init; }

    /// <summary>The team's name for it; null for a template stage not renamed, which the app labels by its key.</summary>
    public string? Name { get; init; }

    /// <summary>1-based place in the journey; the map keeps positions 1..n without gaps.</summary>
    public required int Position { get; init; }

    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
