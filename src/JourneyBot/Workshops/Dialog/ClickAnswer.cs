using JourneyBot.Cards;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;

namespace JourneyBot.Workshops.Dialog;

/// <summary>What a step decides to do with a click: change the workshop, or show the clicker a card.</summary>
public abstract record ClickAnswer
{
    /// <summary>
    /// Run <paramref name="command"/> on the stored workshop. Applied: the clicker gets the board and everyone else sees
    /// it updated. Refused: <paramref name="form"/> comes back with the errors beside the fields and the input kept
    /// (without a form, the board with the errors as a notice). With <paramref name="after"/>, the clicker gets that card
    /// instead of the board once the command is applied (the stage card they were working on, the new item in place); the
    /// board for everyone is redrawn all the same. In a Teams dialog a save closes the dialog instead.
    /// </summary>
    public static ClickAnswer Apply(Func<JourneyMap, MapOutcome> command, Func<StepView, AdaptiveCard>? form = null, Func<StepView, AdaptiveCard>? after = null) =>
        new ApplyAnswer(command, form) { After = after };

    /// <summary>Show the clicker <paramref name="card"/> (a form, a detail, a question), drawn from the stored workshop; nothing changes.</summary>
    public static ClickAnswer Show(Func<StepView, AdaptiveCard> card) => new ShowAnswer(card);

    /// <summary>
    /// Ask Teams who is in the conversation first (<see cref="Conversations.ConversationMembers"/>), then answer with
    /// <paramref name="answer"/>: given the members, or null when Teams did not say (the Playground, a fault, a timeout).
    /// For step 7's owner choice, on the form and again on its save, so the owner saved is someone Teams listed.
    /// </summary>
    public static ClickAnswer WithMembers(Func<IReadOnlyList<Participant>?, ClickAnswer> answer) => new MembersAnswer(answer);

    /// <summary>
    /// Start a new workshop in this conversation from the stored one (a future-state map from a current-state one): created,
    /// made the active workshop, and its board shown in place of the clicked message. Refused: <paramref name="form"/> with
    /// the errors. Pressed again, the workshop the card's seed names is shown, not made twice.
    /// </summary>
    public static ClickAnswer StartFrom(Func<JourneyMap, StartOutcome> start, Func<StepView, AdaptiveCard> form) => new StartFromAnswer(start, form);

    /// <summary>
    /// Show the clicker a card that needs more than the workshop (its finished versions): drawn from the stored workshop and
    /// what <paramref name="card"/> reads for the workshop's owner; nothing changes.
    /// </summary>
    public static ClickAnswer ShowLoaded(Func<StepView, WorkshopOwner, CancellationToken, Task<AdaptiveCard>> card) => new ShowLoadedAnswer(card);
}

/// <summary>See <see cref="ClickAnswer.WithMembers"/>.</summary>
public sealed record MembersAnswer(Func<IReadOnlyList<Participant>?, ClickAnswer> Then) : ClickAnswer;

/// <summary>See <see cref="ClickAnswer.Apply"/>.</summary>
public sealed record ApplyAnswer(Func<JourneyMap, MapOutcome> Command, Func<StepView, AdaptiveCard>? Form) : ClickAnswer
{
    /// <summary>
    /// The card the clicker gets once the command is applied, drawn from the new map with the click's card data and no
    /// inputs (so the forms on it are empty again); null: the board.
    /// </summary>
    public Func<StepView, AdaptiveCard>? After { get; init; }

    /// <summary>
    /// Something to save elsewhere before the command is applied (a finished version), from the map the command makes of the
    /// workshop as loaded; when that save fails nothing is applied and the person is asked to try again.
    /// </summary>
    public ISaveFirst? SaveFirst { get; init; }
}

/// <summary>See <see cref="ApplyAnswer.SaveFirst"/>.</summary>
public interface ISaveFirst
{
    /// <summary>Saves what <paramref name="planned"/> (the command's result on the workshop as loaded) needs; storage faults are thrown.</summary>
    Task SaveAsync(WorkshopOwner owner, JourneyMap planned, CancellationToken cancellationToken);

    /// <summary>
    /// After the command was applied on a map that may have changed since it was planned (someone's item landed in between),
    /// saves again when what <paramref name="applied"/> needs differs from what <paramref name="planned"/> (null: nothing was
    /// saved first) did.
    /// </summary>
    Task SaveAgainIfChangedAsync(WorkshopOwner owner, JourneyMap? planned, JourneyMap applied, CancellationToken cancellationToken);
}

/// <summary>See <see cref="ClickAnswer.StartFrom"/>.</summary>
public sealed record StartFromAnswer(Func<JourneyMap, StartOutcome> Start, Func<StepView, AdaptiveCard> Form) : ClickAnswer;

/// <summary>See <see cref="ClickAnswer.ShowLoaded"/>.</summary>
public sealed record ShowLoadedAnswer(Func<StepView, WorkshopOwner, CancellationToken, Task<AdaptiveCard>> Card) : ClickAnswer;

/// <summary>See <see cref="ClickAnswer.Show"/>.</summary>
public sealed record ShowAnswer(Func<StepView, AdaptiveCard> Card) : ClickAnswer;
