namespace JourneyBot.Connector.Client;

/// <summary>Supplies the bearer token for outbound Bot Connector calls.</summary>
public interface IBotTokenProvider
{
    /// <summary>A token for the Bot Connector scope, cached until near expiry; null in local mode (send no header).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
