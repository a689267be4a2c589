using JourneyBot.Cards;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Hosting;
using JourneyBot.Connector.Schema;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Workshops.Board;

/// <summary>
/// One live board per workshop: when a message becomes the workshop's board (a typed command posted it, or a click on
/// the setup or list card made it the board), it is recorded in the conversation index, and the board it replaces is
/// turned into one short line, so an older board cannot be used by mistake and the chat does not fill with boards.
/// Best effort: the new board is already there; a failure here is logged and the turn goes on.
/// </summary>
public sealed class LiveBoard(
    IConversationWorkshops index, MessageUpdateCoalescer coalescer, StorageDeadline deadline, TimeProvider time, ILogger<LiveBoard> logger)
{
    /// <summary>
    /// The message <paramref name="activityId"/>, posted in <paramref name="turn"/>'s conversation, is now <paramref name="map"/>'s
    /// board. <paramref name="listed"/> is the workshop's index row when the turn read it already (it saves a read).
    /// </summary>
    public async Task PostedAsync(TurnContext turn, WorkshopOwner owner, JourneyMap map, string activityId, ConversationWorkshop? listed, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId || activityId.Length == 0)
        {
            return;
        }

        // In a channel thread the conversation id carries ";messageid=…": the message lives in that thread, so it is kept
        // as the connector gave it, while the index row is the channel's (the owner has no thread).
        var board = new BoardMessage(conversationId, activityId, time.GetUtcNow());
        BoardReplacement replaced;
        try
        {
            // Within what is left of the turn's storage deadline: the board is posted already, this only records it.
            using var storage = deadline.Start(turn, cancellationToken);
            replaced = await index.RecordBoardAsync(owner.TenantId, owner.ConversationId, map.Id, map.CreatedAt, board, listed, storage.Token);
        }
        catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
        {
            Log.LiveBoardNotRecorded(logger, exception, map.Id);
            return;
        }

        if (replaced is not { Status: BoardRecord.Recorded, Previous: { } previous } || previous.ActivityId == activityId)
        {
            return;
        }

        var shortLine = Activity.FromCard(MovedOnCard(WorkshopText.Of(map)).ToPayload()) with
        {
            Id = previous.ActivityId,
            ChannelId = activity.ChannelId,
            ServiceUrl = serviceUrl,
            From = activity.Recipient,
            Conversation = activity.Conversation! with { Id = previous.ConversationId },
        };
        coalescer.RequestFinalUpdate(
            new MessageAddress(serviceUrl, previous.ConversationId, previous.ActivityId),
            _ => Task.FromResult<Activity?>(shortLine));
    }

    /// <summary>
    /// The clicked message of <paramref name="turn"/> as the first board of a workshop the click just created, to be
    /// recorded with the workshop (<see cref="WorkshopIndex.ActivateAsync(WorkshopOwner, JourneyMap, BoardMessage?, CancellationToken)"/>):
    /// there is no board before it to replace. Null when the click names no message.
    /// </summary>
    public BoardMessage? FirstBoard(TurnContext turn)
    {
        var activity = turn.Activity;
        return activity.ReplyToId is { Length: > 0 } messageId && activity.Conversation?.Id is { Length: > 0 } conversationId
            ? new BoardMessage(conversationId, messageId, time.GetUtcNow())
            : null;
    }

    /// <summary>What a board that moved on shows: one subtle line, no buttons.</summary>
    public static AdaptiveCard MovedOnCard(Resources.BotText text) =>
        new([new TextBlock(text["BoardMovedOn"]) { IsSubtle = true, Size = TextSize.Small }]);
}
