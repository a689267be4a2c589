using JourneyBot.Connector.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Tests.Driver;

/// <summary>
/// One running JourneyBot app (the real Program, in the ASP.NET Core test host) wired to the test environment:
/// Azurite for storage, the fake connector for replies, the test issuer for tokens.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private BotHost(BotEnvironment environment, BotHostSettings settings, WebApplicationFactory<Program> factory)
    {
        Environment = environment;
        Settings = settings;
        _factory = factory;
        Http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public BotEnvironment Environment { get; }
    public BotHostSettings Settings { get; }
    public HttpClient Http { get; }
    public IServiceProvider Services => _factory.Services;

    internal static async Task<BotHost> StartAsync(BotEnvironment environment, BotHostSettings settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(settings.Environment);
            web.UseSetting("ConnectionStrings:Tables", settings.TablesConnectionString ?? environment.Azurite.ConnectionString);
            web.UseSetting("Storage:TablePrefix", settings.TablePrefix);
            // Board redraws wait for a quiet moment; in tests a short one, and SharedCardAsync waits for it to pass.
            web.UseSetting("Connector:UpdateCoalescingWindow", "00:00:00.020");
            web.UseSetting("MicrosoftAppId", settings.AppId ?? string.Empty);
            web.UseSetting("Cards:Forms", settings.Forms);
            if (settings.AppId is not null)
            {
                web.UseSetting("MicrosoftAppPassword", "not-used-in-tests");
                web.UseSetting("BotFrameworkOpenIdMetadataUrl", environment.Issuer.MetadataUrl.ToString());
            }

            foreach (var (key, value) in settings.ExtraSettings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(settings.RemoteAddress));
                if (settings.Logs is not null)
                {
                    services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(settings.Logs);
                }

                if (settings.Time is not null)
                {
                    services.RemoveAll<TimeProvider>();
                    services.AddSingleton(settings.Time);
                }

                if (settings.AppId is not null)
                {
                    // Entra ID is the edge we do not own: outbound calls carry a fixed token the fake connector records.
                    services.RemoveAll<IBotTokenProvider>();
                    services.AddSingleton<IBotTokenProvider>(new FixedTokenProvider(FixedTokenProvider.Token));
                }

                settings.Services?.Invoke(services);
            });
        });

        _ = factory.Server; // start now, so start-up failures surface here
        var host = new BotHost(environment, settings, factory);
        if (settings.TablesConnectionString is null)
        {
            await host.WaitUntilReadyAsync();
        }

        return host;
    }

    /// <summary>Like a load balancer, waits for <c>/readyz</c>: the tables are created in the background after start-up.</summary>
    private async Task WaitUntilReadyAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await Http.GetAsync("/readyz");
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The bot did not become ready (/readyz) within 10 seconds.");
    }

    /// <summary>A 1:1 chat between <paramref name="user"/> and the bot.</summary>
    public Conversation PersonalChat(TestUser user, string locale = "en-US") => Conversation.Personal(this, user, locale);

    /// <summary>A 1:1 chat whose conversation id is <paramref name="conversationId"/> (e.g. one at the envelope's length limit).</summary>
    public Conversation PersonalChat(TestUser user, string conversationId, string locale) => Conversation.Personal(this, user, locale, conversationId);

    /// <summary>A channel of a team; messages mention the bot, as Teams requires there.</summary>
    public Conversation Channel(string locale = "en-US") => Conversation.InChannel(this, locale);

    /// <summary>A group chat; messages mention the bot.</summary>
    public Conversation GroupChat(string locale = "en-US") => Conversation.InGroupChat(this, locale);

    /// <remarks>
    /// Stopping the app waits on the app's clock: the HTTP resilience pipelines (Polly) wait for calls still in flight in
    /// steps of a second of it before they are disposed. On a test's frozen <see cref="FakeTimeProvider"/> that wait
    /// never ended when a call was in flight at the end of a test (a board redraw, a reminder's post): a hang dump of a
    /// stuck run showed Polly's ExecutionTrackingComponent waiting under WebApplicationFactory.DisposeAsync. So while
    /// the app stops, its fake clock moves on, a second at a time, up to ten minutes of it.
    /// </remarks>
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        var stopping = _factory.DisposeAsync().AsTask();
        if (Settings.Time is FakeTimeProvider clock)
        {
            for (var second = 0; second < 600 && !stopping.IsCompleted; second++)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromMilliseconds(10)));
            }
        }

        await stopping;
    }

    /// <summary>The test server has no socket: this sets the caller's address the endpoint sees.</summary>
    private sealed class RemoteAddressStartupFilter(System.Net.IPAddress address) : IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use(nextMiddleware => context =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>An outbound token that never changes (tests do not talk to Entra ID).</summary>
internal sealed class FixedTokenProvider(string token) : IBotTokenProvider
{
    public const string Token = "test-outbound-token";

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
}
