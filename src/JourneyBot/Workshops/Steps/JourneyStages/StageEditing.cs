using System.Collections.Frozen;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// The facilitator's changes to the stages: add a custom one, rename (blank: back to the template's label), move to a
/// position, remove (asking first when notes, scores, touchpoints or KPIs hang on it). The domain refuses anyone else.
/// </summary>
public static class StageEditing
{
    public const string NameInput = "stage.name";
    public const string PositionInput = "stage.position";
    public const string PickInput = "stage.pick";

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [JourneyStagesVerbs.AddStage] = click => ClickAnswer.Apply(
            map => map.AddCustomStage(click.Actor, click.NewItemId("stage"), click.Inputs.Text(NameInput) ?? string.Empty, click.At), StageEditCard.AddForm),
        [JourneyStagesVerbs.EditStage] = _ => ClickAnswer.Show(StageEditCard.Build),
        [JourneyStagesVerbs.RenameStage] = click => ClickAnswer.Apply(map => map.RenameStage(click.Actor, click.Card.StageId ?? string.Empty, click.Inputs.Text(NameInput)), StageEditCard.Build),
        [JourneyStagesVerbs.MoveStage] = MoveStage,
        [JourneyStagesVerbs.RemoveStage] = click => ClickAnswer.Apply(map => map.RemoveStage(click.Actor, click.Card.StageId ?? string.Empty), StageRemovalCard.Build),
        [JourneyStagesVerbs.RemoveStageWithWork] = click => ClickAnswer.Apply(
            map => map.RemoveStage(click.Actor, click.Card.StageId ?? string.Empty, removeDependents: true), StageRemovalCard.Build),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static ClickAnswer MoveStage(WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var position = click.Inputs.WholeNumber(PositionInput, "position", errors);
        return ClickAnswer.Apply(
            map => MapOutcomes.WithInputErrors(map, errors, current => current.MoveStage(click.Actor, click.Card.StageId ?? string.Empty, position ?? 0)),
            StageEditCard.Build);
    }
}
