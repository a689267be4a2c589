using System.Net;
using JourneyBot.Connector.Schema;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Hosting;

/// <summary>With an app id configured, /api/messages is Teams-only: each request carries a valid Bot Connector token.</summary>
[Collection(BotTests.Name)]
public sealed class AuthenticatedEndpointTests(BotEnvironment environment)
{
    private static readonly BotHostSettings WithAppId = new() { AppId = "6f0c1f6e-1a2b-4c3d-9e8f-0a1b2c3d4e5f", RemoteAddress = IPAddress.Parse("52.112.0.10") };

    [Fact]
    public async Task A_valid_token_is_accepted_and_the_reply_carries_the_bot_token()
    {
        await using var bot = await environment.StartBotAsync(WithAppId);
        var chat = bot.PersonalChat(TestUser.Alice);

        var reply = await chat.SendAndGetReplyAsync("help");

        Assert.Equal("Bearer " + FixedTokenProvider.Token, reply.Call.Authorization);
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_with_an_empty_401()
    {
        await using var bot = await environment.StartBotAsync(WithAppId);
        var chat = bot.PersonalChat(TestUser.Alice);
        var activity = chat.NewActivity(ActivityTypes.Message, null) with { Text = "help" };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(activity, options: ConnectorJson.Options) };
        using var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(environment.Connector.Calls, c => c.ConversationId == chat.Id);
    }

    [Fact]
    public async Task A_token_for_another_bot_is_refused()
    {
        await using var bot = await environment.StartBotAsync(WithAppId);
        var chat = bot.PersonalChat(TestUser.Alice);
        var activity = chat.NewActivity(ActivityTypes.Message, null) with { Text = "help" };
        var otherBotsToken = environment.Issuer.CreateToken("11111111-2222-3333-4444-555555555555", activity.ServiceUrl!);

        var (status, messages) = await chat.PostAsync(activity, "Bearer " + otherBotsToken);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task A_token_issued_for_another_service_url_is_refused()
    {
        await using var bot = await environment.StartBotAsync(WithAppId);
        var chat = bot.PersonalChat(TestUser.Alice);
        var activity = chat.NewActivity(ActivityTypes.Message, null) with { Text = "help" };
        var token = environment.Issuer.CreateToken(WithAppId.AppId!, "https://smba.trafficmanager.net/emea/");

        var (status, messages) = await chat.PostAsync(activity, "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(messages);
    }
}
