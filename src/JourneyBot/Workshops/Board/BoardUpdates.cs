using JourneyBot.Connector.Client;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;

namespace JourneyBot.Workshops.Board;

/// <summary>
/// Keeps the board message current for everyone: after a change, the message the click came from is redrawn from
/// storage as the shared board (no one's private scores), once per burst of clicks (MessageUpdateCoalescer).
/// </summary>
public sealed class BoardUpdates(MessageUpdateCoalescer coalescer, IWorkshopStore store, WorkshopBoard board, ILogger<BoardUpdates> logger)
{
    /// <summary>Asks for the clicked message of <paramref name="turn"/> to show workshop <paramref name="workshopId"/>'s board.</summary>
    public void Request(TurnContext turn, WorkshopOwner owner, string workshopId)
    {
        var activity = turn.Activity;
        if (activity.ReplyToId is not { Length: > 0 } messageId || activity.ServiceUrl is null || activity.Conversation is null)
        {
            return;
        }

        var addressing = new Activity
        {
            Type = ActivityTypes.Message,
            Id = messageId,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            From = activity.Recipient,
            Conversation = activity.Conversation,
        };
        coalescer.RequestUpdate(
            new MessageAddress(activity.ServiceUrl, activity.Conversation.Id, messageId),
            cancellationToken => RenderAsync(owner, workshopId, addressing, cancellationToken));
    }

    private async Task<Activity?> RenderAsync(WorkshopOwner owner, string workshopId, Activity addressing, CancellationToken cancellationToken)
    {
        try
        {
            var loaded = await store.LoadAsync(owner, workshopId, cancellationToken);
            if (loaded is null)
            {
                return null;
            }

            var card = board.Build(new StepView { Map = loaded.Map, Text = WorkshopText.Of(loaded.Map) });
            return Activity.FromCard(card.ToJson()) with
            {
                Id = addressing.Id,
                ChannelId = addressing.ChannelId,
                ServiceUrl = addressing.ServiceUrl,
                From = addressing.From,
                Conversation = addressing.Conversation,
            };
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            // The change is saved; only the others' view of it waits for the next click or refresh.
            Log.BoardNotRedrawn(logger, exception, workshopId);
            return null;
        }
    }
}
