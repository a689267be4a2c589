using JourneyBot.Cards;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// The question before a persona goes with others' work: its stage notes and emotion scores (the domain refuses with
/// inUse until asked). Counted from the stored map, so the numbers are the ones that would go.
/// </summary>
public static class PersonaRemoval
{
    /// <summary>
    /// The question Remove… on the persona's card asks first (<see cref="RemoveQuestion"/>): Remove tries, and a persona with
    /// work on it then gets <see cref="Card"/>; Keep goes back to the persona's card.
    /// </summary>
    public static AdaptiveCard Question(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var map = view.Map;
        return map.Personas.FirstOrDefault(persona => persona.Id == view.Click?.Card.PersonaId) is not { } persona ? FormCard.Gone(view)
            : !view.MayChange(persona) ? FormCard.NotAllowed(view)
            : RemoveQuestion.Card(view, persona.Profile.Name, GoalsAndPersonasVerbs.ConfirmRemovePersona, GoalsAndPersonasVerbs.OpenPersona, ButtonData.For(map, personaId: persona.Id));
    }

    public static AdaptiveCard Card(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        if (map.Personas.FirstOrDefault(persona => persona.Id == view.Click?.Card.PersonaId) is not { } persona)
        {
            return FormCard.Gone(view);
        }

        var cells = map.Cells.Count(cell => cell.PersonaId == persona.Id);
        var scores = map.EmotionScores.Count(score => score.PersonaId == persona.Id);
        var data = ButtonData.For(map, personaId: persona.Id);
        return new AdaptiveCard(
        [
            CardParts.Title(text.Format("PersonaRemoveTitle", CardText.Escape(persona.Profile.Name))),
            new TextBlock(text.Format("PersonaRemoveExplained", text.Counted("PersonaRemoveNotes", cells, cells), text.Counted("PersonaRemoveScores", scores, scores))),
        ])
        {
            Actions =
            [
                new ExecuteAction(text["PersonaRemoveAllButton"], GoalsAndPersonasVerbs.RemovePersonaWithWork, data) { Style = ActionStyle.Destructive },
                BoardButtons.Back(text, map),
            ],
        };
    }
}
