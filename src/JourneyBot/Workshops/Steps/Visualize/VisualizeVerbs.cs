namespace JourneyBot.Workshops.Steps.Visualize;

/// <summary>Every card verb of step 5, spelled <c>subject.action</c>.</summary>
public static class VisualizeVerbs
{
    /// <summary>Show the map card (what the <c>map</c> command posts) drawn from the map as it is now; any step.</summary>
    public const string ShowMap = "map.show";

    /// <summary>End every link to the map made so far (facilitators); the board that answers carries new ones.</summary>
    public const string StopSharing = "map.stopSharing";
}
