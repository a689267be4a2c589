using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// Step 2 (docs/method.md, Step 2): the stages in journey order, and per persona and stage the team's notes and each person's
/// private emotion score. The board holds the stages and their progress; each stage's card holds the work.
/// </summary>
public sealed class JourneyStagesStep : IWorkshopStep
{
    public WorkshopStep Number => WorkshopStep.JourneyStages;

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } =
        new[] { StageEditing.Verbs, StageCard.Verbs, CellForm.Verbs, EmotionScoring.Verbs }
            .SelectMany(verbs => verbs)
            .ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyList<CardElement> Board(StepView view) => [.. StagesBoard.For(view)];
}
