using JourneyBot.Cards;

namespace JourneyBot.Workshops;

/// <summary>A form shown to one person in place of the board (editing an item, or an add refused with errors), with a way back.</summary>
public static class FormCard
{
    public static AdaptiveCard Build(StepView view, string title, IEnumerable<CardElement> fields, ExecuteAction submit)
    {
        var body = new List<CardElement>
        {
            new TextBlock(view.Text.Format("ProgressStep", (int)view.Map.CurrentStep, Workshop.WorkshopSteps.InOrder.Count, view.Text.StepName(view.Map.CurrentStep)))
            {
                IsSubtle = true, Size = "Small",
            },
            new TextBlock(title) { Size = "Large", Weight = "Bolder", Style = "heading", Spacing = "None" },
        };
        body.AddRange(fields);
        body.AddRange(FormFields.ErrorBelow(view.Form, "actor"));
        body.AddRange(FormFields.ErrorBelow(view.Form, "id"));
        return new AdaptiveCard(body)
        {
            Actions = [submit, new ExecuteAction(view.Text["BackToBoardButton"], WorkshopVerbs.Show, WorkshopCardData.For(view.Map).ToJson())],
        };
    }

    /// <summary>
    /// Someone opened a form they may not save (another person's item from the shared board, a facilitator's setting):
    /// say why there is no form, rather than let them type and be refused.
    /// </summary>
    public static AdaptiveCard NotAllowed(StepView view) =>
        new([new TextBlock(view.Text.Error(Workshop.ValidationError.Of("actor", Workshop.ErrorCodes.NotAllowed)))])
        {
            Actions = [new ExecuteAction(view.Text["BackToBoardButton"], WorkshopVerbs.Show, WorkshopCardData.For(view.Map).ToJson())],
        };

    /// <summary>The item a button was about has been removed meanwhile.</summary>
    public static AdaptiveCard Gone(StepView view) => new([new TextBlock(view.Text["ItemGone"])])
    {
        Actions = [new ExecuteAction(view.Text["BackToBoardButton"], WorkshopVerbs.Show, WorkshopCardData.For(view.Map).ToJson())],
    };
}
