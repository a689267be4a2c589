using JourneyBot.Connector.Client;
using JourneyBot.Connector.Hosting;
using JourneyBot.Workshop;
using Microsoft.Extensions.Options;

namespace JourneyBot.Conversations;

/// <summary>
/// Who is in the conversation a turn came from, as Teams lists them (<c>GET v3/conversations/{id}/members</c>,
/// docs/protocol.md, Outbound calls): the people an action item may be given to. Null when Teams does not say in time
/// or at all (the Agents Playground may not serve the route): the caller then offers the people the workshop knows.
/// </summary>
public sealed class ConversationMembers(IConnectorClient connector, TimeProvider time, IOptions<ConversationMembersOptions> options, ILogger<ConversationMembers> logger)
{
    /// <summary>The members with an Entra object id (a guest without one cannot own an action), each once; null when unknown.</summary>
    public async Task<IReadOnlyList<Participant>?> ListAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // The conversation without a channel thread's ";messageid=": a channel's members are its team's.
        if (turn.ConversationReference is not { } conversation || string.IsNullOrEmpty(turn.Activity.ServiceUrl))
        {
            return null;
        }

        using var limit = new CancellationTokenSource(options.Value.MembersTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            var result = await connector.GetConversationMembersAsync(turn.Activity.ServiceUrl, conversation.ConversationId, linked.Token);
            if (!result.Succeeded || result.Value is null)
            {
                Log.MembersUnavailable(logger, conversation.ConversationId, result.Error ?? "no answer");
                return null;
            }

            var members = result.Value
                .Where(member => member.EntraObjectId is not null && !string.Equals(member.UserRole, "anonymous", StringComparison.OrdinalIgnoreCase))
                .Select(member => new Participant(member.EntraObjectId!, member.DisplayName ?? member.EntraObjectId!))
                .DistinctBy(person => person.AadObjectId.ToUpperInvariant())
                .ToArray();
            return members.Length == 0 ? null : members;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.MembersUnavailable(logger, conversation.ConversationId, "timed out");
            return null;
        }
    }
}
