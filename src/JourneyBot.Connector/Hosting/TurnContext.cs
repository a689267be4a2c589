using System.Security.Claims;
using System.Text.Json;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Hosting;

/// <summary>One inbound activity and the ways to answer it: replies, edits, and (for invokes) the HTTP response.</summary>
public sealed class TurnContext
{
    private readonly IConnectorClient _connector;

    public TurnContext(Activity activity, IConnectorClient connector, ClaimsIdentity? caller)
    {
        Activity = activity;
        _connector = connector;
        Caller = caller;
        Text = MentionText.WithoutBotMention(activity);
        ConversationReference = ConversationReference.From(activity);
    }

    public Activity Activity { get; }

    /// <summary>When the endpoint received the activity (on the app's clock): the turn's time budgets count from here.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Who called: the validated token's claims, or null in local mode.</summary>
    public ClaimsIdentity? Caller { get; }

    /// <summary>The message text without the bot's @mention, trimmed.</summary>
    public string Text { get; }

    /// <summary>Where to write to this conversation later; null when the activity names no conversation.</summary>
    public ConversationReference? ConversationReference { get; }

    /// <summary>What the endpoint answers an invoke with; null until the bot sets it.</summary>
    public InvokeResponse? InvokeResponse { get; private set; }

    public bool IsInvoke(string name) => Activity.Type == ActivityTypes.Invoke && Activity.Name == name;

    /// <summary>Sets the HTTP answer of this invoke.</summary>
    public void SetInvokeResponse(InvokeResponse response) => InvokeResponse = response;

    /// <summary>Answers an <c>adaptiveCard/action</c> invoke.</summary>
    public void SetInvokeResponse(AdaptiveCardInvokeResponse response) => InvokeResponse = new InvokeResponse(200, response);

    /// <summary>The answer to a <c>task/fetch</c> or <c>task/submit</c> invoke (a dialog).</summary>
    public void SetInvokeResponse(TaskModuleResponse response) => InvokeResponse = new InvokeResponse(200, response);

    /// <summary>Sends <paramref name="activity"/> to this conversation, as a reply in the thread of the inbound activity when it has an id.</summary>
    public Task<ConnectorResult<ResourceResponse>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Target();
        var outbound = Address(activity);
        return string.IsNullOrEmpty(Activity.Id)
            ? _connector.SendToConversationAsync(serviceUrl, conversationId, outbound, cancellationToken)
            : _connector.ReplyToActivityAsync(serviceUrl, conversationId, Activity.Id, outbound with { ReplyToId = Activity.Id }, cancellationToken);
    }

    /// <summary>Sends an Adaptive Card.</summary>
    public Task<ConnectorResult<ResourceResponse>> SendCardAsync(JsonElement card, CancellationToken cancellationToken, string? summary = null) =>
        SendAsync(Activity.FromCard(card, summary), cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (for everyone in the conversation).</summary>
    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Target();
        return _connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, Address(activity) with { Id = activityId }, cancellationToken);
    }

    /// <summary>Deletes a message the bot sent earlier.</summary>
    public Task<ConnectorResult<bool>> DeleteAsync(string activityId, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Target();
        return _connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    /// <summary>Fills in the addressing fields the connector expects on an outbound activity: from the bot, to the sender, in this conversation.</summary>
    private Activity Address(Activity outbound) => outbound with
    {
        ChannelId = Activity.ChannelId,
        ServiceUrl = Activity.ServiceUrl,
        From = Activity.Recipient,
        Recipient = Activity.From,
        Conversation = Activity.Conversation,
        Locale = outbound.Locale ?? Activity.Locale,
    };

    private (string ServiceUrl, string ConversationId) Target()
    {
        if (string.IsNullOrEmpty(Activity.ServiceUrl) || Activity.Conversation is null)
        {
            throw new InvalidOperationException("This activity names no conversation to answer in.");
        }

        return (Activity.ServiceUrl, Activity.Conversation.Id);
    }
}
