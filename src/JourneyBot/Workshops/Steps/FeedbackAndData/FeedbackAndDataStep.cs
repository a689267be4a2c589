using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>
/// Step 4 (docs/method.md, Step 4): back the map with data. Per stage, KPIs (one may be the stage's volume, which gives conversion
/// and drop-off between stages), satisfaction per touchpoint, and evidence notes marked by how well data backs them.
/// The board shows a line per stage; each stage's data opens on its own card for the person who asks.
/// </summary>
public sealed class FeedbackAndDataStep : IWorkshopStep
{
    public WorkshopStep Number => WorkshopStep.FeedbackAndData;

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } =
        new Dictionary<string, Func<WorkshopClick, ClickAnswer>> { [FeedbackAndDataVerbs.OpenStage] = _ => ClickAnswer.Show(FeedbackCards.Stage) }
            .Concat(KpiSection.Verbs)
            .Concat(SatisfactionSection.Verbs)
            .Concat(EvidenceSection.Verbs)
            .ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyList<CardElement> Board(StepView view) => [.. FeedbackBoard.Board(view)];
}
