using JourneyBot.Cards;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Steps.Personas;

/// <summary>The top of a persona card shown to one person instead of the board: where the workshop is, and the card's title.</summary>
public static class PersonaCardHeading
{
    public static IEnumerable<CardElement> For(StepView view, string title)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        yield return new TextBlock(text.Format("ProgressStep", (int)map.CurrentStep, WorkshopSteps.InOrder.Count, text.StepName(map.CurrentStep)))
        {
            IsSubtle = true, Size = "Small",
        };
        yield return new TextBlock(title) { Size = "Large", Weight = "Bolder", Style = "heading", Spacing = "None" };
    }
}
