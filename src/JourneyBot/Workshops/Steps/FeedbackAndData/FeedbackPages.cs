using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

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
        var at = ItemPage.For(items.Count, pageSize, page);
        return ([.. at.Of(items, pageSize)], at.Number);
    }

    /// <summary>
    /// One section of a stage's data, a page at a time: its heading, <paramref name="none"/> when it has no items, the
    /// page's rows and the pager (<paramref name="pageVerb"/> opens the section alone at another page). The page's items
    /// come back too, for the forms below the rows.
    /// </summary>
    public static PagedSection<T> Section<T>(
        StepView view, Stage stage, string heading, string none, IReadOnlyList<T> items, int pageSize, int? page, string pageVerb, Func<T, CardElement> row)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(row);
        List<CardElement> elements = [CardParts.SectionHeading(heading)];
        if (items.Count == 0)
        {
            elements.Add(CardParts.Subtle(none));
        }

        var (shown, at) = Slice(items, pageSize, page ?? 0);
        elements.AddRange(shown.Select(row));
        elements.AddRange(Pager(view, pageVerb, stage, at, pageSize, items.Count));
        return new PagedSection<T>(elements, shown, at);
    }

    /// <summary>"9–16 of 30" and Previous/Next opening the section (<paramref name="verb"/>) at the page before or after; nothing when all fit.</summary>
    public static IEnumerable<CardElement> Pager(StepView view, string verb, Stage stage, int page, int pageSize, int count)
    {
        ArgumentNullException.ThrowIfNull(stage);
        return ItemPage.For(count, pageSize, page).Pager(view, verb, pageSize, count, WorkshopCardData.For(view.Map) with { StageId = stage.Id });
    }

    /// <summary>
    /// One section of the stage in the click's <c>stage</c> alone, at the page in its <c>n</c>, with the way back to the
    /// stage's data card and to the board.
    /// </summary>
    public static AdaptiveCard SectionCard(StepView view, Func<Stage, int, IEnumerable<CardElement>> section)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(section);
        var (map, text) = (view.Map, view.Text);
        if (map.Stages.FirstOrDefault(s => s.Id == view.Click?.Card.StageId) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        return new AdaptiveCard([.. FeedbackCards.Header(view, stage), .. section(stage, view.Click?.Card.Number ?? 0)])
        {
            Actions =
            [
                new ExecuteAction(text["FeedbackBackToStageButton"], FeedbackAndDataVerbs.OpenStage, ButtonData.For(map, stageId: stage.Id)),
                BoardButtons.Back(text, map),
            ],
        };
    }
}

/// <summary>A section's card elements, and the items and page it shows.</summary>
public sealed record PagedSection<T>(IReadOnlyList<CardElement> Elements, IReadOnlyList<T> Shown, int Page);
