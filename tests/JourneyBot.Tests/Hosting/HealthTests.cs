using System.Net;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Hosting;

[Collection(BotTests.Name)]
public sealed class HealthTests(BotEnvironment environment)
{
    [Fact]
    public async Task Healthz_and_readyz_answer_when_storage_is_reachable()
    {
        await using var bot = await environment.StartBotAsync();

        using var health = await bot.Http.GetAsync("/healthz");
        using var ready = await bot.Http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(["reminders", "tables"], body.GetProperty("checks").EnumerateObject().Select(check => check.Name).Order());
    }

    [Fact]
    public async Task Without_storage_the_bot_is_up_but_not_ready_and_still_answers()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings
        {
            TablesConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        });

        using var health = await bot.Http.GetAsync("/healthz");
        using var ready = await bot.Http.GetAsync("/readyz");
        var reply = await bot.PersonalChat(TestUser.Alice).SendAndGetReplyAsync("help");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Contains("Goals and personas", reply.Card.Text, StringComparison.Ordinal);
    }
}
