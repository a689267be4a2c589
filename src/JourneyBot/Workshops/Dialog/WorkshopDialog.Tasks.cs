using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Reminders;
using JourneyBot.Resources;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Dialog;

/// <summary>
/// Forms in Teams dialogs (<see cref="FormMode.Dialog"/>): <c>task/fetch</c> opens a form verb's card in a dialog;
/// <c>task/submit</c> runs the dialog's button like a click. Same card context, permissions and stale-card rules as a click;
/// the dialog's state is the client's, so a board redrawn meanwhile takes nobody's typing.
/// </summary>
public sealed partial class WorkshopDialog
{
    /// <summary>Answers a <c>task/fetch</c> (<paramref name="submitted"/> false) or a <c>task/submit</c>.</summary>
    public async Task OnTaskAsync(TurnContext turn, bool submitted, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var asked = BotText.For(Languages.Of(activity));
        var data = TaskData(activity);
        var verb = data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(CardForms.VerbKey, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (verb is null || WorkshopCardData.Parse(data) is not { WorkshopId: { } workshopId } card || turn.ConversationReference is not { } conversation)
        {
            Log.BadCardData(_logger, verb ?? "(none)", activity.Conversation?.Id);
            turn.SetInvokeResponse(TaskModuleResponse.Message(asked["BadActionData"]));
            return;
        }

        var owner = new WorkshopOwner(conversation.TenantId, conversation.ConversationId);
        // The message to redraw after a save: the one Teams says the dialog was opened from, or, on a submit, the one the
        // dialog's buttons carry back sealed (Teams does not promise a replyToId there). The dialog's cards carry it sealed.
        var sealKey = $"{owner.TenantId}|{owner.ConversationId}";
        var boardMessage = submitted ? _seal.Open(sealKey, SealedBoardMessageOf(data)) ?? activity.ReplyToId : activity.ReplyToId;
        var sealedBoardMessage = _seal.Seal(sealKey, boardMessage);
        var form = CardForms.FormFrom(data);
        var isAddForm = verb == CardForms.OpenFormVerb && !submitted;
        if (!isAddForm && (!_verbs.ContainsKey(verb) || card.FromOlderVersion))
        {
            turn.SetInvokeResponse(TaskModuleResponse.Message(asked["StaleAction"]));
            return;
        }

        var click = new WorkshopClick { Verb = verb, Card = card, Inputs = new SubmittedInputs(data), Actor = Participants.From(activity), At = _time.GetUtcNow() };
        using var storage = _deadline.Start(turn, cancellationToken);
        try
        {
            turn.SetInvokeResponse(isAddForm ? await OpenAddFormAsync(owner, workshopId, form, sealedBoardMessage, asked, storage.Token) : await ResolveAsync(turn, _verbs[verb](click), cancellationToken) switch
            {
                ShowAnswer show => await ShowInDialogAsync(owner, workshopId, click, show, sealedBoardMessage, asked, storage.Token),
                ShowLoadedAnswer show => await ShowInDialogAsync(owner, workshopId, click, show, sealedBoardMessage, asked, storage.Token),
                StartFromAnswer => TaskModuleResponse.Message(asked["StaleAction"]), // started from the board only, never from a dialog
                ApplyAnswer apply => await ApplyFromDialogAsync(turn, owner, workshopId, click, apply, new DialogBoard(boardMessage, sealedBoardMessage), form, asked, storage.Token),
                _ => TaskModuleResponse.Message(asked["BadActionData"]),
            });
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            Log.ClickStorageFailed(_logger, exception, verb, activity.Conversation?.Id);
            turn.SetInvokeResponse(submitted
                ? KeepTyped(asked, verb, data!.Value, sealedBoardMessage, form)
                : TaskModuleResponse.Message(asked["StorageUnavailable"]));
        }
    }

    private async Task<TaskModuleResponse> ShowInDialogAsync(
        WorkshopOwner owner, string workshopId, WorkshopClick click, ShowAnswer show, string? boardMessage, BotText asked, CancellationToken cancellationToken)
    {
        var loaded = await _store.LoadAsync(owner, workshopId, cancellationToken);
        if (loaded is null)
        {
            return TaskModuleResponse.Message(asked["WorkshopNotFound"]);
        }

        var view = new StepView { Map = loaded.Map, Text = WorkshopText.Of(loaded.Map), Viewer = click.Actor, Click = click };
        return InDialog(loaded.Map, show.Card(view), boardMessage);
    }

    private async Task<TaskModuleResponse> ShowInDialogAsync(
        WorkshopOwner owner, string workshopId, WorkshopClick click, ShowLoadedAnswer show, string? boardMessage, BotText asked, CancellationToken cancellationToken)
    {
        var loaded = await _store.LoadAsync(owner, workshopId, cancellationToken);
        if (loaded is null)
        {
            return TaskModuleResponse.Message(asked["WorkshopNotFound"]);
        }

        var view = new StepView { Map = loaded.Map, Text = WorkshopText.Of(loaded.Map), Viewer = click.Actor, Click = click };
        return InDialog(loaded.Map, await show.Card(view, owner, cancellationToken), boardMessage);
    }

    /// <summary>An add form from a board, in a dialog: only for a workshop of this conversation (the form is what the bot drew).</summary>
    private async Task<TaskModuleResponse> OpenAddFormAsync(
        WorkshopOwner owner, string workshopId, JsonElement? form, string? boardMessage, BotText asked, CancellationToken cancellationToken)
    {
        if (form is not { } shown)
        {
            return TaskModuleResponse.Message(asked["BadActionData"]);
        }

        var loaded = await _store.LoadAsync(owner, workshopId, cancellationToken);
        return loaded is null
            ? TaskModuleResponse.Message(asked["WorkshopNotFound"])
            : TaskModuleResponse.Continue(CardText.Shorten(loaded.Map.Name, 60), CardForms.ForDialog(shown, boardMessage, shown), TaskInfo.Large, TaskInfo.Large);
    }

    private async Task<TaskModuleResponse> ApplyFromDialogAsync(
        TurnContext turn, WorkshopOwner owner, string workshopId, WorkshopClick click, ApplyAnswer apply, DialogBoard board, JsonElement? form, BotText asked,
        CancellationToken cancellationToken)
    {
        var boardMessage = board.Sealed;
        var result = await ApplyAsync(turn, owner, workshopId, apply, cancellationToken);
        switch (result.Status)
        {
            case WorkshopCommandStatus.AlreadyApplied:
                // The same submit delivered again: it counted once.
                return TaskModuleResponse.Message(WorkshopText.Of(result.Outcome!.Map)["AlreadySaved"]);
            case WorkshopCommandStatus.Applied:
                await _index.RecordAsync(owner, result.Outcome!, cancellationToken);
                await _reminders.PlanAsync(owner, result.Outcome!, ReminderTimeZones.Of(turn.Activity), cancellationToken);
                if (board.MessageId is not null)
                {
                    _updates.Request(turn, owner, workshopId, board.MessageId, result.Outcome!.Map);
                }

                var saved = WorkshopText.Of(result.Outcome!.Map);
                if (apply.After is not null && MovedOn(click, result.Outcome) is null)
                {
                    // Saved from a stage card in the dialog: the dialog stays on that stage, the new item in place.
                    var after = apply.After(new StepView { Map = result.Outcome.Map, Text = saved, Viewer = click.Actor, Click = click with { Inputs = SubmittedInputs.None } });
                    return InDialog(result.Outcome.Map, after, boardMessage);
                }

                if (form is { } addForm)
                {
                    // An add form: the same form again, empty, for the next item (a new seed gives it a new id).
                    var again = CardForms.Again(addForm, ItemIds.NewId(), saved["DialogSavedAddAnother"]);
                    return TaskModuleResponse.Continue(CardText.Shorten(result.Outcome.Map.Name, 60), CardForms.ForDialog(again, boardMessage, addForm), TaskInfo.Large, TaskInfo.Large);
                }

                // A removal confirmed in a dialog says so; anything else was saved.
                return TaskModuleResponse.Message(saved[click.Verb.Contains(".remove", StringComparison.Ordinal) ? "DialogRemoved" : "DialogSaved"]);
            case WorkshopCommandStatus.Rejected:
                var outcome = result.Outcome!;
                var text = WorkshopText.Of(outcome.Map);
                if (outcome.Errors.All(error => error is { Field: "id", Code: ErrorCodes.Duplicate }))
                {
                    return TaskModuleResponse.Message(text["AlreadySaved"]);
                }

                if (outcome.Errors.Any(error => error.Code == ErrorCodes.Stale))
                {
                    return TaskModuleResponse.Message(text["DialogStale"]);
                }

                var reasons = string.Join(" ", outcome.Errors.Select(text.Error).Distinct());
                var view = new StepView { Map = outcome.Map, Text = text, Viewer = click.Actor, Click = click, Errors = outcome.Errors, Notice = CardText.Escape(reasons) };
                return apply.Form is not null && outcome.Errors.Any(error => error.Code is not (ErrorCodes.Closed or ErrorCodes.Finished or ErrorCodes.NotAllowed))
                    ? InDialog(outcome.Map, apply.Form(view), boardMessage, form)
                    : TaskModuleResponse.Message(reasons);
            case WorkshopCommandStatus.NotFound:
                return TaskModuleResponse.Message(asked["WorkshopNotFound"]);
            default:
                // Nothing was saved: the form comes back with what the person typed and the reason, so nothing is lost.
                // A reload that fails too ends in OnTaskAsync's KeepTyped: the dialog stays, with the typing and "Try again".
                var notice = asked[result.Status == WorkshopCommandStatus.TooBusy ? "WorkshopTooBusy" : "StorageUnavailable"];
                var loaded = await _store.LoadAsync(owner, workshopId, cancellationToken);
                return apply.Form is not null && loaded is not null
                    ? InDialog(loaded.Map, apply.Form(new StepView { Map = loaded.Map, Text = WorkshopText.Of(loaded.Map), Viewer = click.Actor, Click = click, Notice = notice }), boardMessage, form)
                    : TaskModuleResponse.Message(notice);
        }
    }

    /// <summary>A submit that storage could not take: the dialog keeps what was typed and offers to send it again.</summary>
    private static TaskModuleResponse KeepTyped(BotText asked, string verb, JsonElement data, string? sealedBoardMessage, JsonElement? form) =>
        TaskModuleResponse.Continue(asked["TryAgainButton"], CardForms.ForDialog(DialogRetryCard.Build(asked, asked["DialogNotSavedKept"], verb, data), sealedBoardMessage, form), TaskInfo.Large, TaskInfo.Large);

    /// <summary>A card in the dialog, titled with the workshop's name; its buttons carry the board message to redraw after a save.</summary>
    private static TaskModuleResponse InDialog(JourneyMap map, AdaptiveCard card, string? boardMessage, JsonElement? form = null) =>
        TaskModuleResponse.Continue(CardText.Shorten(map.Name, 60), CardForms.ForDialog(card, boardMessage, form), TaskInfo.Large, TaskInfo.Large);

    /// <summary>The Action.Submit data of a <c>task/fetch</c> or <c>task/submit</c>, the inputs merged in.</summary>
    private static JsonElement? TaskData(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize<TaskModuleRequest>(ConnectorJson.Options)?.Data is { ValueKind: JsonValueKind.Object } data ? data : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The sealed board message a dialog's button carries back (<see cref="DialogBoardSeal"/>); null when absent.</summary>
    private static string? SealedBoardMessageOf(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(CardForms.BoardMessageKey, out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <summary>The board message a dialog was opened from: its id, to redraw it, and sealed, for the dialog's buttons to carry.</summary>
    private sealed record DialogBoard(string? MessageId, string? Sealed);
}
