using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>The facilitator's card for one stage (rename, move, remove), and the add form after a refused add.</summary>
public static class StageEditCard
{
    private const int ShownChoiceLength = 40;

    /// <summary>The stage from the button (a refused save) or the one picked on the board.</summary>
    public static AdaptiveCard Build(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var stageId = view.Click?.Card.StageId ?? view.Click?.Inputs.Text(StageEditing.PickInput);
        var stages = map.StagesInOrder;
        if (stages.FirstOrDefault(candidate => candidate.Id == stageId) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        var label = text.StageName(map.Template, stage);
        var title = text.Format("StagesEditTitle", CardText.Shown(label, StageCard.ShownNameLength));
        if (!view.ShowsFacilitatorActions)
        {
            return new AdaptiveCard([CardParts.Title(title), new TextBlock(text["StagesFacilitatorsOnly"])])
            {
                Actions = [BoardButtons.Back(text, map)],
            };
        }

        var data = ButtonData.For(map, stageId: stage.Id);
        var form = view.Form;
        var fields = new List<CardElement>();
        fields.AddRange(FormFields.Text(form, StageEditing.NameInput, "name", text["StagesNameLabel"], Limits.MaxNameLength, stage.Name,
            required: stage.Key is null, placeholder: stage.Key is null ? null : label));
        if (stage.Key is { } key)
        {
            fields.Add(CardParts.Note(text.Format("StagesTemplateNameHint", text.StageName(map.Template, key)), Spacing.None));
        }

        fields.Add(new ActionSet([new ExecuteAction(text["StagesSaveNameButton"], JourneyStagesVerbs.RenameStage, data) { Style = ActionStyle.Positive }]));
        fields.AddRange(FormFields.Choice(form, StageEditing.PositionInput, "position", text["StagesPositionLabel"],
            [.. stages.Select((other, index) => new Choice(
                text.Format("StagesRowName", index + 1, CardText.Shorten(text.StageName(map.Template, other), ShownChoiceLength)),
                (index + 1).ToString(CultureInfo.InvariantCulture)))],
            (stages.Select(other => other.Id).ToList().IndexOf(stage.Id) + 1).ToString(CultureInfo.InvariantCulture)));
        fields.Add(new ActionSet([new ExecuteAction(text["StagesMoveButton"], JourneyStagesVerbs.MoveStage, data)]));
        return FormCard.Build(view, title, fields, new ExecuteAction(text["StagesRemoveButton"], JourneyStagesVerbs.RemoveStage, data) { Style = ActionStyle.Destructive });
    }

    /// <summary>The add form on its own, after a refused add: the name kept, the error beside it, the same seed.</summary>
    public static AdaptiveCard AddForm(StepView view) => FormCard.Build(view, view.Text["StagesAddTitle"],
        Fields(view.Form),
        new ExecuteAction(view.Text["AddButton"], JourneyStagesVerbs.AddStage, ButtonData.For(view.Map, seed: view.Click?.Card.Seed)) { Style = ActionStyle.Positive });

    /// <summary>The name of a new stage, as the board's folded add form and <see cref="AddForm"/> both show it.</summary>
    public static IEnumerable<CardElement> Fields(FormState form) =>
        FormFields.Text(form, StageEditing.NameInput, "name", form.Text["StagesNameLabel"], Limits.MaxNameLength, required: true,
            placeholder: form.Text["StagesNamePlaceholder"]);
}
