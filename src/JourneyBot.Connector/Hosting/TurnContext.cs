using System.Security.Claims;
using System.Text.Json;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Hosting;

/// <summary>One inbound activity and the ways to answer it: replies, edits, and (for invokes) the HTTP response.</summary>
public sealed class TurnContext
{
    private readonly IConnectorClient _connector;
    private readonly TimeProvider _time;

    public TurnContext(Activity activity, IConnectorClient connector, ClaimsIdentity? caller, TimeProvider time)
    {
        Activity = activity;
        _connector = connector;
        _time = time;
        Caller = caller;
        Text = MentionText.WithoutBotMention(activity);
        ConversationReference = ConversationReference.From(activity);
    }

    public Activity Activity { get; }

    /// <summary>When the endpoint received the activity (on the app's clock): the turn's time budgets count from here.</summary>
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>
    /// When the turn's answer must be out (on the app's clock; null: no limit but the client's own). Replies, updates and
    /// deletes sent during the turn get what is left until then, so a slow connector cannot hold the turn past the
    /// time Teams waits for it (docs/protocol.md, Inbound requests).
    /// </summary>
    public DateTimeOffset? AnswerBy { get; init; }

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
        var replyToId = Activity.Id;
        return string.IsNullOrEmpty(replyToId)
            ? WithinBudgetAsync(token => _connector.SendToConversationAsync(serviceUrl, conversationId, outbound, token), cancellationToken)
            : WithinBudgetAsync(token => _connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, outbound with { ReplyToId = replyToId }, token), cancellationToken);
    }

    /// <summary>Sends an Adaptive Card.</summary>
    public Task<ConnectorResult<ResourceResponse>> SendCardAsync(JsonPayload card, CancellationToken cancellationToken, string? summary = null) =>
        SendAsync(Activity.FromCard(card, summary), cancellationToken);

    /// <summary>Replaces a message the bot sent earlier (for everyone in the conversation).</summary>
    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Target();
        var outbound = Address(activity) with { Id = activityId };
        return WithinBudgetAsync(token => _connector.UpdateActivityAsync(serviceUrl, conversationId, activityId, outbound, token), cancellationToken);
    }

    /// <summary>Deletes a message the bot sent earlier.</summary>
    public Task<ConnectorResult<bool>> DeleteAsync(string activityId, CancellationToken cancellationToken)
    {
        var (serviceUrl, conversationId) = Target();
        return WithinBudgetAsync(token => _connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, token), cancellationToken);
    }

    /// <summary>
    /// Runs a connector call with what is left of the turn's time (<see cref="AnswerBy"/>): once it is spent, the call is
    /// cancelled and answers as a failure without an HTTP status, like any call the connector did not answer.
    /// </summary>
    private async Task<ConnectorResult<T>> WithinBudgetAsync<T>(Func<CancellationToken, Task<ConnectorResult<T>>> call, CancellationToken cancellationToken)
    {
        if (AnswerBy is not { } answerBy)
        {
            return await call(cancellationToken);
        }

        var left = answerBy - _time.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            return ConnectorResult.Failure<T>(null, TurnTimeSpent);
        }

        using var budget = new CancellationTokenSource(left, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await call(linked.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ConnectorResult.Failure<T>(null, TurnTimeSpent);
        }
    }

    private const string TurnTimeSpent = "The turn's time ran out before the connector answered.";

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
