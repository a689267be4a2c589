using System.Collections.Concurrent;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// The last load of each workshop this instance made a moment ago, so a board redraw in a group can use it instead of
/// reading the workshop once more: in a burst of clicks the next person's click has usually loaded it already. A load
/// counts only when it began after every save to that workshop this instance has finished (so it saw them all), and
/// only for <see cref="MaxAge"/>. Saves by other instances are not known here; their own redraws show them, as they
/// would with a read (the last redraw sent wins in either case).
/// </summary>
public sealed class RecentLoads(TimeProvider time)
{
    /// <summary>How long a load may stand in for a read: a few of the connector's coalescing windows.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Past this many workshops, entries older than <see cref="MaxAge"/> are dropped at the next load: each holds a whole
    /// map (megabytes for the largest), so few stale ones are kept; workshops in use within the age stay whatever the count.
    /// </summary>
    private const int MaxWorkshops = 64;

    private readonly ConcurrentDictionary<string, Entry> _workshops = new(StringComparer.Ordinal);
    private long _sequence;

    /// <summary>A load is about to be sent: the mark <see cref="Loaded"/> needs.</summary>
    public LoadMark Begin() => new(Interlocked.Increment(ref _sequence), time.GetUtcNow());

    /// <summary>
    /// The load that began at <paramref name="began"/> read <paramref name="map"/>, of <paramref name="owner"/> (a workshop
    /// just created counts as loaded: it is all this instance wrote, and nothing else can have been written to it before).
    /// </summary>
    public void Loaded(LoadMark began, JourneyMap map, WorkshopOwner owner)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(owner);
        var now = time.GetUtcNow();
        if (now - began.At > MaxAge)
        {
            // Too old to stand in for a read; and a save it missed may have been forgotten meanwhile.
            return;
        }

        var loaded = new Load(map, owner);
        _workshops.AddOrUpdate(
            map.Id,
            static (_, state) => new Entry(state.loaded, state.began.Sequence, SavedAt: 0, state.began.At),
            static (_, known, state) => state.began.Sequence > known.LoadBegan
                ? known with { Loaded = state.loaded, LoadBegan = state.began.Sequence, At = state.began.At }
                : known,
            (loaded, began));
        if (_workshops.Count > MaxWorkshops)
        {
            Forget(now);
        }
    }

    /// <summary>A write to workshop <paramref name="workshopId"/> finished (or failed: either way, loads before now may not have seen it).</summary>
    public void Saved(string workshopId)
    {
        var savedAt = Interlocked.Increment(ref _sequence);
        _workshops.AddOrUpdate(
            workshopId,
            static (_, state) => new Entry(null, 0, state.savedAt, state.at),
            static (_, known, state) => known with { SavedAt = Math.Max(known.SavedAt, state.savedAt) },
            (savedAt, at: time.GetUtcNow()));
    }

    /// <summary>The map as a load begun after the last save this instance finished read it, when it began at most <see cref="MaxAge"/> ago.</summary>
    public JourneyMap? Fresh(WorkshopOwner owner, string workshopId)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return _workshops.TryGetValue(workshopId, out var entry)
            && entry is { Loaded: { } load } && entry.LoadBegan > entry.SavedAt && load.Owner.Owns(owner)
            && time.GetUtcNow() - entry.At <= MaxAge
                ? load.Map
                : null;
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (workshopId, entry) in _workshops)
        {
            if (now - entry.At > MaxAge)
            {
                _workshops.TryRemove(KeyValuePair.Create(workshopId, entry));
            }
        }
    }

    /// <summary>When (in this instance's order of loads and saves, and on the clock) a load began.</summary>
    public readonly record struct LoadMark(long Sequence, DateTimeOffset At);

    /// <summary>A workshop's last load (null when only a save is known), when it began, and the last save finished since.</summary>
    private sealed record Entry(Load? Loaded, long LoadBegan, long SavedAt, DateTimeOffset At);

    /// <summary>A map as loaded, and the conversation it belongs to.</summary>
    private sealed record Load(JourneyMap Map, WorkshopOwner Owner);
}
