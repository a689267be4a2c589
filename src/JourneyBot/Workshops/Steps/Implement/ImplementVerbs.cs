namespace JourneyBot.Workshops.Steps.Implement;

/// <summary>
/// Every card verb of step 7, spelled <c>subject.action</c>. The card data names the action item (<c>action</c>), the
/// shortlisted idea an action is made from (<c>idea</c>), a page (<c>n</c>) or a new item's seed (<c>seed</c>).
/// </summary>
public static class ImplementVerbs
{
    /// <summary>The add form (data: <c>seed</c>, and <c>idea</c> when it is made from a shortlisted idea: its title filled in).</summary>
    public const string NewAction = "action.new";

    /// <summary>Add the action typed in the add form (data: <c>seed</c>, maybe <c>idea</c>).</summary>
    public const string AddAction = "action.add";

    /// <summary>Show the edit form of <c>action</c> (its author, its owner or a facilitator).</summary>
    public const string EditAction = "action.edit";

    public const string SaveAction = "action.save";

    /// <summary>Ask whether to remove <c>action</c>, from its edit form.</summary>
    public const string RemoveAction = "action.remove";

    /// <summary>Remove <c>action</c> after the question.</summary>
    public const string ConfirmRemoveAction = "action.removeConfirmed";

    /// <summary>The status form of <c>action</c> (its owner or a facilitator).</summary>
    public const string ChangeStatus = "action.status";

    /// <summary>Save the status chosen for <c>action</c>.</summary>
    public const string SaveStatus = "action.saveStatus";

    /// <summary>Every action item in plan order, a page at a time (data: <c>n</c>).</summary>
    public const string ListActions = "action.list";
}
