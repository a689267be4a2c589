using JourneyBot.Cards;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Resources;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Workshops.Dialog;

/// <summary>Starting and resuming: the clicks that act on the conversation's workshops rather than on one of them.</summary>
public sealed partial class WorkshopDialog
{
    /// <summary>
    /// The card that answers "start": the setup form, or, while a workshop is active, the question whether to continue
    /// it or replace it (replacing keeps it, listed and resumable).
    /// </summary>
    public async Task<AdaptiveCard> StartCardAsync(WorkshopOwner owner, BotText text, string? agreedToReplace, CancellationToken cancellationToken)
    {
        var other = await _index.ActiveOtherThanAsync(owner, [agreedToReplace], cancellationToken);
        return other is { Map.Status: WorkshopStatus.Active }
            ? ReplaceCard.Build(text, other.Map)
            : SetupCard.Build(text, ItemIds.NewId(), agreedToReplace);
    }

    /// <summary>
    /// The setup form, for the Start button of the help card (asking first, as typed start does, when a workshop is running)
    /// or of the question whether to replace one: then the person has agreed, and nothing is read; should yet another
    /// workshop have started meanwhile, the form's Start asks about that one (<see cref="CreateAsync"/>).
    /// </summary>
    private async Task<AdaptiveCardInvokeResponse> SetupAsync(WorkshopOwner owner, BotText text, string? agreedToReplace, CancellationToken cancellationToken) =>
        Card(agreedToReplace is null
            ? await StartCardAsync(owner, text, agreedToReplace, cancellationToken)
            : SetupCard.Build(text, ItemIds.NewId(), agreedToReplace));

    private async Task<AdaptiveCardInvokeResponse> CreateAsync(TurnContext turn, WorkshopOwner owner, WorkshopClick click, BotText asked, CancellationToken cancellationToken)
    {
        if (click.Card.Seed is not { } workshopId)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", asked["BadActionData"]);
        }

        var inputs = click.Inputs;
        var errors = new List<ValidationError>();
        var mapType = inputs.Choice<MapType>(SetupCard.MapTypeInput, "mapType", errors);
        var template = inputs.Choice<StageTemplate>(SetupCard.TemplateInput, "template", errors);
        var language = inputs.Text(SetupCard.LanguageInput) ?? string.Empty;
        var text = language == WorkshopLanguages.Korean ? BotText.Korean : language == WorkshopLanguages.English ? BotText.English : asked;

        var other = await _index.ActiveOtherThanAsync(owner, [workshopId, click.Card.ReplacesId], cancellationToken);
        if (other is { Map.Status: WorkshopStatus.Active })
        {
            // Someone started another workshop while this form was open: ask rather than replace it unseen.
            return Card(ReplaceCard.Build(text, other.Map));
        }

        var started = JourneyMap.Start(new NewWorkshop
        {
            Id = workshopId,
            Name = inputs.Text(SetupCard.NameInput) ?? string.Empty,
            MapType = mapType ?? MapType.CurrentState,
            Template = template ?? StageTemplate.Saas,
            Language = language,
            Facilitator = click.Actor,
            CreatedAt = click.At,
        });
        if (errors.Count > 0 || started.Map is not { } map)
        {
            return Card(SetupCard.Build(text, workshopId, click.Card.ReplacesId, [.. errors, .. started.Errors], inputs));
        }

        var created = await _store.CreateAsync(owner, map, turn.Activity.Id, cancellationToken);
        if (created.Status == SaveStatus.IdTaken)
        {
            // Start pressed again (or retried after a failure): the workshop exists; carry on with it, if it is ours.
            map = (await _store.LoadAsync(owner, workshopId, cancellationToken))?.Map;
            if (map is null)
            {
                return AdaptiveCardInvokeResponse.Error(400, "BadRequest", asked["BadActionData"]);
            }
        }

        // Start pressed again on an old form whose workshop has since been cancelled: show it, never make it active again.
        // A workshop this click created takes the setup message as its first board in the same write; one that was
        // there already (Start pressed twice) records it as any adopted board, in case another board came since.
        var firstBoard = created.Status == SaveStatus.Saved ? _liveBoard.FirstBoard(turn) : null;
        if (map.Status == WorkshopStatus.Active && !await _index.ActivateAsync(owner, map, firstBoard, cancellationToken))
        {
            return AdaptiveCardInvokeResponse.Message(text["WorkshopTooBusy"]);
        }

        if (firstBoard is null)
        {
            await AdoptAsBoardAsync(turn, owner, map, cancellationToken);
        }

        _updates.Request(turn, owner, map.Id);
        return Card(_board.Build(new StepView { Map = map, Text = WorkshopText.Of(map), Viewer = click.Actor }));
    }

    private async Task<AdaptiveCardInvokeResponse> ResumeAsync(TurnContext turn, WorkshopOwner owner, WorkshopClick click, BotText asked, CancellationToken cancellationToken)
    {
        if (click.Card.WorkshopId is not { } workshopId)
        {
            return AdaptiveCardInvokeResponse.Error(400, "BadRequest", asked["BadActionData"]);
        }

        var loaded = await _store.LoadAsync(owner, workshopId, cancellationToken);
        if (loaded is null)
        {
            return AdaptiveCardInvokeResponse.Message(asked["WorkshopNotFound"]);
        }

        var map = loaded.Map;
        if (map.Status == WorkshopStatus.Active && !await _index.ActivateAsync(owner, map, cancellationToken))
        {
            return AdaptiveCardInvokeResponse.Message(asked["WorkshopTooBusy"]);
        }

        await AdoptAsBoardAsync(turn, owner, map, cancellationToken);
        _updates.Request(turn, owner, map.Id);
        return Card(_board.Build(new StepView { Map = map, Text = WorkshopText.Of(map), Viewer = click.Actor }));
    }

    /// <summary>A workshop started from the stored one (<see cref="StartFromAnswer"/>): created once, made active, its board shown.</summary>
    private async Task<AdaptiveCardInvokeResponse> StartFromAsync(
        TurnContext turn, WorkshopOwner owner, string workshopId, WorkshopClick click, StartFromAnswer answer, BotText asked, CancellationToken cancellationToken)
    {
        var current = await _store.LoadAsync(owner, workshopId, cancellationToken);
        if (current is null)
        {
            return AdaptiveCardInvokeResponse.Message(asked["WorkshopNotFound"]);
        }

        var started = answer.Start(current.Map);
        if (started.Map is not { } map)
        {
            var text = WorkshopText.Of(current.Map);
            return Card(answer.Form(new StepView
            {
                Map = current.Map, Text = text, Viewer = click.Actor, Click = click, Errors = started.Errors,
                Notice = string.Join(" ", started.Errors.Select(text.Error).Distinct().Select(CardText.Escape)),
            }));
        }

        if ((await _store.CreateAsync(owner, map, turn.Activity.Id, cancellationToken)).Status == SaveStatus.IdTaken)
        {
            // Pressed again (or redelivered): the workshop the card's seed names exists; show it, if it is ours.
            map = (await _store.LoadAsync(owner, map.Id, cancellationToken))?.Map;
            if (map is null)
            {
                return AdaptiveCardInvokeResponse.Error(400, "BadRequest", asked["BadActionData"]);
            }
        }

        if (map.Status == WorkshopStatus.Active && !await _index.ActivateAsync(owner, map, cancellationToken))
        {
            return AdaptiveCardInvokeResponse.Message(asked["WorkshopTooBusy"]);
        }

        await AdoptAsBoardAsync(turn, owner, map, cancellationToken);
        _updates.Request(turn, owner, map.Id);
        return Card(_board.Build(new StepView { Map = map, Text = WorkshopText.Of(map), Viewer = click.Actor }));
    }

    /// <summary>The clicked message (the setup form, or the list a workshop was resumed from) is now the workshop's live board.</summary>
    private Task AdoptAsBoardAsync(TurnContext turn, WorkshopOwner owner, JourneyMap map, CancellationToken cancellationToken) =>
        map.Status == WorkshopStatus.Active && turn.Activity.ReplyToId is { Length: > 0 } messageId
            ? _liveBoard.PostedAsync(turn, owner, map, messageId, listed: null, cancellationToken)
            : Task.CompletedTask;
}
