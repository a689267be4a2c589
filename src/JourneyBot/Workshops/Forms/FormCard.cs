using JourneyBot.Cards;
using JourneyBot.Workshops.Board;

namespace JourneyBot.Workshops.Forms;

/// <summary>A form shown to one person in place of the board (editing an item, or an add refused with errors), with a way back.</summary>
public static class FormCard
{
    /// <summary>
    /// The top of a card shown to one person instead of the board: where the workshop is (step n/7, small) and the
    /// card's title (<paramref name="title"/>, already escaped).
    /// </summary>
    public static IEnumerable<CardElement> Heading(StepView view, string title)
    {
        var (map, text) = (view.Map, view.Text);
        yield return CardParts.Note(text.Format("ProgressStep", (int)map.CurrentStep, Workshop.WorkshopSteps.InOrder.Count, text.StepName(map.CurrentStep)));
        yield return CardParts.Title(title, Spacing.None);
    }

    public static AdaptiveCard Build(StepView view, string title, IEnumerable<CardElement> fields, ExecuteAction submit)
    {
        var body = new List<CardElement>(Heading(view, title));
        body.AddRange(fields);
        body.AddRange(FormFields.ErrorBelow(view.Form, "actor"));
        body.AddRange(FormFields.ErrorBelow(view.Form, "id"));
        return new AdaptiveCard(body)
        {
            Actions = [submit, BoardButtons.Back(view)],
        };
    }

    /// <summary>
    /// Someone opened a form they may not save (another person's item from the shared board, a facilitator's setting):
    /// say why there is no form, rather than let them type and be refused.
    /// </summary>
    public static AdaptiveCard NotAllowed(StepView view) =>
        new([new TextBlock(view.Text.Error(Workshop.ValidationError.Of("actor", Workshop.ErrorCodes.NotAllowed)))])
        {
            Actions = [BoardButtons.Back(view)],
        };

    /// <summary>The item a button was about has been removed meanwhile.</summary>
    public static AdaptiveCard Gone(StepView view) => new([new TextBlock(view.Text["ItemGone"])])
    {
        Actions = [BoardButtons.Back(view)],
    };
}
