namespace JourneyBot.Workshop;

/// <summary>Something a participant put on the map: who, when, and the id storage keys it by.</summary>
public interface IContribution
{
    /// <summary>The id, unique among items of its kind in one workshop.</summary>
    string Id { get; }

    /// <summary>Who added it; they (or a facilitator) may change or remove it.</summary>
    Participant Author { get; }

    /// <summary>When it was added, as the caller's clock said.</summary>
    DateTimeOffset CreatedAt { get; }
}
