using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;

namespace JourneyBot.Workshops.Dialog;

/// <summary>What a step decides to do with a click: change the workshop, or show the clicker a card.</summary>
public abstract record ClickAnswer
{
    /// <summary>
    /// Run <paramref name="command"/> on the stored workshop. Applied: the clicker gets the board and everyone else sees
    /// it updated. Refused: <paramref name="form"/> comes back with the errors beside the fields and the input kept
    /// (without a form, the board with the errors as a notice).
    /// </summary>
    public static ClickAnswer Apply(Func<JourneyMap, MapOutcome> command, Func<StepView, AdaptiveCard>? form = null) =>
        new ApplyAnswer(command, form);

    /// <summary>Show the clicker <paramref name="card"/> (a form, a detail, a question), drawn from the stored workshop; nothing changes.</summary>
    public static ClickAnswer Show(Func<StepView, AdaptiveCard> card) => new ShowAnswer(card);
}

/// <summary>See <see cref="ClickAnswer.Apply"/>.</summary>
public sealed record ApplyAnswer(Func<JourneyMap, MapOutcome> Command, Func<StepView, AdaptiveCard>? Form) : ClickAnswer;

/// <summary>See <see cref="ClickAnswer.Show"/>.</summary>
public sealed record ShowAnswer(Func<StepView, AdaptiveCard> Card) : ClickAnswer;
