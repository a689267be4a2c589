using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Conversations;

/// <summary>How long a turn waits for Teams to list a conversation's members; bound from section <c>Conversations</c>, checked at start-up.</summary>
public sealed class ConversationMembersOptions
{
    public const string Section = "Conversations";

    /// <summary>
    /// The most a click waits for <c>GET v3/conversations/{id}/members</c> (step 7's owner choice) before it offers the
    /// workshop's own people instead: the whole turn must answer within Teams' time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "00:00:10", ErrorMessage = "Conversations:MembersTimeout must be from 0.5 to 10 seconds.")]
    public TimeSpan MembersTimeout { get; set; } = TimeSpan.FromSeconds(3);
}
