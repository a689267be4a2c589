using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// One section of a persona as a form (the button's number names the section). Saving replaces that section's fields in
/// the persona as stored when the save runs, so two people editing different sections never undo each other.
/// </summary>
public static class PersonaSectionForm
{
    public static AdaptiveCard Card(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        if (map.Personas.FirstOrDefault(persona => persona.Id == view.Click?.Card.PersonaId) is not { } persona
            || PersonaSections.From(view.Click?.Card.Number) is not { } section)
        {
            return FormCard.Gone(view);
        }

        var profile = persona.Profile;
        var fields = PersonaSections.Fields(section).SelectMany(field => FormFields.Text(
            view.Form, field.InputId, field.Path, text[field.LabelKey], field.MaxLength, field.Read(profile), required: field.Required, multiline: field.Multiline));
        if (PersonaSections.HasResearchSources(section))
        {
            fields = fields.Concat(PersonaSections.ResearchSourcesInputFor(view.Form, profile.ResearchSources));
        }

        var title = text.Format("PersonaSectionTitle", PersonaSections.Name(text, section), CardText.Escape(profile.Name));
        var data = ButtonData.For(map, personaId: persona.Id, number: (int)section);
        return FormCard.Build(view, title, fields, new ExecuteAction(text["SaveButton"], GoalsAndPersonasVerbs.SavePersonaSection, data) { Style = ActionStyle.Positive });
    }

    public static Func<JourneyMap, MapOutcome> Command(WorkshopClick click)
    {
        ArgumentNullException.ThrowIfNull(click);
        var id = click.Card.PersonaId ?? string.Empty;
        if (PersonaSections.From(click.Card.Number) is not { } section)
        {
            return map => MapOutcomes.Refused(map, ValidationError.Of("section", ErrorCodes.Invalid, click.Card.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
        }

        return map =>
        {
            if (map.Personas.FirstOrDefault(persona => persona.Id == id) is not { } persona)
            {
                return MapOutcomes.Refused(map, ValidationError.Of("id", ErrorCodes.NotFound, id));
            }

            var inputErrors = new List<ValidationError>();
            var profile = PersonaSections.Write(section, persona.Profile, click.Inputs, inputErrors);
            return MapOutcomes.WithInputErrors(map, inputErrors, current => current.EditPersona(click.Actor, id, profile));
        };
    }
}
