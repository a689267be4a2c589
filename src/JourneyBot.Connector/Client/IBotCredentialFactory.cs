using Azure.Core;

namespace JourneyBot.Connector.Client;

/// <summary>Creates the credential that obtains the bot's Bot Connector tokens (replaceable in tests).</summary>
public interface IBotCredentialFactory
{
    /// <summary>The credential for the identity that <paramref name="options"/> describes; never called in local mode.</summary>
    TokenCredential Create(BotOptions options);
}
