using JourneyBot.Connector.Schema;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops;

/// <summary>Who acts in a turn, as the workshop records contributions.</summary>
public static class Participants
{
    /// <summary>
    /// The sender: their Microsoft Entra object id (stable across chats, what attribution needs), or the channel account
    /// id where Teams gives none (the Agents Playground, guests); the display name as Teams sent it.
    /// </summary>
    public static Participant From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var from = activity.From ?? throw new InvalidOperationException("The activity names no sender.");
        var id = string.IsNullOrWhiteSpace(from.AadObjectId) ? from.Id : from.AadObjectId;
        return new Participant(id ?? string.Empty, string.IsNullOrWhiteSpace(from.Name) ? id ?? string.Empty : from.Name);
    }
}
