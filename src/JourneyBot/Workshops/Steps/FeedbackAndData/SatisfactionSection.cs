using System.Collections.Frozen;
using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>
/// Step 4, satisfaction per touchpoint (docs/method.md, Step 4: 1 to 5): each person gives one rating per touchpoint and may change
/// or withdraw it; the card shows how many rated and the mean, and the viewer's own rating.
/// </summary>
public static class SatisfactionSection
{
    public const string TouchpointInput = "satisfaction.touchpoint";
    public const string ScoreInput = "satisfaction.score";

    /// <summary>Touchpoints listed (and offered to rate) on a page; step 3 warns long before a stage has this many.</summary>
    public const int PageSize = 10;

    private const int ChoiceNameLength = 40;

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [FeedbackAndDataVerbs.RateSatisfaction] = RateTouchpoint,
        [FeedbackAndDataVerbs.WithdrawSatisfaction] = click => ClickAnswer.Apply(map =>
            map.RemoveSatisfactionRating(click.Actor, SatisfactionRating.IdFor(click.Card.TouchpointId ?? string.Empty, click.Actor.AadObjectId)),
            after: view => AfterRating(view, click.Card.TouchpointId, saved: false)),
        [FeedbackAndDataVerbs.OpenSatisfactionPage] = _ => ClickAnswer.Show(PageCard),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A page of the stage's touchpoints with their satisfaction (<paramref name="page"/> null: the first, on the stage's
    /// data card), and the form to rate one of them.
    /// </summary>
    public static IEnumerable<CardElement> StageItems(StepView view, Stage stage, int? page)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(stage);
        var (map, text) = (view.Map, view.Text);
        var section = FeedbackPages.Section(view, stage, text["SatisfactionHeading"], text["SatisfactionNoTouchpoints"], map.TouchpointsIn(stage.Id), PageSize, page,
            FeedbackAndDataVerbs.OpenSatisfactionPage, touchpoint => Row(view, touchpoint));
        foreach (var element in section.Elements)
        {
            yield return element;
        }

        var (shown, at) = (section.Shown, section.Page);
        if (shown.Count == 0)
        {
            yield break;
        }

        if (map.Status != WorkshopStatus.Active)
        {
            yield break;
        }

        foreach (var field in FormFields.Choice(view.Form, TouchpointInput, "touchpointId", text["SatisfactionTouchpointLabel"],
            [.. shown.Select(touchpoint => new Choice(CardText.Shorten(touchpoint.Details.Name, ChoiceNameLength), touchpoint.Id))],
            shown.Count == 1 ? shown[0].Id : null, required: true, checkedByClient: false))
        {
            yield return field;
        }

        foreach (var field in FormFields.Choice(view.Form, ScoreInput, "score", text["SatisfactionScoreLabel"],
            [.. Enumerable.Range(Limits.MinRating, Limits.MaxRating - Limits.MinRating + 1).Select(score => new Choice(text[$"SatisfactionScore{Number(score)}"], Number(score)))],
            stored: null, required: true, checkedByClient: false))
        {
            yield return field;
        }

        // The page goes with the rating, so a refused one comes back on the page it was given from.
        var data = ButtonData.For(map, stageId: stage.Id, number: page is null ? null : at);
        yield return new ActionSet([new ExecuteAction(text["SatisfactionRateButton"], FeedbackAndDataVerbs.RateSatisfaction, data) { Style = ActionStyle.Positive }]);
        if (page is not null)
        {
            // The stage card's note form offers the first page of touchpoints; each later page offers its own.
            yield return EvidenceSection.AddButton(view, stage, shown);
        }
    }

    /// <summary>"Booking form: 4.5 from 2 ratings · yours: 4", or "not rated yet"; with the button to withdraw the viewer's own.</summary>
    private static Container Row(StepView view, Touchpoint touchpoint)
    {
        var (map, text) = (view.Map, view.Text);
        var name = CardText.Shown(touchpoint.Details.Name, FeedbackLabels.ShownNameLength);
        var row = map.SatisfactionOf(touchpoint.Id) is { Mean: { } mean, Count: var count }
            ? text.Counted("SatisfactionRow", count, name, FeedbackNumbers.Mean(text, mean), count)
            : text.Format("SatisfactionNotRated", name);
        var ownId = SatisfactionRating.IdFor(touchpoint.Id, view.Observer.AadObjectId);
        if (map.SatisfactionRatings.FirstOrDefault(rating => rating.Id == ownId) is not { } own)
        {
            return new Container([new TextBlock(row)]) { Spacing = Spacing.Small };
        }

        var items = new List<CardElement> { new TextBlock(row + text.Format("SatisfactionYours", own.Score)) };
        if (map.Status == WorkshopStatus.Active)
        {
            items.Add(new ActionSet([new ExecuteAction(text["SatisfactionWithdrawButton"], FeedbackAndDataVerbs.WithdrawSatisfaction,
                ButtonData.For(map, touchpointId: touchpoint.Id)) { Style = ActionStyle.Destructive }]) { Spacing = Spacing.None });
        }

        return new Container(items) { Spacing = Spacing.Small };
    }

    /// <summary>The stage's touchpoints alone, at the page in the click's <c>n</c>.</summary>
    private static AdaptiveCard PageCard(StepView view) => FeedbackPages.SectionCard(view, (stage, page) => StageItems(view, stage, page));

    /// <summary>A missing or non-numeric choice is refused beside its field; the domain checks the touchpoint and the range.</summary>
    private static ClickAnswer RateTouchpoint(WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var touchpointId = click.Inputs.Text(TouchpointInput)?.Trim();
        if (string.IsNullOrEmpty(touchpointId))
        {
            errors.Add(ValidationError.Of("touchpointId", ErrorCodes.Required));
        }

        var score = click.Inputs.WholeNumber(ScoreInput, "score", errors);
        if (score is null && errors.TrueForAll(error => error.Field != "score"))
        {
            errors.Add(ValidationError.Of("score", ErrorCodes.Required));
        }

        return ClickAnswer.Apply(
            map => MapOutcomes.WithInputErrors(map, errors, current => current.RateSatisfaction(click.Actor, touchpointId ?? string.Empty, score ?? 0, click.At)),
            view => view.Click?.Card.Number is null ? FeedbackCards.Stage(view) : PageCard(view),
            after: view => AfterRating(view, touchpointId, saved: true));
    }

    /// <summary>Back to the stage of the touchpoint rated (or whose rating was withdrawn), the touchpoint in sight.</summary>
    private static AdaptiveCard AfterRating(StepView view, string? touchpointId, bool saved)
    {
        var map = view.Map;
        if (map.Touchpoints.FirstOrDefault(t => t.Id == touchpointId) is not { } touchpoint)
        {
            return FormCard.Gone(view);
        }

        var position = map.TouchpointsIn(touchpoint.StageId).Select(t => t.Id).ToList().IndexOf(touchpoint.Id);
        return FeedbackCards.AfterSave(view, touchpoint.StageId, position, PageSize, PageCard,
            saved ? CardText.Shown(touchpoint.Details.Name, FeedbackLabels.ShownNameLength) : null);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
