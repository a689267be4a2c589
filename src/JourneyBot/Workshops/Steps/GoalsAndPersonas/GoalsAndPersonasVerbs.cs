namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// Every card verb of step 1, spelled <c>subject.action</c>. The card data names what a button is about: <c>goal</c> or
/// <c>persona</c> (see <see cref="Dialog.WorkshopCardData"/>); <c>n</c> is a page or a persona section.
/// </summary>
public static class GoalsAndPersonasVerbs
{
    /// <summary>Add the goal typed in the folded form (data: <c>seed</c>).</summary>
    public const string AddGoal = "goal.add";

    /// <summary>Show the edit form of <c>goal</c>.</summary>
    public const string EditGoal = "goal.edit";

    public const string SaveGoal = "goal.save";

    /// <summary>Ask whether to remove <c>goal</c> (from its edit form; also what a row's Remove on an older board does now).</summary>
    public const string RemoveGoal = "goal.remove";

    /// <summary>Remove <c>goal</c>, from the question <see cref="RemoveGoal"/> asked.</summary>
    public const string ConfirmRemoveGoal = "goal.removeConfirmed";

    /// <summary>Every goal, a page at a time (data: <c>n</c> = the page).</summary>
    public const string ListGoals = "goal.list";

    /// <summary>Add a persona from the key fields on the board (data: <c>seed</c>).</summary>
    public const string AddPersona = "persona.add";

    /// <summary>Add the method's example personas, translated into the workshop's language, all or none.</summary>
    public const string LoadExamplePersonas = "persona.loadExamples";

    /// <summary>Show every attribute group of <c>persona</c>.</summary>
    public const string OpenPersona = "persona.open";

    /// <summary>Show the form of one attribute group of <c>persona</c> (data: <c>n</c> = the section).</summary>
    public const string EditPersonaSection = "persona.editSection";

    /// <summary>Save one attribute group of <c>persona</c> (data: <c>n</c> = the section).</summary>
    public const string SavePersonaSection = "persona.save";

    /// <summary>Ask whether to remove <c>persona</c> (from its details card; nothing changes until it is confirmed).</summary>
    public const string RemovePersona = "persona.remove";

    /// <summary>Remove <c>persona</c> after the question; refused with inUse (and the confirmation with its work shown) when work hangs on it.</summary>
    public const string ConfirmRemovePersona = "persona.removeConfirmed";

    /// <summary>Remove <c>persona</c> with everything that hangs on it, after the confirmation.</summary>
    public const string RemovePersonaWithWork = "persona.removeAll";

    /// <summary>Every persona, a page at a time (data: <c>n</c> = the page).</summary>
    public const string ListPersonas = "persona.list";
}
