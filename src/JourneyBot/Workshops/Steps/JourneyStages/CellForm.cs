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
        [JourneyStagesVerbs.SaveCell] = click => ClickAnswer.Apply(
            map => PersonaStage.Find(map, click.Card.CellId) is { } pair
                ? map.WriteCell(click.Actor, pair.Persona.Id, pair.Stage.Id, NotesFrom(click.Inputs), click.At)
                : MapOutcomes.Refused(map, ValidationError.Of("id", ErrorCodes.NotFound, click.Card.CellId ?? string.Empty)),
            Build),
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
            new ActionSet([new ExecuteAction(text["StagesBackToStageButton"], JourneyStagesVerbs.OpenStage, StageCard.OpenData(map, pair.Stage.Id))]),
        ];
        return FormCard.Build(view, title, fields,
            new ExecuteAction(text["SaveButton"], JourneyStagesVerbs.SaveCell, ButtonData.For(map, cellId: pair.CellId)) { Style = ActionStyle.Positive });
    }

    private static CellNotes NotesFrom(SubmittedInputs inputs) => new()
    {
        CustomerGoal = inputs.Text(CustomerGoalInput),
        Actions = inputs.Text(ActionsInput),
        ThoughtsAndQuestions = inputs.Text(ThoughtsInput),
        PainPoints = inputs.Text(PainPointsInput),
    };
}
