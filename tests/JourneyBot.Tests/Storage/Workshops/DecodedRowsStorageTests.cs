using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>
/// Loading a workshop again decodes only the rows that changed (by their ETag), and never shows a row as it was before
/// someone, on this instance or another, changed it.
/// </summary>
[Collection(BotTests.Name)]
public sealed class DecodedRowsStorageTests(BotEnvironment environment)
{
    [Fact]
    public async Task A_second_load_reuses_the_rows_that_did_not_change_and_reads_the_ones_another_instance_changed()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = TwoGoals();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var first = (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))!.Map;

        var other = tables.AnotherInstance();
        Assert.Equal(WorkshopCommandStatus.Applied, (await other.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.EditGoal(SampleWorkshops.Bora, "goal-edited", "Edited elsewhere"), CancellationToken.None)).Status);
        Assert.Equal(WorkshopCommandStatus.Applied, (await other.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.NextStep(SampleWorkshops.Alice), CancellationToken.None)).Status);
        var second = (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))!.Map;

        Assert.Equal("Edited elsewhere", second.Goals.Single(goal => goal.Id == "goal-edited").Text);
        Assert.Equal(WorkshopStep.JourneyStages, second.CurrentStep);
        Assert.Same(first.Goals.Single(goal => goal.Id == "goal-kept"), second.Goals.Single(goal => goal.Id == "goal-kept"));
        Assert.Same(first.Stages[0], second.Stages[0]);
        Assert.NotSame(first.Goals.Single(goal => goal.Id == "goal-edited"), second.Goals.Single(goal => goal.Id == "goal-edited"));
    }

    [Fact]
    public async Task A_row_removed_and_added_again_with_the_same_key_loads_as_written_the_second_time()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = TwoGoals();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        var other = tables.AnotherInstance();
        await other.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.RemoveGoal(SampleWorkshops.Bora, "goal-edited"), CancellationToken.None);
        await other.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.AddGoal(SampleWorkshops.Bora, "goal-edited", "Written again", SampleWorkshops.Start.AddMinutes(5)), CancellationToken.None);
        var loaded = (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))!.Map;

        Assert.Equal("Written again", loaded.Goals.Single(goal => goal.Id == "goal-edited").Text);
    }

    [Fact]
    public async Task With_no_rows_kept_every_load_decodes_every_row()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = TwoGoals();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var store = tables.AnotherInstance(decodedRowsMegabytes: 0);

        var first = (await store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))!.Map;
        var second = (await store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))!.Map;

        Assert.Equal(SampleWorkshops.Canonical(first), SampleWorkshops.Canonical(second));
        Assert.NotSame(first.Goals[0], second.Goals[0]);
    }

    private static JourneyMap TwoGoals()
    {
        var map = SampleWorkshops.New();
        map = SampleWorkshops.Ok(map.AddGoal(SampleWorkshops.Bora, "goal-kept", "Kept", SampleWorkshops.Start.AddMinutes(1)));
        return SampleWorkshops.Ok(map.AddGoal(SampleWorkshops.Bora, "goal-edited", "Before", SampleWorkshops.Start.AddMinutes(2)));
    }
}
