using JourneyBot.Connector.Schema;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Dialog;

/// <summary>Who acts in a turn, as the workshop records contributions.</summary>
public static class Participants
{
    /// <summary>
    /// The sender: their Microsoft Entra object id (stable across chats, what attribution needs), or where Teams gives
    /// none (an anonymous or federated user) the channel account id, with characters ids may not hold (<c>29:1a…</c>)
    /// made dashes, because per-person items (scores, ratings) carry the person in their id. The name as Teams sent it.
    /// </summary>
    public static Participant From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var from = activity.From ?? throw new InvalidOperationException("The activity names no sender.");
        var id = string.IsNullOrWhiteSpace(from.AadObjectId)
            ? new string([.. (from.Id ?? string.Empty).Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')])
            : from.AadObjectId;
        return new Participant(id, string.IsNullOrWhiteSpace(from.Name) ? id : from.Name);
    }
}
