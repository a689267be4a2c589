namespace JourneyBot.Workshops.Versions;

/// <summary>The Action.Execute verbs of step 7's finishing, revisits and versions (docs/method.md, Step 7).</summary>
public static class VersionsVerbs
{
    /// <summary>Show the facilitator the finish form (the revisit cadence); nothing changes yet.</summary>
    public const string OpenFinish = "finish.open";

    /// <summary>Save the map as its next version, then finish it with the cadence chosen in <c>revisit.cadence</c> / <c>revisit.date</c>.</summary>
    public const string Finish = "finish.confirm";

    /// <summary>Show the form to change the revisit cadence of a finished map.</summary>
    public const string OpenPlan = "revisit.plan";

    public const string ChangePlan = "revisit.changePlan";

    /// <summary>
    /// Start the next version from the finished map, at step 1. Also on the reminder card (i-reminders), which is not the board:
    /// the clicked message becomes the board, as after any click.
    /// </summary>
    public const string StartRevisit = "revisit.start";

    /// <summary>List the versions, with two pickers to compare any two.</summary>
    public const string ShowVersions = "versions.show";

    /// <summary>Show the facilitator the form to start a future-state map from this current-state one.</summary>
    public const string OpenFuture = "future.open";

    /// <summary>Start the future-state map (data: <c>seed</c> = its id; input <c>future.name</c>); it becomes the conversation's active workshop.</summary>
    public const string StartFuture = "future.start";

    /// <summary>Compare the versions chosen in <c>versions.older</c> and <c>versions.newer</c>.</summary>
    public const string Compare = "versions.compare";
}
