using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// One persona for one person: every attribute group of docs/method.md (Step 1) with what is filled in, and an Edit button per
/// section for its author and the facilitators. Long text is shortened here; the section's form shows it whole.
/// </summary>
public static class PersonaDetails
{
    /// <summary>Free text cut to this many characters, so a persona filled to every limit stays under 28 KB.</summary>
    private const int ShownLongTextLength = 300;

    public static AdaptiveCard Card(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        if (map.Personas.FirstOrDefault(persona => persona.Id == view.Click?.Card.PersonaId) is not { } persona)
        {
            return FormCard.Gone(view);
        }

        var mayChange = map.Status == WorkshopStatus.Active && view.MayChange(persona);
        var body = new List<CardElement>(FormCard.Heading(view, CardText.Escape(persona.Profile.Name)))
        {
            CardParts.Note(text.Format("PersonaAddedBy", CardText.Escape(persona.Author.Name)), Spacing.None),
        };
        foreach (var section in PersonaSections.InOrder)
        {
            body.AddRange(Section(view, persona, section, mayChange));
        }

        return new AdaptiveCard(body)
        {
            Actions = mayChange
                ? [BoardButtons.Back(text, map), RemoveQuestion.Button(text, GoalsAndPersonasVerbs.RemovePersona, ButtonData.For(map, personaId: persona.Id))]
                : [BoardButtons.Back(text, map)],
        };
    }

    private static IEnumerable<CardElement> Section(StepView view, Persona persona, PersonaSection section, bool mayChange)
    {
        var (map, text) = (view.Map, view.Text);
        var name = PersonaSections.Name(text, section);
        yield return new TextBlock(name) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium };
        var facts = Facts(view, persona.Profile, section).ToList();
        yield return facts.Count == 0
            ? CardParts.Note(text["PersonaSectionEmpty"], Spacing.Small)
            : new FactSet(facts) { Spacing = Spacing.Small };
        if (mayChange)
        {
            var data = ButtonData.For(map, personaId: persona.Id, number: (int)section);
            yield return new ActionSet([new ExecuteAction(text.Format("PersonaEditSectionButton", name), GoalsAndPersonasVerbs.EditPersonaSection, data)]) { Spacing = Spacing.Small };
        }
    }

    /// <summary>The section's filled fields (the name is the card's title, so it is not repeated), escaped.</summary>
    private static IEnumerable<Fact> Facts(StepView view, PersonaProfile profile, PersonaSection section)
    {
        var text = view.Text;
        foreach (var field in PersonaSections.Fields(section).Where(field => field.Path != PersonaField.Name.Path))
        {
            if (field.Read(profile) is { } value)
            {
                yield return new Fact(text[field.LabelKey], CardText.Shown(value, ShownLongTextLength));
            }
        }

        if (PersonaSections.HasResearchSources(section) && profile.ResearchSources != ResearchSources.None)
        {
            yield return new Fact(text["PersonaField.researchSources"], text.ResearchSourceNames(profile.ResearchSources));
        }
    }
}
