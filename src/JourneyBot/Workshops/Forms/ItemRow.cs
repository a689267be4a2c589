using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;

namespace JourneyBot.Workshops.Forms;

/// <summary>One contribution on a board: its text, who added it, and Edit / Remove for those who may (everyone, on the shared board).</summary>
public static class ItemRow
{
    /// <param name="shown">The item's text, already escaped and shortened.</param>
    /// <param name="data">The buttons' data, naming the item (e.g. <c>ButtonData.For(map, goalId: goal.Id)</c>).</param>
    public static CardElement For(StepView view, IContribution item, string shown, string editVerb, string removeVerb, JsonElement data)
    {
        var (map, text) = (view.Map, view.Text);
        var items = new List<CardElement>
        {
            new TextBlock($"{shown} — {CardText.Escape(item.Author.Name)}") { Spacing = Spacing.Small },
        };
        var mayChange = view.MayChange(item);
        if (map.Status == WorkshopStatus.Active && mayChange)
        {
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
