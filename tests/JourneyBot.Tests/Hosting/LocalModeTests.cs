using System.Net;
using JourneyBot.Connector.Schema;
using JourneyBot.Tests.Driver;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Hosting;

[Collection(BotTests.Name)]
public sealed class LocalModeTests(BotEnvironment environment)
{
    [Fact]
    public async Task Local_mode_answers_a_loopback_caller_without_a_token()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings { RemoteAddress = IPAddress.IPv6Loopback });
        var chat = bot.PersonalChat(TestUser.Alice);

        var reply = await chat.SendAndGetReplyAsync("help");

        Assert.Null(reply.Call.Authorization);
    }

    [Fact]
    public async Task Local_mode_refuses_a_caller_that_is_not_on_loopback()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings { RemoteAddress = IPAddress.Parse("10.20.30.40") });
        var chat = bot.PersonalChat(TestUser.Alice);

        var (status, messages) = await chat.PostAsync(chat.NewActivity(ActivityTypes.Message, null) with { Text = "help" });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(messages);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("Via", "1.1 tunnel")]
    [InlineData("Host", "abc123.devtunnels.ms")]
    public async Task Local_mode_refuses_a_request_that_came_through_a_proxy_or_tunnel(string header, string value)
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = System.Net.Http.Json.JsonContent.Create(chat.NewActivity(ActivityTypes.Message, null) with { Text = "help" }, options: ConnectorJson.Options),
        };
        if (header == "Host")
        {
            request.Headers.Host = value;
        }
        else
        {
            request.Headers.Add(header, value);
        }

        using var response = await bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(environment.Connector.Calls, call => call.ConversationId == chat.Id);
    }

    [Fact]
    public async Task Local_mode_never_sends_replies_to_a_service_url_off_this_machine()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);

        var (status, messages) = await chat.PostAsync(chat.NewActivity(ActivityTypes.Message, null) with
        {
            Text = "help",
            ServiceUrl = "https://attacker.example/_connector/",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Empty(messages);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Without_an_app_id_the_bot_refuses_to_start_outside_Development(string environmentName)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var bot = await environment.StartBotAsync(new BotHostSettings { Environment = environmentName });
        });

        var validation = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(failure));
        Assert.Contains($"MicrosoftAppId is required outside Development (this is {environmentName})", validation.Message, StringComparison.Ordinal);
    }

    private static Exception? Innermost<T>(Exception exception) where T : Exception
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is T)
            {
                return e;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Select(Innermost<T>).FirstOrDefault(x => x is not null) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
