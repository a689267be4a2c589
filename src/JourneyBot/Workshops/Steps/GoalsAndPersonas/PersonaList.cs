using JourneyBot.Cards;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>Every persona, a page at a time, for one person: the board shows the first few, and no persona is out of reach.</summary>
public static class PersonaList
{
    public const int PageSize = 12;

    public static AdaptiveCard Card(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        var page = ItemPage.For(map.Personas.Count, PageSize, view.Click?.Card.Number);
        var body = new List<CardElement>(FormCard.Heading(view, text.Format("PersonaListTitle", map.Personas.Count, page.Number + 1, page.Count)));
        body.AddRange(page.Of(map.Personas, PageSize).Select(persona => PersonaRow.For(view, persona)));
        return new AdaptiveCard(body)
        {
            Actions = [.. page.Buttons(view, GoalsAndPersonasVerbs.ListPersonas), BoardButtons.Back(text, map)],
        };
    }
}
