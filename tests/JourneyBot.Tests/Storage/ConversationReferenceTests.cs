using JourneyBot.Connector.Schema;
using JourneyBot.Storage;
using JourneyBot.Tests.Driver;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Storage;

[Collection(BotTests.Name)]
public sealed class ConversationReferenceTests(BotEnvironment environment)
{
    [Fact]
    public async Task The_conversation_reference_is_stored_in_Table_Storage_and_read_back_after_a_restart()
    {
        var settings = new BotHostSettings();
        Conversation channel;
        await using (var first = await environment.StartBotAsync(settings))
        {
            channel = first.Channel(locale: "ko-KR");
            await channel.SendAndGetReplyAsync("help", from: TestUser.Bora);
        }

        await using var second = await environment.StartBotAsync(settings);
        var stored = await second.Services.GetRequiredService<IConversationStore>()
            .FindAsync(channel.Account.TenantId, channel.Id, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(environment.Connector.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(channel.Id, stored.ConversationId);
        Assert.Equal(ConversationTypes.Channel, stored.ConversationType);
        Assert.Equal(channel.Account.TenantId, stored.TenantId);
        Assert.Equal(Conversation.Bot.Id, stored.BotId);
        Assert.Equal(channel.ChannelData.Team!.Id, stored.TeamId);
        Assert.Equal(channel.ChannelData.Channel!.Id, stored.TeamsChannelId);
        Assert.Equal("ko-KR", stored.Locale);
    }

    [Fact]
    public async Task A_message_in_a_channel_thread_keeps_the_channel_itself_as_the_conversation()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var inThread = channel.NewActivity(ActivityTypes.Message, TestUser.Chris) with
        {
            Text = "<at>JourneyBot</at> help",
            Entities = [new Entity { Type = "mention", Mentioned = Conversation.Bot, Text = "<at>JourneyBot</at>" }],
            Conversation = channel.Account with { Id = channel.Id + ";messageid=1763800000000" },
        };

        await channel.PostAsync(inThread);

        var stored = await bot.Services.GetRequiredService<IConversationStore>().FindAsync(channel.Account.TenantId, channel.Id, CancellationToken.None);
        Assert.Equal(channel.Id, stored?.ConversationId);
        // The answer itself stays in the thread it was asked in.
        Assert.Contains(environment.Connector.Calls, call => call.ConversationId == inThread.Conversation.Id && call.ActivityId == inThread.Id);
    }

    [Fact]
    public async Task Removing_the_bot_forgets_the_conversation()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        await chat.AddBotAsync();
        var store = bot.Services.GetRequiredService<IConversationStore>();
        Assert.NotNull(await store.FindAsync(chat.Account.TenantId, chat.Id, CancellationToken.None));

        await chat.RemoveBotAsync();

        Assert.Null(await store.FindAsync(chat.Account.TenantId, chat.Id, CancellationToken.None));
    }

    [Fact]
    public async Task The_same_conversation_id_in_two_tenants_is_stored_twice_apart()
    {
        await using var bot = await environment.StartBotAsync();
        var store = bot.Services.GetRequiredService<IConversationStore>();
        var shared = "19:same/id#with?odd\\chars@thread.v2";

        await store.SaveAsync(new ConversationReference { ServiceUrl = "https://a.example/", ChannelId = "msteams", ConversationId = shared, TenantId = "tenant-a" }, CancellationToken.None);
        await store.SaveAsync(new ConversationReference { ServiceUrl = "https://b.example/", ChannelId = "msteams", ConversationId = shared, TenantId = "tenant-b" }, CancellationToken.None);

        Assert.Equal("https://a.example/", (await store.FindAsync("tenant-a", shared, CancellationToken.None))?.ServiceUrl);
        Assert.Equal("https://b.example/", (await store.FindAsync("tenant-b", shared, CancellationToken.None))?.ServiceUrl);
        Assert.Null(await store.FindAsync("tenant-c", shared, CancellationToken.None));
    }
}
