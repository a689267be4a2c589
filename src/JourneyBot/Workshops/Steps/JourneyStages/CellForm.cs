using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// What a persona goes through in a stage: the customer's goal, actions, thoughts and questions, pain points. The cell
/// is the team's, so anyone writes it; the form holds the whole text, which is why it opens for one person, off the board.
/// </summary>
public static class CellForm
{
    public const string CustomerGoalInput = "cell.customerGoal";
    public const string ActionsInput = "cell.actions";
    public const string ThoughtsInput = "cell.thoughtsAndQuestions";
    public const string PainPointsInput = "cell.painPoints";

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [JourneyStagesVerbs.EditCell] = _ => ClickAnswer.Show(Build),
        [JourneyStagesVerbs.SaveCell] = SaveCell,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static AdaptiveCard Build(StepView view)
    {
        if (PersonaStage.Find(view.Map, view.Click?.Card.CellId) is not { } pair)
        {
            return FormCard.Gone(view);
        }

        var (map, text, form) = (view.Map, view.Text, view.Form);
        var stored = map.CellFor(pair.Persona.Id, pair.Stage.Id);
        var notes = stored?.Notes;
        var title = text.Format("StagesCellFormTitle",
            CardText.Shown(pair.Persona.Profile.Name, StageCard.ShownNameLength),
            CardText.Shown(text.StageName(map.Template, pair.Stage), StageCard.ShownNameLength));
        List<CardElement> fields =
        [
            CardParts.Note(stored is null ? text["StagesCellShared"] : $"{text["StagesCellShared"]} {text.Format("StagesCellWrittenBy", CardText.Escape(stored.UpdatedBy.Name))}"),
            .. FormFields.Text(form, CustomerGoalInput, "customerGoal", text["StagesCustomerGoalLabel"], Limits.MaxLongTextLength, notes?.CustomerGoal, multiline: true),
            .. FormFields.Text(form, ActionsInput, "actions", text["StagesActionsLabel"], Limits.MaxLongTextLength, notes?.Actions, multiline: true),
            .. FormFields.Text(form, ThoughtsInput, "thoughtsAndQuestions", text["StagesThoughtsLabel"], Limits.MaxLongTextLength, notes?.ThoughtsAndQuestions, multiline: true),
            .. FormFields.Text(form, PainPointsInput, "painPoints", text["StagesPainPointsLabel"], Limits.MaxLongTextLength, notes?.PainPoints, multiline: true),
            new TextBlock(text["StagesCellScoreHeading"]) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Large },
            CardParts.Subtle(text[view.Map.EmotionsRevealed ? "StagesEmotionsRevealed" : "StagesEmotionsPrivate"], Spacing.None),
            .. EmotionScoring.Fields(form, pair.CellId, EmotionScoring.Own(view, pair), required: false),
            new ActionSet([new ExecuteAction(text["StagesBackToStageButton"], JourneyStagesVerbs.OpenStage, StageCard.OpenData(map, pair.Stage.Id))]),
        ];
        return FormCard.Build(view, title, fields,
            new ExecuteAction(text["SaveButton"], JourneyStagesVerbs.SaveCell, ButtonData.For(map, cellId: pair.CellId)) { Style = ActionStyle.Positive });
    }

    /// <summary>
    /// The notes and, when one is chosen, the person's own emotion score, in one save: both or neither, every error of both
    /// at once beside its field. The score stays private (only its author's cards carry it until the reveal).
    /// </summary>
    private static ClickAnswer SaveCell(WorkshopClick click)
    {
        var cellId = click.Card.CellId ?? string.Empty;
        var errors = new List<ValidationError>();
        var (score, word) = EmotionScoring.Read(click.Inputs, cellId, errors);
        var notes = NotesFrom(click.Inputs);
        return ClickAnswer.Apply(
            map => PersonaStage.Find(map, cellId) is { } pair
                ? MapOutcomes.WithInputErrors(map, errors, current => NotesAndScore(current, click, pair, notes, score, word))
                : MapOutcomes.Refused(map, ValidationError.Of("id", ErrorCodes.NotFound, cellId)),
            Build,
            after: StageCard.AfterSave);
    }

    /// <summary>
    /// Writes the notes, then scores. With a score, notes that did not change are not written again, so scoring from the
    /// notes form does not make the person the notes' last writer.
    /// </summary>
    private static MapOutcome NotesAndScore(JourneyMap map, WorkshopClick click, PersonaStage pair, CellNotes notes, int? score, string? word)
    {
        var written = map.WriteCell(click.Actor, pair.Persona.Id, pair.Stage.Id, notes, click.At);
        if (score is not { } chosen)
        {
            return written;
        }

        var before = map.CellFor(pair.Persona.Id, pair.Stage.Id)?.Notes ?? new CellNotes();
        var changed = written.Succeeded && written.Map.CellFor(pair.Persona.Id, pair.Stage.Id)?.Notes != before;
        var scored = (changed ? written.Map : map).ScoreEmotion(click.Actor, pair.Persona.Id, pair.Stage.Id, chosen, word, click.At);
        if (!written.Succeeded || !scored.Succeeded)
        {
            return MapOutcomes.Refused(map, [.. written.Errors.Concat(scored.Errors).DistinctBy(SameReason)]);
        }

        return new MapOutcome { Before = map, Map = scored.Map, Changes = [.. changed ? written.Changes : [], .. scored.Changes] };
    }

    private static string SameReason(ValidationError error) =>
        error.Code is ErrorCodes.NotAllowed or ErrorCodes.NotFound or ErrorCodes.Closed or ErrorCodes.Finished ? error.Code : $"{error.Code}|{error.Field}";

    private static CellNotes NotesFrom(SubmittedInputs inputs) => new()
    {
        CustomerGoal = inputs.Text(CustomerGoalInput),
        Actions = inputs.Text(ActionsInput),
        ThoughtsAndQuestions = inputs.Text(ThoughtsInput),
        PainPoints = inputs.Text(PainPointsInput),
    };
}
