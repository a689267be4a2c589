using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>What storage faults come to: a bad row is skipped, a refused request is a result, never an exception.</summary>
[Collection(BotTests.Name)]
public sealed class WorkshopFaultTests(BotEnvironment environment)
{
    [Fact]
    public async Task A_corrupt_item_row_is_skipped_and_the_workshop_still_loads_and_takes_commands()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        await tables.WriteRowAsync(map.Id, "Goal|goal-corrupt", new Dictionary<string, object> { ["Kind"] = "Goal", ["Json"] = "{\"id\":\"goal-corrupt\",\"text\":" });
        await tables.WriteRowAsync(map.Id, "Persona|persona-nojson", new Dictionary<string, object> { ["Kind"] = "Persona" });

        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);
        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.AddGoal(SampleWorkshops.Chris, "goal-2", "After the corrupt row", SampleWorkshops.Start.AddHours(1)), CancellationToken.None);

        Assert.Equal(map.Goals.Select(goal => goal.Id), loaded?.Map.Goals.Select(goal => goal.Id));
        Assert.Equal(map.Personas.Select(persona => persona.Id), loaded?.Map.Personas.Select(persona => persona.Id));
        Assert.Equal(WorkshopCommandStatus.Applied, result.Status);
        Assert.Contains("Goal|goal-corrupt", (await tables.RowsAsync(map.Id)).Keys);
    }

    [Fact]
    public async Task Storage_refusing_the_request_is_a_storage_unavailable_result_not_an_exception()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var wrongKey = tables.StoreWithWrongAccountKey();

        var result = await wrongKey.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.StorageUnavailable, 1), (result.Status, result.Attempts));
        Assert.False(result.Decided);
        Assert.Equal(map.Version, (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))?.Map.Version);
    }

    [Fact]
    public async Task A_caller_that_cancels_gets_its_cancellation_back()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), cancelled.Token));
    }
}
