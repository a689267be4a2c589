namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// Every card verb of step 2, spelled <c>subject.action</c>. The card data names what a button is about: <c>stage</c> or
/// <c>cell</c> (a persona at a stage, <c>{personaId}.{stageId}</c>; see <see cref="Dialog.WorkshopCardData"/>).
/// </summary>
public static class JourneyStagesVerbs
{
    /// <summary>Show <c>stage</c> as one person works on it: per persona, the notes and their own score (data: <c>n</c> = the first persona shown).</summary>
    public const string OpenStage = "stage.open";

    /// <summary>Add a custom stage (facilitators; data: <c>seed</c>).</summary>
    public const string AddStage = "stage.add";

    /// <summary>Show the facilitator's edit card of <c>stage</c>, or of the stage picked in input <c>stage.pick</c>.</summary>
    public const string EditStage = "stage.edit";

    public const string RenameStage = "stage.rename";
    public const string MoveStage = "stage.move";

    /// <summary>Remove <c>stage</c>; refused with inUse (and the confirmation shown) when work hangs on it.</summary>
    public const string RemoveStage = "stage.remove";

    /// <summary>Remove <c>stage</c> with everything that hangs on it, after the confirmation.</summary>
    public const string RemoveStageWithWork = "stage.removeAll";

    /// <summary>Show the notes form of <c>cell</c>.</summary>
    public const string EditCell = "cell.edit";

    public const string SaveCell = "cell.save";

    /// <summary>Save the clicker's own emotion score for <c>cell</c>: private until the reveal.</summary>
    public const string ScoreEmotion = "emotion.score";

    /// <summary>Show everyone's emotion scores as team figures (facilitators).</summary>
    public const string RevealEmotions = "emotion.reveal";
}
