using System.Collections.Frozen;
using System.Security.Cryptography;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.Visualize;

/// <summary>
/// Step 5 (docs/method.md, Step 5): the team looks at the whole map together, and takes it out of Teams. The board shows the
/// map card; facilitators can stop sharing, which ends every link made so far.
/// </summary>
public sealed class VisualizeStep(MapCard card) : IWorkshopStep
{
    public WorkshopStep Number => WorkshopStep.Visualize;

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [VisualizeVerbs.ShowMap] = _ => ClickAnswer.Show(card.Standalone),
        [VisualizeVerbs.StopSharing] = click =>
        {
            // One salt per click, made outside the command: a rerun after a conflict writes the same one.
            var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            return ClickAnswer.Apply(click.Guarded(map => map.StopSharing(click.Actor, salt)));
        },
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyList<CardElement> Board(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = view.Text;
        var elements = new List<CardElement> { new TextBlock(text.StepOutput(WorkshopStep.Visualize)) { Separator = true, Spacing = Spacing.Medium } };
        elements.AddRange(card.Elements(view));
        if (view.ShowsFacilitatorActions && view.Map.Status == WorkshopStatus.Active)
        {
            elements.Add(CardParts.Subtle(text["MapSharingHint"]));
            elements.Add(new ActionSet([new ExecuteAction(text["MapStopSharingButton"], VisualizeVerbs.StopSharing, ButtonData.For(view.Map))]));
        }

        return elements;
    }
}
