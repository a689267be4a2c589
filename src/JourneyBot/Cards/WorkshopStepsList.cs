using JourneyBot.Resources;
using JourneyBot.Workshop;

namespace JourneyBot.Cards;

/// <summary>The seven steps as card elements: number and name, and optionally what the team produces in each.</summary>
public static class WorkshopStepsList
{
    public static CardElement Names(BotText text) =>
        new FactSet(WorkshopSteps.InOrder.Select(step => new Fact(text.StepLabel(step), text.StepName(step))).ToArray());

    public static IEnumerable<CardElement> WithOutputs(BotText text) =>
        WorkshopSteps.InOrder.Select(step => (CardElement)new Container(
        [
            new TextBlock($"**{text.StepLabel(step)} · {text.StepName(step)}**"),
            CardParts.Subtle(text.StepOutput(step), Spacing.None),
        ])
        { Spacing = Spacing.Small });
}
