using JourneyBot.Cards;
using JourneyBot.Connector.Hosting;
using JourneyBot.Reminders;
using JourneyBot.Resources;
using JourneyBot.Routing;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Forms;
using JourneyBot.Workshops.Steps.Visualize;
using JourneyBot.Workshops.Versions;

namespace JourneyBot.Workshops.Dialog;

/// <summary>
/// The workshop commands people type (start, list, resume, status, next, back, go N, rename, map, cancel, versions, revisit). Each answers with
/// a new message: a board, once clicked, is kept current like any other. A board posted this way becomes the workshop's
/// live board, and the one before it turns into a short line (<see cref="LiveBoard"/>).
/// </summary>
public sealed class WorkshopCommands(
    WorkshopDialog dialog, WorkshopIndex index, IRevisitReminders reminders, IWorkshopStore store, WorkshopBoard board, MapCard mapCard, VersionsFlow versions, LiveBoard liveBoard, CardForms forms,
    StorageDeadline deadline, ILogger<WorkshopCommands> logger)
{
    /// <summary>Answers <paramref name="command"/> with a new message in the conversation; a board it posts becomes the live one.</summary>
    public async Task RespondAsync(TurnContext turn, Command command, BotText asked, CancellationToken cancellationToken)
    {
        var answer = await AnswerAsync(turn, command, asked, cancellationToken);
        var sent = await turn.SendCardAsync(forms.ForConversation(answer.Card), cancellationToken);
        if (answer is { Owner: { } owner, Board: { } map } && sent is { Succeeded: true, Value.Id: { Length: > 0 } activityId })
        {
            await liveBoard.PostedAsync(turn, owner, map, activityId, answer.Listed, cancellationToken);
        }
    }

    /// <summary>
    /// The card that answers <paramref name="command"/>; when storage fails or does not answer within the turn's deadline,
    /// a card that says so (the reply itself is posted with the caller's token, after the deadline if need be).
    /// </summary>
    private async Task<TypedAnswer> AnswerAsync(TurnContext turn, Command command, BotText asked, CancellationToken cancellationToken)
    {
        using var storage = deadline.Start(turn, cancellationToken);
        try
        {
            return await AnswerFromStorageAsync(turn, command, asked, storage.Token);
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            Log.CommandStorageFailed(logger, exception, command.Kind, turn.Activity.Conversation?.Id);
            return new TypedAnswer(new AdaptiveCard([new TextBlock(asked["StorageUnavailableTyped"])]));
        }
    }

    private async Task<TypedAnswer> AnswerFromStorageAsync(TurnContext turn, Command command, BotText asked, CancellationToken cancellationToken)
    {
        if (turn.ConversationReference is not { } conversation)
        {
            return new TypedAnswer(HelpCard.Build(asked, HowToType.For(turn.Activity)));
        }

        var owner = new WorkshopOwner(conversation.TenantId, conversation.ConversationId);
        var actor = Participants.From(turn.Activity);
        if (command.Kind == CommandKind.Start)
        {
            return new TypedAnswer(await dialog.StartCardAsync(owner, asked, null, cancellationToken));
        }

        if (command.Kind == CommandKind.List)
        {
            return new TypedAnswer(WorkshopListCard.Build(asked, await index.ListAsync(owner, cancellationToken)));
        }

        var active = await index.ActiveAsync(owner, cancellationToken);
        if (active is null)
        {
            return new TypedAnswer(command.Kind == CommandKind.Resume
                ? WorkshopListCard.Build(asked, await index.ListAsync(owner, cancellationToken))
                : WorkshopListCard.NoWorkshop(asked, asked["NoActiveWorkshop"]));
        }

        var view = new StepView { Map = active.Map, Text = WorkshopText.Of(active.Map), Viewer = actor };
        Func<JourneyMap, MapOutcome>? change = command.Kind switch
        {
            CommandKind.Next => map => map.NextStep(actor),
            CommandKind.Back => map => map.PreviousStep(actor),
            CommandKind.Go => map => int.TryParse(command.Argument, out var number)
                ? map.GoToStep(actor, number)
                : MapOutcomes.Refused(map, ValidationError.Of("step", ErrorCodes.OutOfRange, (int)WorkshopSteps.First, (int)WorkshopSteps.Last)),
            CommandKind.Rename => map => map.Rename(actor, command.Argument),
            CommandKind.Revisit => map => map.StartRevisit(actor),
            _ => null,
        };
        if (command.Kind == CommandKind.Cancel)
        {
            return new TypedAnswer(CancelCard.ForViewer(view));
        }

        if (command.Kind == CommandKind.Map)
        {
            return new TypedAnswer(mapCard.Standalone(view));
        }

        if (command.Kind == CommandKind.Versions)
        {
            return new TypedAnswer(await versions.ShowVersionsAsync(view, owner, cancellationToken));
        }

        if (change is null)
        {
            return Board(board.Build(view), active.Map); // status, resume
        }

        // Recorded with the message's id: the same message delivered again counts once (AlreadyApplied).
        var result = await store.ApplyAsync(owner, active.Map.Id, change, turn.Activity.Id, cancellationToken);
        if (result.Status == WorkshopCommandStatus.Applied)
        {
            await index.RecordAsync(owner, result.Outcome!, cancellationToken);
            await reminders.PlanAsync(owner, result.Outcome!, ReminderTimeZones.Of(turn.Activity), cancellationToken);
        }

        return result switch
        {
            { Status: WorkshopCommandStatus.Applied or WorkshopCommandStatus.Rejected, Outcome: { } outcome } => Board(board.Build(view with
            {
                Map = outcome.Map,
                Text = WorkshopText.Of(outcome.Map),
                Errors = outcome.Errors,
                Notice = outcome.Succeeded ? null : string.Join(" ", outcome.Errors.Select(view.Text.Error).Select(CardText.Escape)),
            }), outcome.Map),
            { Status: WorkshopCommandStatus.AlreadyApplied, Outcome: { } current } => Board(board.Build(view with
            {
                Map = current.Map,
                Text = WorkshopText.Of(current.Map),
                Notice = WorkshopText.Of(current.Map)["AlreadyDone"],
            }), current.Map),
            { Status: WorkshopCommandStatus.NotFound } => new TypedAnswer(WorkshopListCard.NoWorkshop(asked, asked["NoActiveWorkshop"])),
            _ => Board(board.Build(view with { Notice = view.Text[result.Status == WorkshopCommandStatus.TooBusy ? "WorkshopTooBusy" : "StorageUnavailable"] }), active.Map),
        };

        // The index row as this turn read it: should it have changed since (a rename, another board), the conditional
        // write of the new board fails and the row is read again at once.
        TypedAnswer Board(AdaptiveCard card, JourneyMap map) => new(card, owner, map, active.Listed);
    }

    /// <summary>A typed command's card; with the owner, map and index row when the card is that workshop's board.</summary>
    private sealed record TypedAnswer(AdaptiveCard Card, WorkshopOwner? Owner = null, JourneyMap? Board = null, ConversationWorkshop? Listed = null);
}
