namespace JourneyBot.Connector.Client;

/// <summary>A message the bot sent and may edit later: where its conversation is served, the conversation, the message id.</summary>
public sealed record MessageAddress(string ServiceUrl, string ConversationId, string ActivityId);
