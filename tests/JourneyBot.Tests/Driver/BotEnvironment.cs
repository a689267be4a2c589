using JourneyBot.Testing;
using JourneyBot.Testing.Authentication;

namespace JourneyBot.Tests.Driver;

/// <summary>
/// What every conversation test shares, started once: a real Azurite, a loopback fake of the Bot Connector service,
/// a local token issuer, and the official Adaptive Cards library (through Node) that checks every card the bot sends.
/// </summary>
public sealed class BotEnvironment : IAsyncLifetime, IDisposable
{
    private Azurite? _azurite;
    private FakeConnector? _connector;
    private TestTokenIssuer? _issuer;
    private AdaptiveCardValidator? _cards;

    public Azurite Azurite => _azurite ?? throw NotStarted();
    public FakeConnector Connector => _connector ?? throw NotStarted();
    public TestTokenIssuer Issuer => _issuer ?? throw NotStarted();
    public AdaptiveCardValidator Cards => _cards ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        _azurite = await Azurite.StartAsync();
        _connector = await FakeConnector.StartAsync();
        // Teams lists a conversation's members with their Entra object ids: here, the test users.
        _connector.SetDefaultMembers([.. new[] { TestUser.Alice, TestUser.Bora, TestUser.Chris }.Select(user => user.ToMember())]);
        _issuer = await TestTokenIssuer.StartAsync();
        _cards = new AdaptiveCardValidator();
    }

    /// <summary>xunit 2 disposes fixtures synchronously too; the async path already released everything.</summary>
    public void Dispose() => _cards?.Dispose();

    public async Task DisposeAsync()
    {
        if (_cards is not null) await _cards.DisposeAsync();
        if (_issuer is not null) await _issuer.DisposeAsync();
        if (_connector is not null) await _connector.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    /// <summary>Starts a bot in local mode (no app id), as the Agents Playground sees it.</summary>
    public Task<BotHost> StartBotAsync(BotHostSettings? settings = null) => BotHost.StartAsync(this, settings ?? new BotHostSettings());

    private static InvalidOperationException NotStarted() => new("The bot environment has not started.");
}

/// <summary>All conversation tests share one <see cref="BotEnvironment"/>.</summary>
[CollectionDefinition(Name)]
public sealed class BotTests : ICollectionFixture<BotEnvironment>
{
    public const string Name = "bot";
}
