using JourneyBot.Cards;

namespace JourneyBot.Workshops.Steps.Personas;

/// <summary>Every persona, a page at a time, for one person: the board shows the first few, and no persona is out of reach.</summary>
public static class PersonaList
{
    public const int PageSize = 12;

    public static AdaptiveCard Card(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        var pages = Math.Max(1, (map.Personas.Count + PageSize - 1) / PageSize);
        var page = Math.Min(view.Click?.Card.Number ?? 0, pages - 1);
        var body = new List<CardElement>(PersonaCardHeading.For(view, text.Format("PersonaListTitle", map.Personas.Count, page + 1, pages)));
        body.AddRange(map.Personas.Skip(page * PageSize).Take(PageSize).Select(persona => PersonaRow.For(view, persona)));

        var actions = new List<CardAction>();
        if (page > 0)
        {
            actions.Add(new ExecuteAction(text["PersonaListPrevious"], PersonasSection.List, (WorkshopCardData.For(map) with { Number = page - 1 }).ToJson()));
        }

        if (page < pages - 1)
        {
            actions.Add(new ExecuteAction(text["PersonaListNext"], PersonasSection.List, (WorkshopCardData.For(map) with { Number = page + 1 }).ToJson()));
        }

        actions.Add(new ExecuteAction(text["BackToBoardButton"], WorkshopVerbs.Show, WorkshopCardData.For(map).ToJson()));
        return new AdaptiveCard(body) { Actions = actions };
    }
}
