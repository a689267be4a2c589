using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Reminders;
using JourneyBot.Resources;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Forms;
using JourneyBot.Workshops.Steps;

namespace JourneyBot.Workshops.Dialog;

/// <summary>
/// A click on a workshop card, end to end (docs/architecture.md, One turn, steps 6 to 9): read the card's context, let the owner
/// of the verb decide, run it on the stored workshop, answer the clicker with the new card and redraw the board for
/// everyone else. Storage trouble never loses what the person typed: the card stays as it was, with a message.
/// </summary>
public sealed partial class WorkshopDialog
{
    private readonly IWorkshopStore _store;
    private readonly WorkshopBoard _board;
    private readonly BoardUpdates _updates;
    private readonly LiveBoard _liveBoard;
    private readonly WorkshopIndex _index;
    private readonly IRevisitReminders _reminders;
    private readonly TimeProvider _time;
    private readonly CardForms _forms;
    private readonly DialogBoardSeal _seal;
    private readonly StorageDeadline _deadline;
    private readonly Conversations.ConversationMembers _members;
    private readonly ILogger<WorkshopDialog> _logger;
    private readonly FrozenDictionary<string, Func<WorkshopClick, ClickAnswer>> _verbs;

    public WorkshopDialog(
        IEnumerable<IWorkshopStep> steps, WorkshopFlow flow, IEnumerable<IWorkshopVerbs> otherVerbs, IWorkshopStore store, WorkshopBoard board, BoardUpdates updates,
        LiveBoard liveBoard, WorkshopIndex index, IRevisitReminders reminders, TimeProvider time, CardForms forms, DialogBoardSeal seal, StorageDeadline deadline,
        Conversations.ConversationMembers members, ILogger<WorkshopDialog> logger)
    {
        _reminders = reminders;
        _members = members;
        _forms = forms;
        _seal = seal;
        _deadline = deadline;
        _store = store;
        _board = board;
        _updates = updates;
        _liveBoard = liveBoard;
        _index = index;
        _time = time;
        _logger = logger;
        _verbs = steps.Cast<IWorkshopVerbs>().Append(flow).Concat(otherVerbs)
            .SelectMany(owner => owner.Verbs)
            .ToFrozenDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
    }

    /// <summary>Every verb a workshop card can carry: the flow's, each step's, and setup, create and resume.</summary>
    public IEnumerable<string> Verbs => _verbs.Keys.Concat([WorkshopVerbs.Setup, WorkshopVerbs.Create, WorkshopVerbs.Resume]);

    /// <summary>
    /// True for every verb a workshop card can carry, and for any click whose data names a workshop: a button of a card an
    /// older version drew, with a verb that has since been renamed, still gets that workshop's current board.
    /// </summary>
    public bool Answers(string verb, System.Text.Json.JsonElement? data) =>
        _verbs.ContainsKey(verb)
        || verb is WorkshopVerbs.Setup or WorkshopVerbs.Create or WorkshopVerbs.Resume
        || WorkshopCardData.Parse(data) is { WorkshopId: not null };

    public async Task OnClickAsync(TurnContext turn, string verb, System.Text.Json.JsonElement? data, CancellationToken cancellationToken)
    {
        var asked = BotText.For(ShowCardData.Parse(data)?.Language ?? Languages.Of(turn.Activity));
        if (WorkshopCardData.Parse(data) is not { } card || turn.ConversationReference is not { } conversation)
        {
            Log.BadCardData(_logger, verb, turn.Activity.Conversation?.Id);
            turn.SetInvokeResponse(AdaptiveCardInvokeResponse.Error(400, "BadRequest", asked["BadActionData"]));
            return;
        }

        var click = new WorkshopClick
        {
            Verb = verb,
            Card = card,
            Inputs = new SubmittedInputs(data),
            Actor = Participants.From(turn.Activity),
            At = _time.GetUtcNow(),
        };
        var owner = new WorkshopOwner(conversation.TenantId, conversation.ConversationId);
        using var storage = _deadline.Start(turn, cancellationToken);
        var storageToken = storage.Token;
        try
        {
            var response = verb switch
            {
                WorkshopVerbs.Setup => await SetupAsync(owner, asked, card.ReplacesId, storageToken),
                WorkshopVerbs.Create => await CreateAsync(turn, owner, click, asked, storageToken),
                WorkshopVerbs.Resume => await ResumeAsync(turn, owner, click, asked, storageToken),
                _ when card.WorkshopId is null => AdaptiveCardInvokeResponse.Error(400, "BadRequest", asked["BadActionData"]),
                _ when card.FromOlderVersion || !_verbs.ContainsKey(verb) => await OlderCardAsync(owner, card.WorkshopId, click, asked, storageToken),
                _ => await AnswerAsync(turn, owner, card.WorkshopId, click, await ResolveAsync(turn, _verbs[verb](click), cancellationToken), asked, storageToken),
            };
            turn.SetInvokeResponse(response);
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            // Storage failed, or did not answer within the turn's deadline (only the caller's own cancellation is not a
            // fault): keep the card, and what was typed in it, and say so.
            Log.ClickStorageFailed(_logger, exception, verb, turn.Activity.Conversation?.Id);
            turn.SetInvokeResponse(AdaptiveCardInvokeResponse.Message(asked["StorageUnavailable"]));
        }
    }

    private async Task<AdaptiveCardInvokeResponse> AnswerAsync(
        TurnContext turn, WorkshopOwner owner, string workshopId, WorkshopClick click, ClickAnswer answer, BotText asked, CancellationToken cancellationToken)
    {
        if (answer is ShowAnswer show)
        {
            var loaded = await _store.LoadAsync(owner, workshopId, cancellationToken);
            if (loaded is null)
            {
                return AdaptiveCardInvokeResponse.Message(asked["WorkshopNotFound"]);
            }

            // The clicker now has a card of their own (a form, a stage) in place of the board: a redraw must not take it at once.
            _updates.Answered(turn);
            return Card(show.Card(new StepView { Map = loaded.Map, Text = WorkshopText.Of(loaded.Map), Viewer = click.Actor, Click = click }));
        }

        if (answer is ShowLoadedAnswer showLoaded)
        {
            var loaded = await _store.LoadAsync(owner, workshopId, cancellationToken);
            if (loaded is null)
            {
                return AdaptiveCardInvokeResponse.Message(asked["WorkshopNotFound"]);
            }

            _updates.Answered(turn);
            return Card(await showLoaded.Card(new StepView { Map = loaded.Map, Text = WorkshopText.Of(loaded.Map), Viewer = click.Actor, Click = click }, owner, cancellationToken));
        }

        if (answer is StartFromAnswer startFrom)
        {
            return await StartFromAsync(turn, owner, workshopId, click, startFrom, asked, cancellationToken);
        }

        var apply = (ApplyAnswer)answer;
        var result = await ApplyAsync(turn, owner, workshopId, apply, cancellationToken);
        switch (result.Status)
        {
            case WorkshopCommandStatus.AlreadyApplied:
                // The same click delivered again: it counted once; the person gets the board as it is.
                return Card(_board.Build(new StepView
                {
                    Map = result.Outcome!.Map,
                    Text = WorkshopText.Of(result.Outcome.Map),
                    Viewer = click.Actor,
                    Notice = WorkshopText.Of(result.Outcome.Map)["AlreadySaved"],
                }));
            case WorkshopCommandStatus.Applied:
                await _index.RecordAsync(owner, result.Outcome!, cancellationToken);
                await _reminders.PlanAsync(owner, result.Outcome!, ReminderTimeZones.Of(turn.Activity), cancellationToken);
                var movedOn = MovedOn(click, result.Outcome!);
                if (apply.After is not null && movedOn is null)
                {
                    // Back to the card the person works on (a stage), the new item in place and its forms empty; the redraw
                    // for everyone waits a coalescing window so it does not take that card away at once.
                    _updates.Answered(turn);
                    _updates.Request(turn, owner, workshopId);
                    return Card(apply.After(new StepView
                    {
                        Map = result.Outcome!.Map,
                        Text = WorkshopText.Of(result.Outcome.Map),
                        Viewer = click.Actor,
                        Click = click with { Inputs = SubmittedInputs.None },
                    }));
                }

                _updates.Request(turn, owner, workshopId);
                return Card(_board.Build(new StepView
                {
                    Map = result.Outcome!.Map,
                    Text = WorkshopText.Of(result.Outcome.Map),
                    Viewer = click.Actor,
                    Notice = movedOn,
                }));
            case WorkshopCommandStatus.Rejected:
                return Refused(turn, owner, workshopId, click, apply, result.Outcome!);
            case WorkshopCommandStatus.NotFound:
                return AdaptiveCardInvokeResponse.Message(asked["WorkshopNotFound"]);
            default:
                // Too busy or storage down: nothing was saved, and the card (with what the person typed) stays as it is.
                return AdaptiveCardInvokeResponse.Message(asked[result.Status == WorkshopCommandStatus.TooBusy ? "WorkshopTooBusy" : "StorageUnavailable"]);
        }
    }

    /// <summary>
    /// A refused command: a stale card gets the current board (and the shared message is redrawn too); a refused form
    /// comes back with the errors beside its fields and the input kept; anything else shows the board with the reason.
    /// </summary>
    private AdaptiveCardInvokeResponse Refused(TurnContext turn, WorkshopOwner owner, string workshopId, WorkshopClick click, ApplyAnswer apply, MapOutcome outcome)
    {
        var text = WorkshopText.Of(outcome.Map);
        var reasons = string.Join(" ", outcome.Errors.Select(text.Error).Distinct().Select(CardText.Escape));
        var view = new StepView { Map = outcome.Map, Text = text, Viewer = click.Actor, Click = click, Errors = outcome.Errors, Notice = reasons };
        if (outcome.Errors.All(error => error is { Field: "id", Code: ErrorCodes.Duplicate }))
        {
            // The same person pressed the same Add twice (the id comes from the card and the person): it is saved once.
            return Card(_board.Build(view with { Click = null, Errors = [], Notice = text["AlreadySaved"] }));
        }

        if (outcome.Errors.Any(error => error.Code == ErrorCodes.Stale))
        {
            _updates.Request(turn, owner, workshopId);
            return Card(_board.Build(view with { Click = null }));
        }

        var formCanShow = apply.Form is not null && outcome.Errors.Any(error => error.Code is not (ErrorCodes.Closed or ErrorCodes.Finished or ErrorCodes.NotAllowed));
        if (formCanShow)
        {
            _updates.Answered(turn);
        }

        return Card(formCanShow ? apply.Form!(view) : _board.Build(view with { Click = null }));
    }

    /// <summary>
    /// A button of a card an older version drew (its verb renamed since, or its data not saying what it is about): nothing
    /// is guessed or changed; the person gets the workshop's current board, whose buttons work, and is told why.
    /// </summary>
    private async Task<AdaptiveCardInvokeResponse> OlderCardAsync(
        WorkshopOwner owner, string workshopId, WorkshopClick click, BotText asked, CancellationToken cancellationToken)
    {
        var loaded = await _store.LoadAsync(owner, workshopId, cancellationToken);
        if (loaded is null)
        {
            return AdaptiveCardInvokeResponse.Message(asked["WorkshopNotFound"]);
        }

        var text = WorkshopText.Of(loaded.Map);
        return Card(_board.Build(new StepView { Map = loaded.Map, Text = text, Viewer = click.Actor, Notice = text["StaleAction"] }));
    }

    /// <summary>An answer that needs the conversation's members gets them first (<see cref="ClickAnswer.WithMembers"/>); any other is as it is.</summary>
    private async Task<ClickAnswer> ResolveAsync(TurnContext turn, ClickAnswer answer, CancellationToken cancellationToken) =>
        answer is MembersAnswer needs ? needs.Then(await _members.ListAsync(turn, cancellationToken)) : answer;

    /// <summary>
    /// Applies the answer's command, recorded with the activity's id; with <see cref="ApplyAnswer.SaveFirst"/>, first saves
    /// what the command's result on the workshop as loaded needs (a fault there is thrown: nothing applied, "try again"), and
    /// after it applied saves again if a concurrent change made that result differ (logged, not thrown: the map has changed).
    /// </summary>
    private async Task<WorkshopCommandResult> ApplyAsync(TurnContext turn, WorkshopOwner owner, string workshopId, ApplyAnswer apply, CancellationToken cancellationToken)
    {
        if (apply.SaveFirst is not { } saveFirst)
        {
            return await _store.ApplyAsync(owner, workshopId, apply.Command, turn.Activity.Id, cancellationToken);
        }

        JourneyMap? planned = null;
        if (await _store.LoadAsync(owner, workshopId, cancellationToken) is { } loaded && apply.Command(loaded.Map) is { Succeeded: true } plan)
        {
            await saveFirst.SaveAsync(owner, plan.Map, cancellationToken);
            planned = plan.Map;
        }

        var result = await _store.ApplyAsync(owner, workshopId, apply.Command, turn.Activity.Id, cancellationToken);
        if (result.Status == WorkshopCommandStatus.Applied)
        {
            try
            {
                await saveFirst.SaveAgainIfChangedAsync(owner, planned, result.Outcome!.Map, cancellationToken);
            }
            catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
            {
                Log.SaveAgainFailed(_logger, exception, workshopId);
            }
        }

        return result;
    }

    private AdaptiveCardInvokeResponse Card(AdaptiveCard card) => AdaptiveCardInvokeResponse.Card(_forms.ForConversation(card));

    /// <summary>
    /// Saved from a card of an earlier step (an old board further up the chat): the work is kept, and the person is told
    /// the team has moved on, since the board they get back shows another step.
    /// </summary>
    private static string? MovedOn(WorkshopClick click, MapOutcome outcome) =>
        click.Card.Step is { } shown && shown != outcome.Map.CurrentStep && outcome.Before.CurrentStep == outcome.Map.CurrentStep
            ? WorkshopText.Of(outcome.Map).Format("MovedOnNotice", (int)shown, (int)outcome.Map.CurrentStep, WorkshopText.Of(outcome.Map).StepName(outcome.Map.CurrentStep))
            : null;
}
