using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>
/// The cards step 4 shows one person: a stage's data card (its conversion, KPIs, satisfaction per touchpoint, evidence
/// notes, each a page at a time, with the forms to add to them) and the answer to someone opening another person's
/// item to edit.
/// </summary>
public static class FeedbackCards
{
    /// <summary>
    /// The data card of the stage in the click's <c>item</c>: each section's first page (the rest a Next away, see
    /// <see cref="FeedbackPages"/>); after a refused rating, with the errors beside its fields.
    /// </summary>
    public static AdaptiveCard Stage(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        var stage = map.Stages.FirstOrDefault(s => s.Id == view.Click?.Card.StageId);
        if (stage is null)
        {
            return FormCard.Gone(view);
        }

        var body = new List<CardElement>(Header(view, stage));
        body.AddRange(map.StageConversions()
            .Where(conversion => conversion.FromStageId == stage.Id || conversion.ToStageId == stage.Id)
            .Select(conversion => new TextBlock(FeedbackLabels.Conversion(text, map, conversion)) { Size = TextSize.Small, Spacing = Spacing.Small }));
        body.AddRange(KpiSection.StageItems(view, stage, page: null));
        body.AddRange(SatisfactionSection.StageItems(view, stage, page: null));
        body.AddRange(EvidenceSection.StageItems(view, stage, page: null));
        return new AdaptiveCard(body)
        {
            Actions = [.. StageCards.Neighbours(view, stage, FeedbackAndDataVerbs.OpenStage), BoardButtons.Back(text, map)],
        };
    }

    /// <summary>
    /// The card a save on a stage's data comes back to, with "Saved: <paramref name="saved"/>" on top: the stage's data card
    /// when the item is on its section's first page (<paramref name="position"/> in the section), else that section's page
    /// (<paramref name="sectionPage"/>), so the item saved is in sight.
    /// </summary>
    public static AdaptiveCard AfterSave(StepView view, string stageId, int position, int pageSize, Func<StepView, AdaptiveCard> sectionPage, string? saved)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(sectionPage);
        if (view.Click is not { } click)
        {
            return FormCard.Gone(view);
        }

        var page = Math.Max(0, position) / pageSize;
        var at = view with { Saved = saved, Click = click with { Card = click.Card with { StageId = stageId, Number = page } } };
        return page == 0 ? Stage(at) : sectionPage(at);
    }

    /// <summary>The step and the stage's title, on its data card and on each of its section's pages.</summary>
    public static IEnumerable<CardElement> Header(StepView view, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(stage);
        var (map, text) = (view.Map, view.Text);
        foreach (var element in FormCard.Heading(view, text.Format("FeedbackStageTitle", FeedbackLabels.Stage(text, map, stage))))
        {
            yield return element;
        }

        foreach (var element in StageCards.SavedLine(view))
        {
            yield return element;
        }
    }
}
