using JourneyBot.Storage.Workshops;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>When a load this instance made may stand in for a board redraw's read (<see cref="RecentLoads"/>).</summary>
public sealed class RecentLoadsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_load_begun_after_the_last_save_stands_in_and_one_begun_before_it_does_not()
    {
        var recent = new RecentLoads(_time);
        var map = SampleWorkshops.New("w-1");

        var before = recent.Begin();
        recent.Saved("w-1");
        recent.Loaded(before, map, SampleWorkshops.Owner);
        Assert.Null(recent.Fresh(SampleWorkshops.Owner, "w-1")); // the save may have landed after the load read the rows

        var after = recent.Begin();
        recent.Loaded(after, map, SampleWorkshops.Owner);
        Assert.Same(map, recent.Fresh(SampleWorkshops.Owner, "w-1"));

        recent.Saved("w-1");
        Assert.Null(recent.Fresh(SampleWorkshops.Owner, "w-1"));
    }

    [Fact]
    public void A_save_that_finishes_while_a_load_is_under_way_keeps_that_load_from_standing_in()
    {
        var recent = new RecentLoads(_time);

        var load = recent.Begin();
        recent.Saved("w-1");
        recent.Loaded(load, SampleWorkshops.New("w-1"), SampleWorkshops.Owner);

        Assert.Null(recent.Fresh(SampleWorkshops.Owner, "w-1"));
    }

    [Fact]
    public void A_load_stands_in_only_for_a_few_seconds_only_for_its_own_conversation_and_an_older_load_never_replaces_a_newer()
    {
        var recent = new RecentLoads(_time);
        var older = recent.Begin();
        var newer = recent.Begin();
        var newMap = SampleWorkshops.New("w-1");
        recent.Loaded(newer, newMap, SampleWorkshops.Owner);
        recent.Loaded(older, SampleWorkshops.New("w-1"), SampleWorkshops.Owner);

        Assert.Same(newMap, recent.Fresh(SampleWorkshops.Owner, "w-1"));
        Assert.Null(recent.Fresh(new WorkshopOwner(SampleWorkshops.Owner.TenantId, "19:another@thread.v2"), "w-1"));
        Assert.Null(recent.Fresh(SampleWorkshops.Owner, "w-2"));

        _time.Advance(RecentLoads.MaxAge + TimeSpan.FromMilliseconds(1));
        Assert.Null(recent.Fresh(SampleWorkshops.Owner, "w-1"));
    }

    [Fact]
    public void A_load_that_took_longer_than_the_age_limit_is_not_kept()
    {
        var recent = new RecentLoads(_time);

        var began = recent.Begin();
        _time.Advance(RecentLoads.MaxAge + TimeSpan.FromSeconds(1));
        recent.Loaded(began, SampleWorkshops.New("w-1"), SampleWorkshops.Owner);

        Assert.Null(recent.Fresh(SampleWorkshops.Owner, "w-1"));
    }
}
