using JourneyBot.Cards;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Steps.Feedback;

/// <summary>
/// A stage's KPIs, touchpoints and notes a page at a time, so every one of them can be reached while each card stays
/// under the size Teams accepts. The stage's data card shows each section's first page; a section's Previous/Next open
/// that section alone at the page in <c>n</c> (a button's verb says which section).
/// </summary>
public static class FeedbackPages
{
    /// <summary>The items on <paramref name="page"/> and that page; a page past the end (items removed since) shows the last.</summary>
    public static (IReadOnlyList<T> Shown, int Page) Slice<T>(IReadOnlyList<T> items, int pageSize, int page)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pages = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var at = Math.Clamp(page, 0, pages - 1);
        return ([.. items.Skip(at * pageSize).Take(pageSize)], at);
    }

    /// <summary>"9–16 of 30" and Previous/Next opening the section (<paramref name="verb"/>) at the page before or after; nothing when all fit.</summary>
    public static IEnumerable<CardElement> Pager(StepView view, string verb, Stage stage, int page, int pageSize, int count)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(stage);
        if (count <= pageSize)
        {
            yield break;
        }

        var text = view.Text;
        var first = (page * pageSize) + 1;
        yield return new TextBlock(text.Format("FeedbackPageShown", first, Math.Min(count, first + pageSize - 1), count)) { IsSubtle = true, Size = "Small" };
        var buttons = new List<CardAction>();
        if (page > 0)
        {
            buttons.Add(new ExecuteAction(text["FeedbackPreviousPageButton"], verb, (WorkshopCardData.For(view.Map) with { Item = stage.Id, Number = page - 1 }).ToJson()));
        }

        if (first + pageSize <= count)
        {
            buttons.Add(new ExecuteAction(text["FeedbackNextPageButton"], verb, (WorkshopCardData.For(view.Map) with { Item = stage.Id, Number = page + 1 }).ToJson()));
        }

        yield return new ActionSet(buttons) { Spacing = "None" };
    }

    /// <summary>
    /// One section of the stage in the click's <c>item</c> alone, at the page in its <c>n</c>, with the way back to the
    /// stage's data card and to the board.
    /// </summary>
    public static AdaptiveCard SectionCard(StepView view, Func<Stage, int, IEnumerable<CardElement>> section)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(section);
        var (map, text) = (view.Map, view.Text);
        if (map.Stages.FirstOrDefault(s => s.Id == view.Click?.Card.Item) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        return new AdaptiveCard([.. FeedbackCards.Header(view, stage), .. section(stage, view.Click?.Card.Number ?? 0)])
        {
            Actions =
            [
                new ExecuteAction(text["FeedbackBackToStageButton"], FeedbackBoard.OpenStage, (WorkshopCardData.For(map) with { Item = stage.Id }).ToJson()),
                new ExecuteAction(text["BackToBoardButton"], WorkshopVerbs.Show, WorkshopCardData.For(map).ToJson()),
            ],
        };
    }
}
