using System.Collections.Concurrent;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Forms;
using Microsoft.Extensions.Options;

namespace JourneyBot.Workshops.Board;

/// <summary>
/// Keeps the board message current for everyone: after a change, the message the click came from is redrawn as the shared
/// board (no one's private scores), once per burst of clicks (MessageUpdateCoalescer): in a group from the workshop as
/// storage has it then (read again, unless a load since the last save is at hand: <see cref="RecentLoads"/>), in a
/// personal chat from the map the turn saved.
/// </summary>
public sealed class BoardUpdates(
    MessageUpdateCoalescer coalescer, IWorkshopStore store, RecentLoads recent, WorkshopBoard board, CardForms forms, StorageDeadline deadline, TimeProvider time,
    IOptions<ConnectorClientOptions> options, ILogger<BoardUpdates> logger)
{
    /// <summary>Messages whose card was just replaced for one person (an invoke response), and when: see <see cref="Answered"/>.</summary>
    private readonly ConcurrentDictionary<MessageAddress, DateTimeOffset> _answered = new();

    /// <summary>
    /// Asks for message <paramref name="messageId"/> (the clicked message when null) of <paramref name="turn"/>'s conversation to
    /// show workshop <paramref name="workshopId"/>'s board. Not after a click in a personal chat: the answer already is the board.
    /// </summary>
    /// <param name="saved">The map as this turn saved it. In a personal chat nobody else changes the workshop, so the board
    /// is drawn from it without reading storage again; in a group the redraw reads the workshop, since others may have
    /// added to it at the same moment (additions are inserts, not checked against the header).</param>
    public void Request(TurnContext turn, WorkshopOwner owner, string workshopId, string? messageId = null, JourneyMap? saved = null)
    {
        var activity = turn.Activity;
        if ((messageId ?? activity.ReplyToId) is not { Length: > 0 } target || activity.ServiceUrl is null || activity.Conversation is null)
        {
            return;
        }

        if (turn.IsInvoke(InvokeNames.AdaptiveCardAction) && activity.Conversation.ConversationType == ConversationTypes.Personal)
        {
            // A click in a personal chat: its one person has the new card in the invoke response; nothing to broadcast, no read.
            return;
        }

        var personal = activity.Conversation.ConversationType == ConversationTypes.Personal;
        Request(new MessageAddress(activity.ServiceUrl, activity.Conversation.Id, target), activity, owner, workshopId, personal ? saved : null);
    }

    /// <summary>
    /// Notes that the clicked message of <paramref name="turn"/> was just replaced, for the clicker, by the invoke response
    /// (a form, a stage card). A redraw for everyone waits until that card is a coalescing window old, so a click made just
    /// after someone's save is not overwritten (the inline forms of <see cref="FormMode.Inline"/>).
    /// </summary>
    public void Answered(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.ReplyToId is not { Length: > 0 } messageId || activity.ServiceUrl is null || activity.Conversation is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        _answered[new MessageAddress(activity.ServiceUrl, activity.Conversation.Id, messageId)] = now;
        if (_answered.Count > 10_000)
        {
            foreach (var (address, at) in _answered)
            {
                if (now - at > options.Value.UpdateCoalescingWindow)
                {
                    _answered.TryRemove(KeyValuePair.Create(address, at));
                }
            }
        }
    }

    private void Request(MessageAddress address, Activity activity, WorkshopOwner owner, string workshopId, JourneyMap? saved)
    {
        var messageId = address.ActivityId;

        var addressing = new Activity
        {
            Type = ActivityTypes.Message,
            Id = messageId,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            From = activity.Recipient,
            Conversation = activity.Conversation,
        };
        coalescer.RequestUpdate(address, cancellationToken =>
        {
            if (_answered.TryGetValue(address, out var answeredAt) && time.GetUtcNow() - answeredAt < options.Value.UpdateCoalescingWindow)
            {
                // Someone was handed this message's card a moment ago: ask again, so the board follows once they had a window.
                Request(address, activity, owner, workshopId, saved);
                return Task.FromResult<Activity?>(null);
            }

            return RenderAsync(owner, workshopId, saved, addressing, cancellationToken);
        });
    }

    private async Task<Activity?> RenderAsync(WorkshopOwner owner, string workshopId, JourneyMap? saved, Activity addressing, CancellationToken cancellationToken)
    {
        try
        {
            var map = saved ?? recent.Fresh(owner, workshopId) ?? await LoadAsync(owner, workshopId, cancellationToken);
            if (map is null)
            {
                return null;
            }

            var card = board.Build(new StepView { Map = map, Text = WorkshopText.Of(map) });
            return Activity.FromCard(forms.ForConversation(card)) with
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

    private async Task<JourneyMap?> LoadAsync(WorkshopOwner owner, string workshopId, CancellationToken cancellationToken)
    {
        // Sent after the turn answered, but bounded all the same: a hanging storage must not hold the redraws of this message.
        using var storage = deadline.Start(cancellationToken);
        return (await store.LoadAsync(owner, workshopId, storage.Token))?.Map;
    }
}
