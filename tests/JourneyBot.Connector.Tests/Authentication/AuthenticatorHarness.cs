using JourneyBot.Connector;
using JourneyBot.Connector.Authentication;
using JourneyBot.Connector.Schema;
using JourneyBot.Testing.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Connector.Tests.Authentication;

/// <summary>The authenticator as the app registers it, pointed at a loopback token issuer, on a shared fake clock.</summary>
internal sealed class AuthenticatorHarness : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly ServiceProvider services;

    private AuthenticatorHarness(TestTokenIssuer issuer, FakeTimeProvider time, ServiceProvider services, BotOptions options)
    {
        Issuer = issuer;
        Time = time;
        this.services = services;
        Options = options;
        Authenticator = services.GetRequiredService<IRequestAuthenticator>();
    }

    public TestTokenIssuer Issuer { get; }
    public FakeTimeProvider Time { get; }
    public BotOptions Options { get; }
    public IRequestAuthenticator Authenticator { get; }

    /// <summary>A Teams message as the Bot Connector would post it.</summary>
    public static Activity TeamsMessage(string channelId = TestTokenIssuer.TeamsChannelId, string serviceUrl = ServiceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:1conversation" },
        Text = "hello",
    };

    public static async Task<AuthenticatorHarness> StartAsync(string? tenantId = null, Action<BotOptions>? configure = null)
    {
        var time = new FakeTimeProvider();
        var issuer = await TestTokenIssuer.StartAsync(time);
        var options = new BotOptions();
        issuer.ConfigureBot(options, AppId, tenantId);
        configure?.Invoke(options);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(options))
            .AddBotAuthentication()
            .BuildServiceProvider();
        return new AuthenticatorHarness(issuer, time, services, options);
    }

    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(authorizationHeader, activity ?? TeamsMessage(), CancellationToken.None);

    public Task<AuthenticationOutcome> AuthenticateTokenAsync(string token, Activity? activity = null) =>
        AuthenticateAsync($"Bearer {token}", activity);

    /// <summary>A valid Bot Connector token for this bot and <see cref="ServiceUrl"/>.</summary>
    public string ValidToken() => Issuer.CreateToken(AppId, ServiceUrl);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
