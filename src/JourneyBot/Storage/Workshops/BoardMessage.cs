namespace JourneyBot.Storage.Workshops;

/// <summary>
/// The message that is a workshop's live board in its conversation: the one a typed command posted last (or the setup or
/// list message a click made the board). Kept in the conversation index, not in the map: it is a Teams message, not part
/// of the method.
/// </summary>
/// <param name="ConversationId">The conversation the message was posted in, as the connector knows it: in a channel thread
/// with its <c>;messageid=…</c>, so an update goes to that thread.</param>
/// <param name="ActivityId">The id the connector answered when the bot posted it (<c>ResourceResponse.id</c>).</param>
/// <param name="PostedAt">When the bot posted (or adopted) it: of two boards, the later is the live one.</param>
public sealed record BoardMessage(string ConversationId, string ActivityId, DateTimeOffset PostedAt);

/// <summary>What recording a new board did.</summary>
public enum BoardRecord
{
    /// <summary>Recorded as the live board; <see cref="BoardReplacement.Previous"/> (if any) is the one it replaced.</summary>
    Recorded,

    /// <summary>A board posted later was already recorded: nothing written, nothing to replace.</summary>
    Older,

    /// <summary>The workshop has no row in this conversation's index: nothing written.</summary>
    NotIndexed,

    /// <summary>Others changed the row on every try: nothing written.</summary>
    GaveUp,
}

/// <summary>The outcome of <see cref="IConversationWorkshops.RecordBoardAsync"/>.</summary>
public sealed record BoardReplacement(BoardRecord Status, BoardMessage? Previous = null);
