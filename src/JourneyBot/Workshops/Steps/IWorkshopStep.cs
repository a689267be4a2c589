using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps;

/// <summary>Card verbs and what each does with a click; the dialog routes a verb to the one owner that lists it.</summary>
public interface IWorkshopVerbs
{
    /// <summary>The verbs (each prefixed with its subject, e.g. <c>goal.add</c>) and their handlers.</summary>
    IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; }
}

/// <summary>
/// One step of the workshop as the team sees it (one folder per step under Steps/: docs/architecture.md, Conventions): the board's content for that step and
/// the card verbs it owns. The dialog adds the progress header and the facilitator's buttons around it.
/// </summary>
public interface IWorkshopStep : IWorkshopVerbs
{
    WorkshopStep Number { get; }

    /// <summary>The step's part of the board: what the team has so far, and the buttons and forms to add to it.</summary>
    IReadOnlyList<CardElement> Board(StepView view);
}
