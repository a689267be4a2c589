using JourneyBot.Connector.Schema;
using JourneyBot.Testing;

namespace JourneyBot.Tests.Driver;

/// <summary>A message the bot sent to the conversation, as the fake connector received it.</summary>
public sealed record BotMessage(string ActivityId, Activity Activity, ConnectorCall Call)
{
    /// <summary>The message's Adaptive Card; fails the test when it has none.</summary>
    public CardView Card =>
        Activity.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content is { } card
            ? new CardView(card)
            : throw new InvalidOperationException("The bot's message has no Adaptive Card: " + Activity.Text);
}

/// <summary>What the bot answered a card click with, in the invoke's HTTP response.</summary>
public sealed record InvokeResult(int HttpStatus, AdaptiveCardInvokeResponse? Response)
{
    /// <summary>The card that replaced the clicked one; fails the test when the answer was not a card.</summary>
    public CardView Card =>
        Response is { Type: AdaptiveCardInvokeResponse.CardType, Value: { } card }
            ? new CardView(card)
            : throw new InvalidOperationException($"The invoke was answered with {HttpStatus} {Response?.Type} {Response?.Value}, not a card.");
}
