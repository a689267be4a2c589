using Azure.Data.Tables;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Workshops;

[Collection(BotTests.Name)]
public sealed class WorkshopSaveTests(BotEnvironment environment)
{
    [Fact]
    public async Task A_command_writes_exactly_the_entities_it_added_updated_and_removed()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        await AssertWritesExactlyItsChanges(tables, map.Id, current => current.AddGoal(SampleWorkshops.Chris, "goal-2", "Shorten the trial", SampleWorkshops.Start.AddHours(1)));
        await AssertWritesExactlyItsChanges(tables, map.Id, current => current.MoveStage(SampleWorkshops.Alice, "stage-renewal", 1));
        await AssertWritesExactlyItsChanges(tables, map.Id, current => current.RemoveTouchpoint(SampleWorkshops.Alice, "touchpoint-1", removeDependents: true));
        await AssertWritesExactlyItsChanges(tables, map.Id, current => current.NextStep(SampleWorkshops.Bora));
    }

    [Fact]
    public async Task A_rejected_command_writes_nothing_and_costs_one_query()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var before = await tables.RowsAsync(map.Id);

        tables.RoundTrips.Reset();
        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.RemoveGoal(SampleWorkshops.Dana, "goal-1"), CancellationToken.None);

        Assert.Equal(WorkshopCommandStatus.Rejected, result.Status);
        Assert.Contains(result.Outcome?.Errors ?? [], error => error.Code == ErrorCodes.NotAllowed);
        Assert.Equal(1, tables.RoundTrips.Count);
        Assert.Equal(Snapshot(before), Snapshot(await tables.RowsAsync(map.Id)));
    }

    [Fact]
    public async Task A_successful_command_costs_two_round_trips_one_query_and_one_batch()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        tables.RoundTrips.Reset();
        var item = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.AddGoal(SampleWorkshops.Chris, "goal-2", "Shorten the trial", SampleWorkshops.Start), CancellationToken.None);
        var afterItem = tables.RoundTrips.Count;
        tables.RoundTrips.Reset();
        var header = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), CancellationToken.None);
        var afterHeader = tables.RoundTrips.Count;
        tables.RoundTrips.Reset();
        var many = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.RemoveStage(SampleWorkshops.Alice, StageKeys.Awareness, removeDependents: true), CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.Applied, 2), (item.Status, afterItem));
        Assert.Equal((WorkshopCommandStatus.Applied, 2), (header.Status, afterHeader));
        Assert.True(many.Outcome?.Changes.Count > 10, "removing a stage with its dependents changes many entities");
        Assert.Equal((WorkshopCommandStatus.Applied, 2), (many.Status, tables.RoundTrips.Count));
    }

    [Fact]
    public async Task A_header_change_over_a_stale_header_is_a_conflict_and_nothing_of_its_batch_is_written()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var first = await LoadAsync(tables, map.Id);
        var second = await LoadAsync(tables, map.Id);

        var renamed = await tables.Store.SaveAsync(first, first.Map.Rename(SampleWorkshops.Alice, "Renamed"), CancellationToken.None);
        var moved = second.Map.NextStep(SampleWorkshops.Alice);
        var withGoal = moved.Map.AddGoal(SampleWorkshops.Alice, "goal-late", "Lost with the header", SampleWorkshops.Start);
        var stale = await tables.Store.SaveAsync(second, new MapOutcome { Before = second.Map, Map = withGoal.Map, Changes = [.. moved.Changes, .. withGoal.Changes] }, CancellationToken.None);

        Assert.Equal(SaveStatus.Saved, renamed.Status);
        Assert.Equal(SaveStatus.Conflict, stale.Status);
        var stored = (await LoadAsync(tables, map.Id)).Map;
        Assert.Equal(("Renamed", WorkshopStep.GoalsAndPersonas, 2L), (stored.Name, stored.CurrentStep, stored.Version));
        Assert.Empty(stored.Goals);
    }

    [Fact]
    public async Task Editing_or_removing_an_item_changed_since_the_load_is_a_conflict_instead_of_a_lost_update()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var first = await LoadAsync(tables, map.Id);
        var second = await LoadAsync(tables, map.Id);

        var rated = await tables.Store.SaveAsync(first, first.Map.RateChannelFit(SampleWorkshops.Chris, "touchpoint-1", new ChannelFit(1, 1, 1)), CancellationToken.None);
        var edited = await tables.Store.SaveAsync(second, second.Map.EditTouchpoint(SampleWorkshops.Chris, "touchpoint-1", new TouchpointDetails { Name = "Stale edit", Category = TouchpointCategory.Sales, Mode = ChannelMode.Offline }), CancellationToken.None);
        var removedGoal = await tables.Store.SaveAsync(first, first.Map.RemoveGoal(SampleWorkshops.Chris, "goal-1"), CancellationToken.None);
        var editedGoal = await tables.Store.SaveAsync(second, second.Map.EditGoal(SampleWorkshops.Chris, "goal-1", "Edited after removal"), CancellationToken.None);

        Assert.Equal(SaveStatus.Saved, rated.Status);
        Assert.Equal(new SaveResult { Status = SaveStatus.Conflict, Refused = new MapChange(ItemKind.Touchpoint, "touchpoint-1", ChangeKind.Updated) }, edited);
        Assert.Equal(SaveStatus.Saved, removedGoal.Status);
        Assert.Equal(SaveStatus.Conflict, editedGoal.Status);
        var stored = (await LoadAsync(tables, map.Id)).Map;
        Assert.Equal(("Company website", new ChannelFit(1, 1, 1)), (stored.Touchpoints[0].Details.Name, stored.Touchpoints[0].Fit));
        Assert.Empty(stored.Goals);
    }

    [Fact]
    public async Task Adding_an_item_whose_id_someone_took_since_the_load_reports_the_taken_id()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var first = await LoadAsync(tables, map.Id);
        var second = await LoadAsync(tables, map.Id);

        var added = await tables.Store.SaveAsync(first, first.Map.AddGoal(SampleWorkshops.Bora, "goal-x", "Bora's", SampleWorkshops.Start), CancellationToken.None);
        var taken = await tables.Store.SaveAsync(second, second.Map.AddGoal(SampleWorkshops.Chris, "goal-x", "Chris's", SampleWorkshops.Start), CancellationToken.None);

        Assert.Equal(SaveStatus.Saved, added.Status);
        Assert.Equal(new SaveResult { Status = SaveStatus.IdTaken, Refused = new MapChange(ItemKind.Goal, "goal-x", ChangeKind.Added) }, taken);
        Assert.Equal("Bora's", (await LoadAsync(tables, map.Id)).Map.Goals.Single().Text);
    }

    [Fact]
    public async Task Creating_a_workshop_whose_id_exists_reports_it_taken_and_keeps_the_first()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        var again = await tables.Store.CreateAsync(SampleWorkshops.Owner, map with { Name = "Second" }, CancellationToken.None);

        Assert.Equal(new SaveResult { Status = SaveStatus.IdTaken, Refused = new MapChange(ItemKind.Header, map.Id, ChangeKind.Added) }, again);
        Assert.Equal(map.Name, (await LoadAsync(tables, map.Id)).Map.Name);
    }

    private static async Task AssertWritesExactlyItsChanges(WorkshopTables tables, string workshopId, Func<JourneyMap, MapOutcome> command)
    {
        var before = await tables.RowsAsync(workshopId);
        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, workshopId, command, CancellationToken.None);
        var after = await tables.RowsAsync(workshopId);

        Assert.Equal(WorkshopCommandStatus.Applied, result.Status);
        var expected = result.Outcome?.Changes.Select(change => (RowKey(change), change.Change)).Order().ToArray();
        var written = after.Where(row => !before.ContainsKey(row.Key)).Select(row => (row.Key, ChangeKind.Added))
            .Concat(after.Where(row => before.TryGetValue(row.Key, out var old) && old.ETag != row.Value.ETag).Select(row => (row.Key, ChangeKind.Updated)))
            .Concat(before.Keys.Where(key => !after.ContainsKey(key)).Select(key => (key, ChangeKind.Removed)))
            .Order()
            .ToArray();
        Assert.NotEmpty(written);
        Assert.Equal(expected, written);
    }

    /// <summary>The layout the store promises: "header", or "{kind}|{escaped id}".</summary>
    private static string RowKey(MapChange change) =>
        change.Item == ItemKind.Header ? "header" : $"{change.Item}|{TableKey.Escape(change.Id)}";

    private static string[] Snapshot(Dictionary<string, TableEntity> rows) => [.. rows.Select(row => row.Key + " " + row.Value.ETag).Order(StringComparer.Ordinal)];

    private static async Task<LoadedWorkshop> LoadAsync(WorkshopTables tables, string workshopId) =>
        await tables.Store.LoadAsync(SampleWorkshops.Owner, workshopId, CancellationToken.None) ?? throw new InvalidOperationException($"Workshop {workshopId} is not stored.");
}
