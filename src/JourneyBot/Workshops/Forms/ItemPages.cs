using JourneyBot.Cards;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Forms;

/// <summary>Which page of a long list a card shows (zero-based) and how many there are: no item is ever out of reach.</summary>
public readonly record struct ItemPage(int Number, int Count)
{
    /// <summary>The page a button asked for (<see cref="WorkshopCardData.Number"/>), kept within the pages there are now.</summary>
    public static ItemPage For(int items, int pageSize, int? requested)
    {
        var count = Math.Max(1, (items + pageSize - 1) / pageSize);
        return new ItemPage(Math.Clamp(requested ?? 0, 0, count - 1), count);
    }

    /// <summary>The items on this page.</summary>
    public IEnumerable<T> Of<T>(IEnumerable<T> items, int pageSize) => items.Skip(Number * pageSize).Take(pageSize);

    /// <summary>
    /// Below a list of <paramref name="items"/>: "9–16 of 30" and the buttons to the pages around this one; nothing when
    /// everything fits on one page.
    /// </summary>
    public IEnumerable<CardElement> Pager(StepView view, string verb, int pageSize, int items, WorkshopCardData? about = null)
    {
        if (Count <= 1)
        {
            yield break;
        }

        var first = (Number * pageSize) + 1;
        yield return CardParts.Note(view.Text.Format("PageShown", first, Math.Min(items, first + pageSize - 1), items));
        yield return new ActionSet([.. Buttons(view, verb, about)]) { Spacing = Spacing.None };
    }

    /// <summary>
    /// Previous and next buttons for <paramref name="verb"/>, where there is a page to go to; <paramref name="about"/> is
    /// the data of what the list belongs to (a stage's KPIs), if anything. They send no inputs: a form open on the same card
    /// must not hold them.
    /// </summary>
    public IEnumerable<CardAction> Buttons(StepView view, string verb, WorkshopCardData? about = null)
    {
        var data = about ?? WorkshopCardData.For(view.Map);
        if (Number > 0)
        {
            yield return new ExecuteAction(view.Text["PreviousPageButton"], verb, (data with { Number = Number - 1 }).ToJson()) { AssociatedInputs = AssociatedInputs.None };
        }

        if (Number < Count - 1)
        {
            yield return new ExecuteAction(view.Text["NextPageButton"], verb, (data with { Number = Number + 1 }).ToJson()) { AssociatedInputs = AssociatedInputs.None };
        }
    }
}
