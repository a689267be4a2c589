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
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        tables.RoundTrips.Reset();
        var results = await Task.WhenAll(Enumerable.Range(1, 20).Select(person => Task.Run(() =>
            tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.AddTouchpoint(
                new Participant($"aad-{person}", $"Person {person}"),
                $"touchpoint-{person}",
                StageKeys.Consideration,
                new TouchpointDetails { Name = $"Touchpoint {person}", Category = TouchpointCategory.Sales, Mode = ChannelMode.Online },
                SampleWorkshops.Start.AddSeconds(person)), CancellationToken.None))));

        Assert.All(results, result => Assert.Equal((WorkshopCommandStatus.Applied, 1), (result.Status, result.Attempts)));
        Assert.Equal(40, tables.RoundTrips.Count);
        var stored = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 20).Select(person => $"touchpoint-{person}"), stored?.Map.TouchpointsIn(StageKeys.Consideration).Select(touchpoint => touchpoint.Id));
        Assert.Equal(map.Version, stored?.Map.Version);
    }

    [Fact]
    public async Task Two_unguarded_header_changes_made_at_once_are_last_writer_wins_the_second_rerun_over_the_first()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        using var bothLoaded = new CountdownEvent(2);

        tables.RoundTrips.Reset();
        var results = await Task.WhenAll(
            Task.Run(() => tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, AfterBothLoaded(bothLoaded, current => current.NextStep(SampleWorkshops.Alice)), CancellationToken.None)),
            Task.Run(() => tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, AfterBothLoaded(bothLoaded, current => current.AddCoFacilitator(SampleWorkshops.Alice, SampleWorkshops.Bora)), CancellationToken.None)));

        Assert.All(results, result => Assert.Equal(WorkshopCommandStatus.Applied, result.Status));
        Assert.Equal([1, 2], results.Select(result => result.Attempts).Order());
        Assert.Equal(6, tables.RoundTrips.Count); // 2 loads, 2 batches (one refused with 412), 1 load, 1 batch
        var rerun = results.Single(result => result.Attempts == 2).Outcome?.Map;
        Assert.Equal(map.Version + 2, rerun?.Version); // decided on the first one's result, which it never showed anyone
        var stored = (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))?.Map;
        Assert.Equal(map.Version + 2, stored?.Version);
        Assert.Equal(WorkshopStep.JourneyStages, stored?.CurrentStep);
        Assert.Equal([SampleWorkshops.Bora], stored?.CoFacilitators ?? []);
    }

    [Fact]
    public async Task Two_unguarded_first_writes_of_one_cell_are_last_writer_wins_the_rerun_replacing_the_first()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Ok(SampleWorkshops.New().AddPersona(SampleWorkshops.Alice, "persona-1", SampleWorkshops.FullProfile("Jiwoo"), SampleWorkshops.Start));
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        using var bothLoaded = new CountdownEvent(2);

        var results = await Task.WhenAll(
            Task.Run(() => tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, AfterBothLoaded(bothLoaded, current => current.WriteCell(SampleWorkshops.Bora, "persona-1", StageKeys.SignUp, new CellNotes { Actions = "Bora's" }, SampleWorkshops.Start)), CancellationToken.None)),
            Task.Run(() => tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, AfterBothLoaded(bothLoaded, current => current.WriteCell(SampleWorkshops.Chris, "persona-1", StageKeys.SignUp, new CellNotes { Actions = "Chris's" }, SampleWorkshops.Start)), CancellationToken.None)));

        Assert.All(results, result => Assert.Equal(WorkshopCommandStatus.Applied, result.Status));
        var retried = Assert.Single(results, result => result.Attempts == 2);
        Assert.Equal(ChangeKind.Updated, retried.Outcome?.Changes.Single().Change);
        var first = Assert.Single(results, result => result.Attempts == 1).Outcome?.Map.Cells.Single().Notes.Actions;
        var cell = Assert.Single((await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))?.Map.Cells ?? []);
        Assert.Equal(retried.Outcome?.Map.Cells.Single().Notes.Actions, cell.Notes.Actions);
        Assert.NotEqual(first, cell.Notes.Actions);
    }

    [Fact]
    public async Task Two_facilitators_pressing_next_on_the_same_card_version_at_once_move_one_step_and_the_other_is_refused_as_stale()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Ok(SampleWorkshops.New().AddCoFacilitator(SampleWorkshops.Alice, SampleWorkshops.Bora));
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var cardVersion = map.Version;
        using var bothLoaded = new CountdownEvent(2);

        var results = await Task.WhenAll(
            Task.Run(() => tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, AfterBothLoaded(bothLoaded, OnCard(cardVersion, current => current.NextStep(SampleWorkshops.Alice))), CancellationToken.None)),
            Task.Run(() => tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, AfterBothLoaded(bothLoaded, OnCard(cardVersion, current => current.NextStep(SampleWorkshops.Bora))), CancellationToken.None)));

        Assert.Single(results, result => result.Status == WorkshopCommandStatus.Applied);
        var refused = Assert.Single(results, result => result.Status == WorkshopCommandStatus.Rejected);
        Assert.Equal((2, Stale), (refused.Attempts, refused.Outcome?.Errors.Single().Code));
        var stored = (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))?.Map;
        Assert.Equal((map.Version + 1, WorkshopStep.JourneyStages), (stored?.Version, stored?.CurrentStep));
    }

    [Fact]
    public async Task A_header_change_that_conflicts_on_every_attempt_gives_up_as_too_busy_and_writes_nothing()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current =>
        {
            tables.TouchHeader(map.Id);
            return current.NextStep(SampleWorkshops.Alice);
        }, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.TooBusy, 5), (result.Status, result.Attempts));
        Assert.False(result.Decided);
        var stored = (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))?.Map;
        Assert.Equal((map.Version, WorkshopStep.GoalsAndPersonas), (stored?.Version, stored?.CurrentStep));
    }

    [Fact]
    public async Task An_item_added_while_someone_changes_the_header_lands_first_time()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current =>
        {
            tables.TouchHeader(map.Id);
            return current.AddGoal(SampleWorkshops.Bora, "goal-1", "Added while the header moved", SampleWorkshops.Start);
        }, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.Applied, 1), (result.Status, result.Attempts));
        Assert.Equal(["goal-1"], (await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))?.Map.Goals.Select(goal => goal.Id) ?? []);
    }

    private const string Stale = "stale";

    /// <summary>The pattern the store documents for commands built from a card: refuse when the map moved past the card's version.</summary>
    private static Func<JourneyMap, MapOutcome> OnCard(long cardVersion, Func<JourneyMap, MapOutcome> command) => map =>
        map.Version != cardVersion
            ? new MapOutcome { Before = map, Map = map, Errors = [new ValidationError("version", Stale, [cardVersion])] }
            : command(map);

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
