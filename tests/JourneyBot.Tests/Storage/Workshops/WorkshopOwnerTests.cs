using Azure.Data.Tables;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>A workshop belongs to the tenant and conversation it was started in; to anyone else it does not exist.</summary>
[Collection(BotTests.Name)]
public sealed class WorkshopOwnerTests(BotEnvironment environment)
{
    public static TheoryData<string?, string> Strangers => new()
    {
        { "tenant-fabrikam", SampleWorkshops.Owner.ConversationId },
        { null, SampleWorkshops.Owner.ConversationId },
        { SampleWorkshops.Owner.TenantId, "19:other@thread.tacv2" },
        { SampleWorkshops.Owner.TenantId, "19:JOURNEYS@thread.tacv2" },
    };

    [Theory]
    [MemberData(nameof(Strangers))]
    public async Task Another_tenant_or_conversation_naming_the_workshop_id_finds_nothing_and_writes_nothing(string? tenantId, string conversationId)
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var before = await tables.RowsAsync(map.Id);
        var stranger = new WorkshopOwner(tenantId, conversationId);

        var loaded = await tables.Store.LoadAsync(stranger, map.Id, CancellationToken.None);
        var header = await tables.Store.ApplyAsync(stranger, map.Id, current => current.Rename(SampleWorkshops.Alice, "Taken over"), CancellationToken.None);
        var item = await tables.Store.ApplyAsync(stranger, map.Id, current => current.AddGoal(SampleWorkshops.Alice, "goal-stranger", "Planted", SampleWorkshops.Start), CancellationToken.None);

        Assert.Null(loaded);
        Assert.Equal((WorkshopCommandStatus.NotFound, WorkshopCommandStatus.NotFound), (header.Status, item.Status));
        Assert.Equal(Snapshot(before), Snapshot(await tables.RowsAsync(map.Id)));
    }

    [Fact]
    public async Task A_chat_without_a_tenant_owns_its_workshop_and_a_tenant_naming_it_finds_nothing()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        var chat = new WorkshopOwner(null, "a:1on1-chat");
        await tables.Store.CreateAsync(chat, map, CancellationToken.None);

        var result = await tables.Store.ApplyAsync(chat, map.Id, current => current.NextStep(SampleWorkshops.Alice), CancellationToken.None);

        Assert.Equal(WorkshopCommandStatus.Applied, result.Status);
        Assert.Equal(chat, (await tables.Store.LoadAsync(chat, map.Id, CancellationToken.None))?.Owner);
        Assert.Null(await tables.Store.LoadAsync(chat with { TenantId = "tenant-contoso" }, map.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_thread_of_the_owning_channel_is_the_same_conversation()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var thread = SampleWorkshops.Owner with { ConversationId = SampleWorkshops.Owner.ConversationId + ";messageid=1732262400000" };

        var result = await tables.Store.ApplyAsync(thread, map.Id, current => current.NextStep(SampleWorkshops.Alice), CancellationToken.None);

        Assert.Equal(WorkshopCommandStatus.Applied, result.Status);
        var stored = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);
        Assert.Equal(WorkshopStep.JourneyStages, stored?.Map.CurrentStep);
        Assert.Equal(SampleWorkshops.Owner, stored?.Owner);
    }

    private static string[] Snapshot(Dictionary<string, TableEntity> rows) => [.. rows.Select(row => row.Key + " " + row.Value.ETag).Order(StringComparer.Ordinal)];
}
