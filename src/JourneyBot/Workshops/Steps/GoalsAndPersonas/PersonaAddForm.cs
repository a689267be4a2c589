using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// Adding a persona: a name and the few fields a team knows first, folded on the board. The rest of the profile is
/// filled in afterwards, one section at a time, from the persona's detail card.
/// </summary>
public static class PersonaAddForm
{
    /// <summary>The fields of the add form, in order.</summary>
    public static IReadOnlyList<PersonaField> Fields { get; } =
        [PersonaField.Name, PersonaField.JobTitle, PersonaField.Goals, PersonaField.PainPoints, PersonaField.PreferredChannels];

    /// <summary>The Add button of the board: the form opens in place, empty (the board never carries someone's refused input).</summary>
    public static ShowCardAction Folded(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = view.Text;
        return new ShowCardAction(text["PersonaAddButton"], FormFields.Inner(
            [CardParts.Note(text["PersonasIntro"]), .. Inputs(view.Form with { Submitted = null, Errors = [] })],
            [new ExecuteAction(text["AddButton"], GoalsAndPersonasVerbs.AddPersona, ButtonData.For(view.Map, seed: ItemIds.NewId())) { Style = ActionStyle.Positive }]));
    }

    /// <summary>The add form on its own, after a refused add: what was typed kept, each error beside its field, the same seed.</summary>
    public static AdaptiveCard Card(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return FormCard.Build(view, view.Text["PersonaAddButton"], Inputs(view.Form),
            new ExecuteAction(view.Text["AddButton"], GoalsAndPersonasVerbs.AddPersona, ButtonData.For(view.Map, seed: view.Click?.Card.Seed)) { Style = ActionStyle.Positive });
    }

    public static Func<JourneyMap, MapOutcome> Command(WorkshopClick click)
    {
        ArgumentNullException.ThrowIfNull(click);
        var profile = Fields.Aggregate(new PersonaProfile { Name = string.Empty }, (changed, field) => field.Write(changed, click.Inputs.Text(field.InputId)));
        var id = click.NewItemId("persona");

        // The same person pressing Add again on the same card: only "already saved", not also "name taken" by their own persona.
        return map => map.Personas.Any(persona => persona.Id == id)
            ? MapOutcomes.Refused(map, ValidationError.Of("id", ErrorCodes.Duplicate, id))
            : map.AddPersona(click.Actor, id, profile, click.At);
    }

    private static IEnumerable<CardElement> Inputs(FormState form) => Fields.SelectMany(field => FormFields.Text(
        form, field.InputId, field.Path, form.Text[field.LabelKey], field.MaxLength, required: field.Required, multiline: field.Multiline,
        placeholder: field.Required ? form.Text["PersonaNamePlaceholder"] : null));
}
