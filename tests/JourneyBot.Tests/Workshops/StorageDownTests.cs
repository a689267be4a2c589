using JourneyBot.Connector.Schema;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;

namespace JourneyBot.Tests.Workshops;

[Collection(BotTests.Name)]
public sealed class StorageDownTests(BotEnvironment environment)
{
    // Table Storage that refuses every connection (the discard port).
    private const string NoStorage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    [Fact]
    public async Task When_storage_is_down_a_submitted_form_stays_on_the_card_and_the_person_is_told_to_try_again()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        await using var withoutStorage = await environment.StartBotAsync(new BotHostSettings { TablesConnectionString = NoStorage });
        var sameChatNoStorage = withoutStorage.PersonalChat(TestUser.Alice);

        var clicked = await sameChatNoStorage.ClickAsync(setup, board.Button(GoalsAndPersonasVerbs.AddGoal),
            new Dictionary<string, object?> { [GoalsSection.TextInput] = "Keep me" });

        // A message answer leaves the card, and what was typed in it, as it is.
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, clicked.Response!.Type);
        Assert.Contains("Your input is still on the card", clicked.Response.Value!.Value.Element.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_storage_is_down_a_typed_command_is_answered_with_a_try_again_card()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings { TablesConnectionString = NoStorage });

        var reply = await bot.PersonalChat(TestUser.Alice).SendAndGetReplyAsync("status");

        Assert.Contains("Please try again in a moment", reply.Card.Text, StringComparison.Ordinal);
    }
}
