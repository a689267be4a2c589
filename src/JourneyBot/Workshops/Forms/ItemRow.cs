using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;

namespace JourneyBot.Workshops.Forms;

/// <summary>
/// One contribution on a board: its text, who added it, and Edit for those who may (everyone, on the shared board).
/// Remove is not on the row: it is in the edit form and asks first (<see cref="RemoveQuestion"/>).
/// </summary>
public static class ItemRow
{
    /// <param name="shown">The item's text, already escaped and shortened.</param>
    /// <param name="data">The button's data, naming the item (e.g. <c>ButtonData.For(map, goalId: goal.Id)</c>).</param>
    public static CardElement For(StepView view, IContribution item, string shown, string editVerb, JsonElement data)
    {
        var (map, text) = (view.Map, view.Text);
        var items = new List<CardElement>
        {
            new TextBlock($"{shown} — {CardText.Escape(item.Author.Name)}") { Spacing = Spacing.Small },
        };
        if (map.Status == WorkshopStatus.Active && view.MayChange(item))
        {
            items.Add(new ActionSet([new ExecuteAction(text["EditButton"], editVerb, data)]) { Spacing = Spacing.None });
        }

        return new Container(items) { Spacing = Spacing.Small };
    }
}
