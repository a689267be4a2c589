using JourneyBot.Cards;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>Every goal, a page at a time, for one person: the board shows the first ten, and no goal is out of reach.</summary>
public static class GoalList
{
    public const int PageSize = 10;

    public static AdaptiveCard Card(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var page = ItemPage.For(map.Goals.Count, PageSize, view.Click?.Card.Number);
        var body = new List<CardElement>
        {
            CardParts.Title(text.Format("GoalListTitle", map.Goals.Count, page.Number + 1, page.Count)),
        };
        body.AddRange(page.Of(map.Goals, PageSize)
            .Select(goal => GoalsSection.Row(view, goal)));
        return new AdaptiveCard(body)
        {
            Actions = [.. page.Buttons(view, GoalsAndPersonasVerbs.ListGoals), BoardButtons.Back(text, map)],
        };
    }
}
