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
            Actions = [BoardButtons.Back(text, map)],
        };
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
    }
}
