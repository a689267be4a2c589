using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Workshops;

[Collection(BotTests.Name)]
public sealed class WorkshopConcurrencyTests(BotEnvironment environment)
{
    [Fact]
    public async Task Twenty_people_adding_touchpoints_to_one_stage_at_once_all_land_without_a_single_conflict()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = Maps.New();
        await tables.Store.CreateAsync(Maps.Owner, map, CancellationToken.None);

        tables.RoundTrips.Reset();
        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(person => Task.Run(() =>
            tables.Store.ApplyAsync(Maps.Owner, map.Id, current => current.AddTouchpoint(
                new Participant($"aad-{person}", $"Person {person}"),
                $"touchpoint-{person}",
                StageKeys.Consideration,
                new TouchpointDetails { Name = $"Touchpoint {person}", Category = TouchpointCategory.Sales, Mode = ChannelMode.Online },
                Maps.Start.AddSeconds(person)), CancellationToken.None))));

        Assert.All(results, result => Assert.Equal((WorkshopCommandStatus.Applied, 1), (result.Status, result.Attempts)));
        Assert.Equal(40, tables.RoundTrips.Count);
        var stored = await tables.Store.LoadAsync(Maps.Owner, map.Id, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 20).Select(person => $"touchpoint-{person}"), stored?.Map.TouchpointsIn(StageKeys.Consideration).Select(touchpoint => touchpoint.Id));
        Assert.Equal(map.Version, stored?.Map.Version);
    }

    [Fact]
    public async Task Two_header_changes_made_at_once_both_apply_the_second_after_one_retry()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = Maps.New();
        await tables.Store.CreateAsync(Maps.Owner, map, CancellationToken.None);
        using var bothLoaded = new CountdownEvent(2);

        tables.RoundTrips.Reset();
        var results = await Task.WhenAll(
            Task.Run(() => tables.Store.ApplyAsync(Maps.Owner, map.Id, AfterBothLoaded(bothLoaded, current => current.NextStep(Maps.Alice)), CancellationToken.None)),
            Task.Run(() => tables.Store.ApplyAsync(Maps.Owner, map.Id, AfterBothLoaded(bothLoaded, current => current.AddCoFacilitator(Maps.Alice, Maps.Bora)), CancellationToken.None)));

        Assert.All(results, result => Assert.Equal(WorkshopCommandStatus.Applied, result.Status));
        Assert.Equal([1, 2], results.Select(result => result.Attempts).Order());
        Assert.Equal(6, tables.RoundTrips.Count); // 2 loads, 2 batches (one refused with 412), 1 load, 1 batch
        var stored = (await tables.Store.LoadAsync(Maps.Owner, map.Id, CancellationToken.None))?.Map;
        Assert.Equal(map.Version + 2, stored?.Version);
        Assert.Equal(WorkshopStep.JourneyStages, stored?.CurrentStep);
        Assert.Equal([Maps.Bora], stored?.CoFacilitators ?? []);
    }

    [Fact]
    public async Task Two_people_writing_the_same_empty_cell_at_once_end_in_one_cell_the_later_writer_updating_it()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = Maps.Ok(Maps.New().AddPersona(Maps.Alice, "persona-1", Maps.FullProfile("Jiwoo"), Maps.Start));
        await tables.Store.CreateAsync(Maps.Owner, map, CancellationToken.None);
        using var bothLoaded = new CountdownEvent(2);

        var results = await Task.WhenAll(
            Task.Run(() => tables.Store.ApplyAsync(Maps.Owner, map.Id, AfterBothLoaded(bothLoaded, current => current.WriteCell(Maps.Bora, "persona-1", StageKeys.SignUp, new CellNotes { Actions = "Bora's" }, Maps.Start)), CancellationToken.None)),
            Task.Run(() => tables.Store.ApplyAsync(Maps.Owner, map.Id, AfterBothLoaded(bothLoaded, current => current.WriteCell(Maps.Chris, "persona-1", StageKeys.SignUp, new CellNotes { Actions = "Chris's" }, Maps.Start)), CancellationToken.None)));

        Assert.All(results, result => Assert.Equal(WorkshopCommandStatus.Applied, result.Status));
        var retried = Assert.Single(results, result => result.Attempts == 2);
        Assert.Equal(ChangeKind.Updated, retried.Outcome?.Changes.Single().Change);
        var cell = Assert.Single((await tables.Store.LoadAsync(Maps.Owner, map.Id, CancellationToken.None))?.Map.Cells ?? []);
        Assert.Equal(retried.Outcome?.Map.Cells.Single().Notes.Actions, cell.Notes.Actions);
    }

    [Fact]
    public async Task A_header_change_that_conflicts_on_every_attempt_gives_up_as_too_busy_and_writes_nothing()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = Maps.New();
        await tables.Store.CreateAsync(Maps.Owner, map, CancellationToken.None);

        var result = await tables.Store.ApplyAsync(Maps.Owner, map.Id, current =>
        {
            tables.TouchHeader(map.Id);
            return current.NextStep(Maps.Alice);
        }, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.TooBusy, 5), (result.Status, result.Attempts));
        Assert.False(result.Decided);
        var stored = (await tables.Store.LoadAsync(Maps.Owner, map.Id, CancellationToken.None))?.Map;
        Assert.Equal((map.Version, WorkshopStep.GoalsAndPersonas), (stored?.Version, stored?.CurrentStep));
    }

    [Fact]
    public async Task An_item_added_while_someone_changes_the_header_lands_first_time()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = Maps.New();
        await tables.Store.CreateAsync(Maps.Owner, map, CancellationToken.None);

        var result = await tables.Store.ApplyAsync(Maps.Owner, map.Id, current =>
        {
            tables.TouchHeader(map.Id);
            return current.AddGoal(Maps.Bora, "goal-1", "Added while the header moved", Maps.Start);
        }, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.Applied, 1), (result.Status, result.Attempts));
        Assert.Equal(["goal-1"], (await tables.Store.LoadAsync(Maps.Owner, map.Id, CancellationToken.None))?.Map.Goals.Select(goal => goal.Id) ?? []);
    }

    /// <summary>
    /// Runs <paramref name="command"/> the first time only once both racers have loaded the map, so both decide on the
    /// same version and exactly one save conflicts; later attempts run straight away.
    /// </summary>
    private static Func<JourneyMap, MapOutcome> AfterBothLoaded(CountdownEvent bothLoaded, Func<JourneyMap, MapOutcome> command)
    {
        var first = true;
        return map =>
        {
            if (first)
            {
                first = false;
                bothLoaded.Signal();
                Assert.True(bothLoaded.Wait(TimeSpan.FromSeconds(30)), "the other racer never loaded the map");
            }

            return command(map);
        };
    }
}
