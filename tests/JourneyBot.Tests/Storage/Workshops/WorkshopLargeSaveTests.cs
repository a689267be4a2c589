using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>Commands whose changes exceed one batch: a stage removal that takes more than 100 dependents with it.</summary>
[Collection(BotTests.Name)]
public sealed class WorkshopLargeSaveTests(BotEnvironment environment)
{
    private const int Touchpoints = 120;

    [Fact]
    public async Task Removing_a_stage_with_more_than_100_dependents_removes_them_all_and_renumbers_the_rest()
    {
        var (tables, map) = await StoredWithTouchpointsAsync();

        tables.RoundTrips.Reset();
        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, RemoveAwareness, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.Applied, 1), (result.Status, result.Attempts));
        Assert.Equal(128, result.Outcome?.Changes.Count); // the stage, its 120 touchpoints, 7 stages renumbered
        Assert.Equal(4, tables.RoundTrips.Count); // the query, 100 + 20 dependents, then the rest in one checked batch
        await AssertAwarenessGoneWithoutOrphans(tables, map);
    }

    [Fact]
    public async Task A_concurrent_change_during_a_removal_of_more_than_100_entities_is_retried_and_ends_consistent()
    {
        var (tables, map) = await StoredWithTouchpointsAsync();
        // Another instance writes a stage the removal renumbers: its ETag moves, so the last batch conflicts.
        var command = OnFirstRun(() => tables.TouchStage(map.Id, StageKeys.Retention), RemoveAwareness);

        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, command, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.Applied, 2), (result.Status, result.Attempts));
        await AssertAwarenessGoneWithoutOrphans(tables, map);
    }

    [Fact]
    public async Task A_concurrent_header_change_during_a_large_removal_that_also_moves_the_header_is_retried_and_ends_consistent()
    {
        var (tables, map) = await StoredWithTouchpointsAsync();
        var command = OnFirstRun(() => tables.TouchHeader(map.Id), current =>
        {
            var removed = RemoveAwareness(current);
            var moved = removed.Map.NextStep(SampleWorkshops.Alice);
            return new MapOutcome { Before = current, Map = moved.Map, Changes = [.. removed.Changes, .. moved.Changes] };
        });

        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, command, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.Applied, 2), (result.Status, result.Attempts));
        var stored = await AssertAwarenessGoneWithoutOrphans(tables, map);
        Assert.Equal((map.Version + 1, WorkshopStep.JourneyStages), (stored.Version, stored.CurrentStep));
    }

    [Fact]
    public async Task A_dependent_someone_else_removed_meanwhile_does_not_stop_a_large_removal()
    {
        var (tables, map) = await StoredWithTouchpointsAsync();
        var command = OnFirstRun(() => tables.DeleteRow(map.Id, "Touchpoint|touchpoint-5"), RemoveAwareness);

        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, command, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.Applied, 1), (result.Status, result.Attempts));
        await AssertAwarenessGoneWithoutOrphans(tables, map);
    }

    /// <summary>A stored workshop whose awareness stage carries <see cref="Touchpoints"/> touchpoints: more than one batch.</summary>
    private async Task<(WorkshopTables Tables, JourneyMap Map)> StoredWithTouchpointsAsync()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = WithTouchpoints(Touchpoints);
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        return (tables, map);
    }

    /// <summary><paramref name="command"/>, with <paramref name="interfere"/> (another writer) run once before its first run only.</summary>
    private static Func<JourneyMap, MapOutcome> OnFirstRun(Action interfere, Func<JourneyMap, MapOutcome> command)
    {
        var first = true;
        return current =>
        {
            if (first)
            {
                first = false;
                interfere();
            }

            return command(current);
        };
    }

    private static MapOutcome RemoveAwareness(JourneyMap map) => map.RemoveStage(SampleWorkshops.Alice, StageKeys.Awareness, removeDependents: true);

    private static JourneyMap WithTouchpoints(int count)
    {
        var map = SampleWorkshops.New();
        for (var index = 1; index <= count; index++)
        {
            map = SampleWorkshops.Ok(map.AddTouchpoint(SampleWorkshops.Bora, $"touchpoint-{index}", StageKeys.Awareness, new TouchpointDetails
            {
                Name = $"Touchpoint {index}",
                Category = TouchpointCategory.Marketing,
                Mode = ChannelMode.Online,
            }, SampleWorkshops.Start.AddSeconds(index)));
        }

        return map;
    }

    private static async Task<JourneyMap> AssertAwarenessGoneWithoutOrphans(WorkshopTables tables, JourneyMap before)
    {
        var rows = await tables.RowsAsync(before.Id);
        Assert.DoesNotContain(rows.Keys, key => key.StartsWith("Touchpoint|", StringComparison.Ordinal));
        Assert.DoesNotContain($"Stage|{StageKeys.Awareness}", rows.Keys);
        var stored = (await tables.Store.LoadAsync(SampleWorkshops.Owner, before.Id, CancellationToken.None))?.Map ?? throw new InvalidOperationException("The workshop is gone.");
        Assert.Equal(Enumerable.Range(1, before.Stages.Count - 1), stored.StagesInOrder.Select(stage => stage.Position));
        return stored;
    }
}
