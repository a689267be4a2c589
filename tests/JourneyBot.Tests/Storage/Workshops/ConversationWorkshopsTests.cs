using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Storage.Workshops;

[Collection(BotTests.Name)]
public sealed class ConversationWorkshopsTests(BotEnvironment environment)
{
    private const string Chat = "19:meeting_abc/def#1?x@thread.v2";

    [Fact]
    public async Task The_same_conversation_id_in_two_tenants_keeps_its_own_workshops()
    {
        var index = (await WorkshopTables.CreateAsync(environment)).Index;

        await index.SetActiveAsync("tenant-a", Chat, Workshop("w-a", minutes: 0), CancellationToken.None);
        await index.SetActiveAsync("tenant-b", Chat, Workshop("w-b", minutes: 1), CancellationToken.None);

        Assert.Equal("w-a", (await index.FindActiveAsync("tenant-a", Chat, CancellationToken.None))?.WorkshopId);
        Assert.Equal("w-b", (await index.FindActiveAsync("tenant-b", Chat, CancellationToken.None))?.WorkshopId);
        Assert.Equal(["w-a"], (await index.ListAsync("tenant-a", Chat, CancellationToken.None)).Select(workshop => workshop.WorkshopId));
        Assert.Null(await index.FindActiveAsync(null, Chat, CancellationToken.None));
    }

    [Fact]
    public async Task Changing_the_active_workshop_while_others_change_it_on_every_try_gives_up_after_three_and_writes_nothing()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        Assert.True(await tables.Index.SetActiveAsync("tenant", Chat, Workshop("w-1", minutes: 0), CancellationToken.None));
        var (overtaken, interference) = tables.IndexAlwaysOvertaken();

        var started = await overtaken.SetActiveAsync("tenant", Chat, Workshop("w-2", minutes: 1), CancellationToken.None);
        var deactivated = await overtaken.DeactivateAsync("tenant", Chat, CancellationToken.None);

        Assert.Equal((false, false, 6), (started, deactivated, interference.Batches));
        Assert.Equal(["w-1"], (await tables.Index.ListAsync("tenant", Chat, CancellationToken.None)).Select(workshop => workshop.WorkshopId));
        Assert.Equal("w-1", (await tables.Index.FindActiveAsync("tenant", Chat, CancellationToken.None))?.WorkshopId);
    }

    [Fact]
    public async Task A_separator_inside_a_tenant_or_conversation_id_never_merges_two_conversations()
    {
        var index = (await WorkshopTables.CreateAsync(environment)).Index;

        await index.SetActiveAsync("a|b", "c", Workshop("w-1", minutes: 0), CancellationToken.None);
        await index.SetActiveAsync("a", "b|c", Workshop("w-2", minutes: 0), CancellationToken.None);

        Assert.Equal(["w-1"], (await index.ListAsync("a|b", "c", CancellationToken.None)).Select(workshop => workshop.WorkshopId));
        Assert.Equal(["w-2"], (await index.ListAsync("a", "b|c", CancellationToken.None)).Select(workshop => workshop.WorkshopId));
    }

    [Fact]
    public async Task Workshops_list_newest_first_and_only_the_last_started_is_active()
    {
        var tables = await WorkshopTables.CreateAsync(environment);

        await tables.Index.SetActiveAsync("tenant", Chat, Workshop("w-1", minutes: 0), CancellationToken.None);
        await tables.Index.SetActiveAsync("tenant", Chat, Workshop("w-3", minutes: 20), CancellationToken.None);
        await tables.Index.SetActiveAsync("tenant", Chat, Workshop("w-2", minutes: 10), CancellationToken.None);
        await tables.Index.SetActiveAsync("tenant", Chat, Workshop("w-4", minutes: 30), CancellationToken.None);

        var listed = await tables.Index.ListAsync("tenant", Chat, CancellationToken.None);
        Assert.Equal(["w-4", "w-3", "w-2", "w-1"], listed.Select(workshop => workshop.WorkshopId));
        Assert.Equal(["w-4"], listed.Where(workshop => workshop.Active).Select(workshop => workshop.WorkshopId));
        var active = await tables.Index.FindActiveAsync("tenant", Chat, CancellationToken.None);
        Assert.Equal(("w-4", "Workshop w-4", SampleWorkshops.Start.AddMinutes(30), true), (active?.WorkshopId, active?.Name, active?.CreatedAt, active?.Active));
        Assert.Equal(4, (await tables.IndexRowsAsync()).Count);
    }

    [Fact]
    public async Task Resuming_a_past_workshop_makes_it_the_only_active_one_and_records_its_new_name()
    {
        var index = (await WorkshopTables.CreateAsync(environment)).Index;
        await index.SetActiveAsync("tenant", Chat, Workshop("w-1", minutes: 0), CancellationToken.None);
        await index.SetActiveAsync("tenant", Chat, Workshop("w-2", minutes: 10), CancellationToken.None);

        await index.SetActiveAsync("tenant", Chat, Workshop("w-1", minutes: 0) with { Name = "Renamed" }, CancellationToken.None);

        var listed = await index.ListAsync("tenant", Chat, CancellationToken.None);
        Assert.Equal([("w-2", false, "Workshop w-2"), ("w-1", true, "Renamed")], listed.Select(workshop => (workshop.WorkshopId, workshop.Active, workshop.Name)));
    }

    [Fact]
    public async Task Deactivating_leaves_no_active_workshop_but_keeps_every_one_listed()
    {
        var index = (await WorkshopTables.CreateAsync(environment)).Index;
        await index.SetActiveAsync("tenant", Chat, Workshop("w-1", minutes: 0), CancellationToken.None);
        await index.SetActiveAsync("tenant", Chat, Workshop("w-2", minutes: 10), CancellationToken.None);

        await index.DeactivateAsync("tenant", Chat, CancellationToken.None);
        await index.DeactivateAsync("tenant", Chat, CancellationToken.None);

        Assert.Null(await index.FindActiveAsync("tenant", Chat, CancellationToken.None));
        Assert.Equal([("w-2", false), ("w-1", false)], (await index.ListAsync("tenant", Chat, CancellationToken.None)).Select(workshop => (workshop.WorkshopId, workshop.Active)));
    }

    [Fact]
    public async Task The_later_board_wins_whatever_order_the_records_arrive_in_and_survives_a_rename()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var index = tables.Index;
        var workshop = Workshop("w-1", minutes: 0);
        await index.SetActiveAsync("tenant", Chat, workshop, CancellationToken.None);
        BoardMessage Board(string id, int seconds) => new(Chat + ";messageid=1", id, SampleWorkshops.Start.AddSeconds(seconds));
        Task<BoardReplacement> RecordAsync(BoardMessage board) => index.RecordBoardAsync("tenant", Chat, workshop.WorkshopId, workshop.CreatedAt, board, listed: null, CancellationToken.None);

        tables.RoundTrips.Reset();
        var first = await RecordAsync(Board("m-1", 1));
        Assert.Equal(2, tables.RoundTrips.Count); // a point read and a merge
        var later = await RecordAsync(Board("m-3", 3));
        var earlier = await RecordAsync(Board("m-2", 2));
        await index.SetActiveAsync("tenant", Chat, workshop with { Name = "Renamed" }, CancellationToken.None);
        var next = await RecordAsync(Board("m-4", 4));

        Assert.Equal(new BoardReplacement(BoardRecord.Recorded), first);
        Assert.Equal(new BoardReplacement(BoardRecord.Recorded, Board("m-1", 1)), later);
        Assert.Equal(new BoardReplacement(BoardRecord.Older), earlier);
        Assert.Equal(new BoardReplacement(BoardRecord.Recorded, Board("m-3", 3)), next);
        Assert.Equal(new BoardReplacement(BoardRecord.Older), await RecordAsync(Board("m-4", 4)));
        Assert.Equal(new BoardReplacement(BoardRecord.NotIndexed), await index.RecordBoardAsync("tenant", Chat, "w-none", workshop.CreatedAt, Board("m-5", 5), listed: null, CancellationToken.None));
    }

    [Fact]
    public async Task A_board_recorded_with_the_row_the_turn_read_writes_without_reading_and_a_row_changed_since_is_read_again()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var index = tables.Index;
        var workshop = Workshop("w-1", minutes: 0);
        await index.SetActiveAsync("tenant", Chat, workshop, CancellationToken.None);
        BoardMessage Board(string id, int seconds) => new(Chat, id, SampleWorkshops.Start.AddSeconds(seconds));
        Task<BoardReplacement> RecordAsync(BoardMessage board, ConversationWorkshop? listed) =>
            index.RecordBoardAsync("tenant", Chat, workshop.WorkshopId, workshop.CreatedAt, board, listed, CancellationToken.None);
        await RecordAsync(Board("m-1", 1), listed: null);

        var read = await index.FindActiveAsync("tenant", Chat, CancellationToken.None);
        Assert.Equal(Board("m-1", 1), read?.Board);
        tables.RoundTrips.Reset();
        var second = await RecordAsync(Board("m-2", 2), read);
        Assert.Equal(1, tables.RoundTrips.Count); // the merge alone
        Assert.Equal(new BoardReplacement(BoardRecord.Recorded, Board("m-1", 1)), second);

        // The same old read again: its ETag no longer matches, so the row is read and m-2, not m-1, is the one replaced.
        var third = await RecordAsync(Board("m-3", 3), read);
        Assert.Equal(new BoardReplacement(BoardRecord.Recorded, Board("m-2", 2)), third);
        Assert.Equal(Board("m-3", 3), (await index.FindActiveAsync("tenant", Chat, CancellationToken.None))?.Board);
    }

    [Fact]
    public async Task Boards_recorded_at_once_leave_the_latest_recorded_and_each_replaced_once()
    {
        var index = (await WorkshopTables.CreateAsync(environment)).Index;
        var workshop = Workshop("w-1", minutes: 0);
        await index.SetActiveAsync("tenant", Chat, workshop, CancellationToken.None);
        BoardMessage Board(int seconds) => new(Chat, $"m-{seconds}", SampleWorkshops.Start.AddSeconds(seconds));

        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(seconds =>
            index.RecordBoardAsync("tenant", Chat, workshop.WorkshopId, workshop.CreatedAt, Board(seconds), listed: null, CancellationToken.None)));
        var last = await index.RecordBoardAsync("tenant", Chat, workshop.WorkshopId, workshop.CreatedAt, Board(60), listed: null, CancellationToken.None);

        Assert.Equal(Board(6), last.Previous);
        var replaced = results.Where(result => result.Previous is not null).Select(result => result.Previous!.ActivityId).ToList();
        Assert.Equal(replaced.Distinct().Count(), replaced.Count);
        Assert.DoesNotContain("m-6", replaced);
        Assert.All(results, result => Assert.NotEqual(BoardRecord.NotIndexed, result.Status));
    }

    private static ConversationWorkshop Workshop(string id, int minutes) =>
        new() { WorkshopId = id, Name = "Workshop " + id, CreatedAt = SampleWorkshops.Start.AddMinutes(minutes) };
}
