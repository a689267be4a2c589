using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>Step 1 (docs/method.md, Step 1): the goals of the map, then the personas it follows.</summary>
public sealed class GoalsAndPersonasStep : IWorkshopStep
{
    public WorkshopStep Number => WorkshopStep.GoalsAndPersonas;

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } =
        GoalsSection.Verbs.Concat(PersonasSection.Verbs).ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyList<CardElement> Board(StepView view) => [.. GoalsSection.Board(view), .. PersonasSection.Board(view)];
}
