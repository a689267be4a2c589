using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// Asks before a stage goes with the work that hangs on it (the domain refused with inUse): how many items, of which
/// kinds, and a button that removes them all. Any other refusal of a removal comes back as the stage's edit card.
/// </summary>
public static class StageRemovalCard
{
    public static AdaptiveCard Build(StepView view)
    {
        if (!view.Errors.Any(error => error.Code == ErrorCodes.InUse))
        {
            return StageEditCard.Build(view);
        }

        var (map, text) = (view.Map, view.Text);
        if (map.Stages.FirstOrDefault(candidate => candidate.Id == view.Click?.Card.StageId) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        // Counted on the stored map, so the question states what the button will really remove now.
        var dependents = map.DependentsOf(ItemKind.Stage, stage.Id);
        var kinds = dependents
            .GroupBy(dependent => dependent.Item)
            .OrderBy(group => group.Key)
            .Select(group => new Fact(text[DependentLabel(group.Key)], group.Count().ToString("#,0", CultureInfo.InvariantCulture)))
            .ToArray();
        var title = text.Format("StagesRemoveTitle", CardText.Shown(text.StageName(map.Template, stage), StageCard.ShownNameLength));
        List<CardElement> fields = [new TextBlock(text.Counted("StagesRemoveDependents", dependents.Count, dependents.Count))];
        if (kinds.Length > 0)
        {
            fields.Add(new FactSet(kinds));
        }

        var confirm = new ExecuteAction(text.Counted("StagesRemoveAllButton", dependents.Count, dependents.Count), JourneyStagesVerbs.RemoveStageWithWork,
            ButtonData.For(map, stageId: stage.Id)) { Style = ActionStyle.Destructive };

        // The count is stated above in full; the error's own sentence would only repeat it.
        return FormCard.Build(view with { Errors = [.. view.Errors.Where(error => error.Code != ErrorCodes.InUse)] }, title, fields, confirm);
    }

    /// <summary>The kind's plural label, as its declaration names it (<see cref="ItemKindDeclaration.LabelKey"/>).</summary>
    private static string DependentLabel(ItemKind kind) => ItemKinds.Of(kind).LabelKey;
}
