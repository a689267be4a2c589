namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>
/// Every card verb of step 4, spelled <c>subject.action</c>. The card data names what a button is about: <c>stage</c>,
/// <c>kpi</c>, <c>touchpoint</c> or <c>note</c> (an evidence note; see <see cref="Dialog.WorkshopCardData"/>).
/// </summary>
public static class FeedbackAndDataVerbs
{
    /// <summary>Show the data card of <c>stage</c>: its KPIs, satisfaction per touchpoint and evidence notes.</summary>
    public const string OpenStage = "feedback.openStage";

    /// <summary>Add a KPI to <c>stage</c> (data: <c>seed</c>).</summary>
    public const string AddKpi = "kpi.add";

    /// <summary>Show the edit form of <c>kpi</c>.</summary>
    public const string EditKpi = "kpi.edit";

    public const string SaveKpi = "kpi.save";

    /// <summary>Ask whether to remove <c>kpi</c> (from its edit form; also what a row's Remove on an older card does now).</summary>
    public const string RemoveKpi = "kpi.remove";

    /// <summary>Remove <c>kpi</c>, from the question <see cref="RemoveKpi"/> asked.</summary>
    public const string ConfirmRemoveKpi = "kpi.removeConfirmed";

    /// <summary>The KPIs of <c>stage</c> alone, at the page in <c>n</c>.</summary>
    public const string OpenKpiPage = "kpi.openPage";

    /// <summary>Rate a touchpoint of <c>stage</c> (inputs: the touchpoint and the score; <c>n</c>: the page rated from).</summary>
    public const string RateSatisfaction = "satisfaction.rate";

    /// <summary>
    /// Withdraw the clicker's own rating of <c>touchpoint</c>: the rating's id is made from whoever presses, so a button
    /// passed on to someone else withdraws nothing of the first person's.
    /// </summary>
    public const string WithdrawSatisfaction = "satisfaction.withdraw";

    /// <summary>The touchpoints of <c>stage</c> alone with their satisfaction, at the page in <c>n</c>.</summary>
    public const string OpenSatisfactionPage = "satisfaction.openPage";

    /// <summary>Add an evidence note about <c>stage</c> or one of its touchpoints (input <c>evidence.target</c>; data: <c>seed</c>).</summary>
    public const string AddNote = "evidence.add";

    /// <summary>Show the edit form of <c>note</c>.</summary>
    public const string EditNote = "evidence.edit";

    public const string SaveNote = "evidence.save";

    /// <summary>Ask whether to remove <c>note</c> (from its edit form; also what a row's Remove on an older card does now).</summary>
    public const string RemoveNote = "evidence.remove";

    /// <summary>Remove <c>note</c>, from the question <see cref="RemoveNote"/> asked.</summary>
    public const string ConfirmRemoveNote = "evidence.removeConfirmed";

    /// <summary>The evidence notes of <c>stage</c> alone, at the page in <c>n</c>.</summary>
    public const string OpenNotePage = "evidence.openPage";
}
