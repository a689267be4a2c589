namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>The card verbs of step 3; the data's <c>item</c> is the stage (stage card, add) or the touchpoint (the rest).</summary>
public static class TouchpointVerbs
{
    /// <summary>Show one stage's touchpoints and the add form to the clicker (data: <c>n</c> = the page, from 0).</summary>
    public const string Stage = "touchpoint.stage";

    public const string Add = "touchpoint.add";
    /// <summary>Show the touchpoint's card: its details to edit and its channel fit to rate.</summary>
    public const string Edit = "touchpoint.edit";

    /// <summary>Save the details, and the channel fit when any of its criteria is filled in.</summary>
    public const string Save = "touchpoint.save";

    /// <summary>Remove; refused with inUse (and the confirmation shown) when ratings or notes hang on it.</summary>
    public const string Remove = "touchpoint.remove";

    /// <summary>Remove with everything that hangs on it, after the confirmation.</summary>
    public const string RemoveAll = "touchpoint.remove.all";
}
