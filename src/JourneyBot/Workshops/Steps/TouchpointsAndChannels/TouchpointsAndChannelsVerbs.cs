namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>
/// Every card verb of step 3, spelled <c>subject.action</c>. The card data names what a button is about: <c>stage</c> or
/// <c>touchpoint</c> (see <see cref="Dialog.WorkshopCardData"/>).
/// </summary>
public static class TouchpointsAndChannelsVerbs
{
    /// <summary>Show the touchpoints of <c>stage</c> and the add form to the clicker (data: <c>n</c> = the page, from 0).</summary>
    public const string OpenStage = "touchpoint.openStage";

    /// <summary>Add a touchpoint to <c>stage</c> (data: <c>seed</c>).</summary>
    public const string AddTouchpoint = "touchpoint.add";

    /// <summary>Show the card of <c>touchpoint</c>: its details to edit and its channel fit to rate.</summary>
    public const string EditTouchpoint = "touchpoint.edit";

    /// <summary>Save the details of <c>touchpoint</c>, and the channel fit when any of its criteria is filled in.</summary>
    public const string SaveTouchpoint = "touchpoint.save";

    /// <summary>
    /// Ask whether to remove <c>touchpoint</c> (from its edit form; also what a row's Remove on an older card does now),
    /// saying how many ratings and notes would go with it.
    /// </summary>
    public const string RemoveTouchpoint = "touchpoint.remove";

    /// <summary>Remove <c>touchpoint</c> alone, from the question; refused with inUse (and the question asked again) when ratings or notes hang on it by then.</summary>
    public const string ConfirmRemoveTouchpoint = "touchpoint.removeConfirmed";

    /// <summary>Remove <c>touchpoint</c> with everything that hangs on it, after the confirmation.</summary>
    public const string RemoveTouchpointWithWork = "touchpoint.removeAll";
}
