using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>The record of an applied activity: a redelivery of it writes nothing, at no extra round trip, and old records go.</summary>
[Collection(BotTests.Name)]
public sealed class AppliedActivityTests(BotEnvironment environment)
{
    [Fact]
    public async Task The_same_activity_applied_twice_in_a_row_moves_the_workshop_once_and_the_second_costs_one_query()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        tables.RoundTrips.Reset();
        var first = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), "activity-1", CancellationToken.None);
        var second = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), "activity-1", CancellationToken.None);

        Assert.Equal(WorkshopCommandStatus.Applied, first.Status);
        Assert.Equal(WorkshopCommandStatus.AlreadyApplied, second.Status);
        Assert.Equal(3, tables.RoundTrips.Count); // one query and one batch; the redelivery finds its record in its one query
        var stored = (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))!.Map;
        Assert.Equal((map.Version + 1, first.Outcome!.Map.CurrentStep), (stored.Version, stored.CurrentStep));
        Assert.Equal(stored.Version, second.Outcome!.Map.Version);
        Assert.Single((await tables.RowsAsync(map.Id)).Keys, key => key.StartsWith(AppliedActivities.RowPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_activity_applied_twice_at_once_moves_the_workshop_once()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
            tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), "activity-7", CancellationToken.None))));

        Assert.Equal([WorkshopCommandStatus.Applied, WorkshopCommandStatus.AlreadyApplied], results.Select(result => result.Status).Order());
        var stored = (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))!.Map;
        Assert.Equal(map.Version + 1, stored.Version);
    }

    [Fact]
    public async Task Different_activities_each_apply_and_records_past_their_lifetime_are_removed()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, "create-activity", CancellationToken.None);
        await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), "activity-1", CancellationToken.None);
        await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), "activity-2", CancellationToken.None);
        Assert.Equal(map.Version + 2, (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))!.Map.Version);
        Assert.Equal(3, (await tables.RowsAsync(map.Id)).Keys.Count(key => key.StartsWith(AppliedActivities.RowPrefix, StringComparison.Ordinal)));

        var cleanup = new AppliedActivityCleanup(
            new Azure.Data.Tables.TableServiceClient(environment.Azurite.ConnectionString), tables.Names, Options.Create(new StorageOptions()), TimeProvider.System,
            NullLogger<AppliedActivityCleanup>.Instance);
        Assert.Equal(0, await cleanup.RemoveOlderThanAsync(DateTimeOffset.UtcNow.AddMinutes(-5), CancellationToken.None));
        Assert.True(await cleanup.RemoveOlderThanAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None) >= 3);

        var rows = await tables.RowsAsync(map.Id);
        Assert.DoesNotContain(rows.Keys, key => key.StartsWith(AppliedActivities.RowPrefix, StringComparison.Ordinal));
        Assert.Contains("header", rows.Keys);
    }
}
