using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Forms;

/// <summary>One contribution on a board: its text, who added it, and Edit / Remove for those who may (everyone, on the shared board).</summary>
public static class ItemRow
{
    /// <param name="shown">The item's text, already escaped and shortened.</param>
    /// <param name="about">The data naming the item for its buttons (e.g. <c>WorkshopCardData.For(map) with { GoalId = goal.Id }</c>).</param>
    public static CardElement For(StepView view, IContribution item, string shown, string editVerb, string removeVerb, WorkshopCardData about)
    {
        var (map, text) = (view.Map, view.Text);
        var items = new List<CardElement>
        {
            new TextBlock($"{shown} — {CardText.Escape(item.Author.Name)}") { Spacing = Spacing.Small },
        };
        var mayChange = view.MayChange(item);
        if (map.Status == WorkshopStatus.Active && mayChange)
        {
            var data = about.ToJson();
            items.Add(new ActionSet(
            [
                new ExecuteAction(text["EditButton"], editVerb, data),
                new ExecuteAction(text["RemoveButton"], removeVerb, data) { Style = ActionStyle.Destructive },
            ])
            { Spacing = Spacing.None });
        }

        return new Container(items) { Spacing = Spacing.Small };
    }
}
