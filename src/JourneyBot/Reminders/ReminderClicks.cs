using System.Globalization;
using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Resources;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Reminders;

/// <summary>
/// The reminder card's Snooze a week (anyone in the conversation) and Stop reminders (facilitators only: stopping decides
/// for the team, snoozing only asks for a week). The tenant and conversation are the activity's, never the card's, so a
/// click reaches only its own conversation's reminders. The clicker gets the card with what was done; everyone else's copy
/// is redrawn the same way. Stopping a revisit reminder turns the map's revisit plan off (<see cref="JourneyMap.ChangeRevisitPlan"/>),
/// so the finished board, the planner and the row agree; stopping an overdue reminder removes only its row.
/// </summary>
public sealed class ReminderClicks(
    IReminderStore store, IWorkshopStore workshops, IRevisitReminders planner, MessageUpdateCoalescer updates, StorageDeadline deadline, TimeProvider time,
    ILogger<ReminderClicks> logger)
{
    private const int NameLength = 60;

    public async Task OnClickAsync(TurnContext turn, string verb, JsonElement? data, CancellationToken cancellationToken)
    {
        var asked = BotText.For(Languages.Of(turn.Activity));
        if (ReminderButtonData.Parse(data) is not { } button || turn.ConversationReference is not { } conversation)
        {
            Log.BadReminderClick(logger, verb, turn.Activity.Conversation?.Id);
            turn.SetInvokeResponse(AdaptiveCardInvokeResponse.Error(400, "BadRequest", asked["BadActionData"]));
            return;
        }

        var owner = new WorkshopOwner(conversation.TenantId, conversation.ConversationId);
        using var storage = deadline.Start(turn, cancellationToken);
        try
        {
            turn.SetInvokeResponse(await AnswerAsync(turn, owner, verb, button, asked, storage.Token));
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            Log.ClickStorageFailed(logger, exception, verb, conversation.ConversationId);
            turn.SetInvokeResponse(AdaptiveCardInvokeResponse.Message(asked["StorageUnavailable"]));
        }
    }

    private async Task<AdaptiveCardInvokeResponse> AnswerAsync(
        TurnContext turn, WorkshopOwner owner, string verb, ReminderButtonData button, BotText asked, CancellationToken cancellationToken)
    {
        var map = (await workshops.LoadAsync(owner, button.WorkshopId, cancellationToken))?.Map;
        if (map is null || map.Status == WorkshopStatus.Cancelled || (button.Kind == ReminderKind.Revisit && map.Status != WorkshopStatus.Finished))
        {
            return AdaptiveCardInvokeResponse.Message(asked["ReminderGone"]);
        }

        var text = WorkshopText.Of(map);
        var actor = Participants.From(turn.Activity);
        var name = CardText.Shown(actor.Name, NameLength);
        var reminder = await store.FindAsync(owner, button.WorkshopId, button.Kind, cancellationToken);
        string notice;
        if (verb == ReminderVerbs.Stop)
        {
            if (!map.IsFacilitator(actor))
            {
                return AdaptiveCardInvokeResponse.Message(text["ReminderStopNotAllowed"]);
            }

            if (button.Kind == ReminderKind.Revisit)
            {
                // The plan becomes off, so the finished board says so; the planner then removes the row, as for any plan change.
                var off = await workshops.ApplyAsync(owner, map.Id, m => m.ChangeRevisitPlan(actor, new RevisitPlan { Cadence = RevisitCadence.Off }, time.GetUtcNow()), cancellationToken);
                if (off.Status is WorkshopCommandStatus.TooBusy or WorkshopCommandStatus.StorageUnavailable)
                {
                    return AdaptiveCardInvokeResponse.Message(text[off.Status == WorkshopCommandStatus.TooBusy ? "WorkshopTooBusy" : "StorageUnavailable"]);
                }

                if (off is { Status: WorkshopCommandStatus.Applied, Outcome: { } outcome })
                {
                    map = outcome.Map;
                    await planner.PlanAsync(owner, outcome, ReminderTimeZones.Of(turn.Activity), cancellationToken);
                }
            }

            if (reminder is not null)
            {
                // Gone already when the planner removed it; an overdue reminder's row goes here.
                await store.DeleteAsync(reminder with { ETag = default }, cancellationToken);
            }

            notice = text.Format(button.Kind == ReminderKind.Revisit ? "ReminderRevisitStopped" : "ReminderStopped", name);
        }
        else
        {
            if (reminder is null && button.Kind == ReminderKind.OverdueActions)
            {
                return AdaptiveCardInvokeResponse.Message(text["ReminderGone"]);
            }

            var zone = ReminderTimeZones.Resolve(reminder?.TimeZone ?? ReminderTimeZones.Of(turn.Activity));
            var due = ReminderSchedule.Snoozed(time.GetUtcNow(), zone);
            var snoozed = reminder is null
                // A revisit on a date was sent and is done: the snooze is the one more the team asked for.
                ? new Reminder { Kind = ReminderKind.Revisit, Owner = owner, WorkshopId = map.Id, DueAt = due, TimeZone = ReminderTimeZones.Of(turn.Activity) }
                : reminder with
                {
                    DueAt = due,
                    ResumeAt = button.Kind == ReminderKind.Revisit ? reminder.ResumeAt ?? reminder.DueAt : null,
                    ClaimedBy = null,
                    ClaimedUntil = Reminder.Unclaimed,
                };
            if (await store.WriteAsync(snoozed, cancellationToken) is null)
            {
                // Sent or replanned at this very moment: nothing half-done, the person presses again.
                return AdaptiveCardInvokeResponse.Message(text["WorkshopTooBusy"]);
            }

            var local = TimeZoneInfo.ConvertTime(due, zone);
            notice = text.Format("ReminderSnoozed", name, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), CardText.Escape(zone.Id));
        }

        var card = button.Kind == ReminderKind.Revisit ? ReminderCards.Revisit(map, notice) : ReminderCards.Answered(map, notice);
        if (turn.Activity.ReplyToId is { } messageId && turn.Activity.ServiceUrl is { } serviceUrl && turn.Activity.Conversation is { } posted)
        {
            // Everyone's copy of the reminder says what was done, so nobody snoozes it twice.
            updates.RequestFinalUpdate(new MessageAddress(serviceUrl, posted.Id, messageId), _ => Task.FromResult<Activity?>(Activity.FromCard(card)));
        }

        return AdaptiveCardInvokeResponse.Card(card);
    }
}
