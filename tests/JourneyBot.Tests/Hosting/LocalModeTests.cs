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

    [Fact]
    public async Task Production_without_an_app_id_refuses_to_start()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var bot = await environment.StartBotAsync(new BotHostSettings { Environment = "Production" });
        });

        var validation = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(failure));
        Assert.Contains("MicrosoftAppId is required in Production", validation.Message, StringComparison.Ordinal);
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
