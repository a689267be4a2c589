using System.Collections.Frozen;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;
using JourneyBot.Workshops.Steps;

namespace JourneyBot.Workshops.Flow;

/// <summary>
/// Moving through the workshop from its cards: refresh, next, back, go to a step, and the facilitator's settings.
/// Every header change is guarded by the card's version, so two facilitators pressing Next on one card move one step.
/// </summary>
public sealed class WorkshopFlow(WorkshopBoard board) : IWorkshopVerbs
{
    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [WorkshopVerbs.Show] = _ => ClickAnswer.Show(board.Build),
        [WorkshopVerbs.Next] = click => ClickAnswer.Apply(click.Guarded(map => map.NextStep(click.Actor))),
        [WorkshopVerbs.Back] = click => ClickAnswer.Apply(click.Guarded(map => map.PreviousStep(click.Actor))),
        [WorkshopVerbs.Go] = GoToStep,
        [WorkshopVerbs.Settings] = _ => ClickAnswer.Show(view => view.ShowsFacilitatorActions ? SettingsCard.Build(view) : FormCard.NotAllowed(view)),
        [WorkshopVerbs.Rename] = click => ClickAnswer.Apply(
            click.Guarded(map => map.Rename(click.Actor, click.Inputs.Text(SettingsCard.NameInput) ?? string.Empty)), SettingsCard.Build),
        [WorkshopVerbs.Language] = click => ClickAnswer.Apply(
            click.Guarded(map => map.ChangeLanguage(click.Actor, click.Inputs.Text(SettingsCard.LanguageInput) ?? string.Empty)), SettingsCard.Build),
        [WorkshopVerbs.AddCoFacilitator] = AddCoFacilitator,
        [WorkshopVerbs.RemoveCoFacilitator] = click => ClickAnswer.Apply(
            click.Guarded(ErrorsBeside(SettingsCard.RemoveCoFacilitatorField,
                map => map.RemoveCoFacilitator(click.Actor, click.Inputs.Text(SettingsCard.RemoveCoFacilitatorInput) ?? string.Empty))),
            SettingsCard.Build),
        [WorkshopVerbs.Cancel] = _ => ClickAnswer.Show(CancelCard.ForViewer),
        [WorkshopVerbs.ConfirmCancel] = click => ClickAnswer.Apply(click.Guarded(map => map.Cancel(click.Actor)), CancelCard.Build),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static ClickAnswer GoToStep(WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var number = click.Inputs.WholeNumber("go.step", "step", errors) ?? click.Card.Number;
        return ClickAnswer.Apply(click.Guarded(map => MapOutcomes.WithInputErrors(map, errors, m => m.GoToStep(click.Actor, number ?? 0))));
    }

    /// <summary>Co-facilitators are chosen among the people who have contributed: the workshop knows their names.</summary>
    private static ClickAnswer AddCoFacilitator(WorkshopClick click)
    {
        var chosen = click.Inputs.Text(SettingsCard.AddCoFacilitatorInput);
        return ClickAnswer.Apply(
            click.Guarded(ErrorsBeside(SettingsCard.AddCoFacilitatorField, map => SettingsCard.Candidates(map).FirstOrDefault(person => person.AadObjectId == chosen) is { } person
                ? map.AddCoFacilitator(click.Actor, person)
                : MapOutcomes.Refused(map, ValidationError.Of(CoFacilitatorField, chosen is null ? ErrorCodes.Required : ErrorCodes.NotFound, chosen ?? string.Empty)))),
            SettingsCard.Build);
    }

    private const string CoFacilitatorField = "coFacilitator";

    /// <summary>The settings card has two co-facilitator pickers: a refusal shows beside the one that was used.</summary>
    private static Func<JourneyMap, MapOutcome> ErrorsBeside(string field, Func<JourneyMap, MapOutcome> command) => map =>
    {
        var outcome = command(map);
        return outcome.Succeeded
            ? outcome
            : outcome with { Errors = [.. outcome.Errors.Select(error => error.Field == CoFacilitatorField ? error with { Field = field } : error)] };
    };

}
