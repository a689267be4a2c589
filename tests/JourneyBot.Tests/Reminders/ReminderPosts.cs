using JourneyBot.Testing;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Reminders;

/// <summary>The reminders the fake connector received for one conversation: proactive posts (no reply-to), each card checked.</summary>
internal static class ReminderPosts
{
    /// <summary>Proactive posts to <paramref name="chat"/> after the first <paramref name="skip"/> calls, as messages a test can click.</summary>
    public static async Task<IReadOnlyList<BotMessage>> PostsToAsync(this BotEnvironment environment, Conversation chat, int skip = 0)
    {
        var posts = new List<BotMessage>();
        foreach (var call in environment.Connector.Calls.Skip(skip).Where(call => IsProactivePost(call, chat.Id)))
        {
            var message = new BotMessage(call.ResponseId!, call.Activity!, call);
            await environment.Cards.AssertValidAsync(message.Card.Json, CancellationToken.None);
            Assert.True(message.Card.Bytes < 28 * 1024, $"{message.Card.Bytes} bytes");
            posts.Add(message);
        }

        return posts;
    }

    /// <summary>A POST to <c>v3/conversations/{id}/activities</c> (not a reply to an activity) that the connector accepted.</summary>
    public static bool IsProactivePost(ConnectorCall call, string conversationId) =>
        call is { Method: "POST", ActivityId: null, StatusCode: 201, Activity: not null } && call.ConversationId == conversationId;
}
