namespace JourneyBot.Workshop;

/// <summary>What the map describes (docs/method.md, Step 1: 지도 유형).</summary>
public enum MapType
{
    CurrentState,
    FutureState,
    BuyersJourney,
}

/// <summary>Where a workshop is in its life.</summary>
public enum WorkshopStatus
{
    Active,
    Cancelled,
    Completed,

    /// <summary>Step 7 finished and saved as a version: read-only except action status, until a revisit.</summary>
    Finished,
}

/// <summary>The languages the bot speaks; a workshop speaks one of them.</summary>
public static class WorkshopLanguages
{
    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Korean.</summary>
    public const string Korean = "ko";

    /// <summary>Both, in the order a language picker shows them.</summary>
    public static IReadOnlyList<string> All { get; } = [English, Korean];
}
