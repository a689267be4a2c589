using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;
using JourneyBot.Testing;

namespace JourneyBot.Connector.Tests.Client;

/// <summary>A burst of edits to one shared message becomes one update, showing the newest state.</summary>
public sealed class MessageUpdateCoalescerTests
{
    /// <summary>Unlike any timeout or retry delay of the harness, so its timer can be told apart.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(1500);

    private static Task<ConnectorClientHarness> StartAsync() =>
        ConnectorClientHarness.StartAsync(appId: null, configure: options => options.UpdateCoalescingWindow = Window);

    private static MessageAddress Board(ConnectorClientHarness harness, string conversationId = "19:board@thread.tacv2") =>
        new(harness.Connector.ServiceUrl, conversationId, "activity-7");

    private static Func<CancellationToken, Task<Activity?>> Showing(string text) =>
        _ => Task.FromResult<Activity?>(Activity.FromText(text));

    private static IReadOnlyList<ConnectorCall> Updates(ConnectorClientHarness harness) =>
        [.. harness.Connector.Calls.Where(call => call.Method == "PUT")];

    /// <summary>Lets the window's timer start, moves the clock past it, and waits for the send.</summary>
    private static async Task PassWindowAsync(ConnectorClientHarness harness)
    {
        await harness.Clock.NextTimerAsync(due => due == Window);
        harness.Clock.Advance(Window);
        await harness.Updates.WhenIdleAsync();
    }

    [Fact]
    public async Task Ten_requests_within_the_window_become_one_update_with_the_newest_state()
    {
        await using var harness = await StartAsync();
        var board = Board(harness);

        for (var version = 1; version <= 10; version++)
        {
            harness.Updates.RequestUpdate(board, Showing($"version {version}"));
        }

        await PassWindowAsync(harness);

        var update = Assert.Single(Updates(harness));
        Assert.Equal("activity-7", update.ActivityId);
        Assert.Equal(board.ConversationId, update.ConversationId);
        Assert.Equal("version 10", update.Activity?.Text);
    }

    [Fact]
    public async Task Nothing_is_sent_before_the_window_has_passed()
    {
        await using var harness = await StartAsync();
        harness.Updates.RequestUpdate(Board(harness), Showing("soon"));

        await harness.Clock.NextTimerAsync(due => due == Window);
        harness.Clock.Advance(Window - TimeSpan.FromMilliseconds(1));

        Assert.False(harness.Updates.WhenIdleAsync().IsCompleted); // still waiting: the timer has not fired
        Assert.Empty(Updates(harness));
        harness.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await harness.Updates.WhenIdleAsync();
        Assert.Single(Updates(harness));
    }

    [Fact]
    public async Task A_final_update_replaces_a_pending_redraw_and_later_redraws_in_its_window_are_ignored()
    {
        await using var harness = await StartAsync();
        var board = Board(harness);

        harness.Updates.RequestUpdate(board, Showing("full board"));
        harness.Updates.RequestFinalUpdate(board, Showing("moved on"));
        harness.Updates.RequestUpdate(board, Showing("full board again"));
        await PassWindowAsync(harness);

        Assert.Equal(["moved on"], Updates(harness).Select(call => call.Activity?.Text));
    }

    [Fact]
    public async Task A_request_after_an_update_was_sent_gets_an_update_of_its_own()
    {
        await using var harness = await StartAsync();
        var board = Board(harness);

        harness.Updates.RequestUpdate(board, Showing("first"));
        await PassWindowAsync(harness);
        harness.Updates.RequestUpdate(board, Showing("second"));
        await PassWindowAsync(harness);

        Assert.Equal(["first", "second"], Updates(harness).Select(call => call.Activity?.Text));
    }

    [Fact]
    public async Task A_request_that_comes_while_an_update_is_being_sent_is_sent_one_window_later()
    {
        await using var harness = await StartAsync();
        var board = Board(harness);
        var rendering = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        harness.Updates.RequestUpdate(board, async _ =>
        {
            rendering.SetResult();
            await release.Task;
            return Activity.FromText("while busy");
        });

        await harness.Clock.NextTimerAsync(due => due == Window);
        harness.Clock.Advance(Window);
        await rendering.Task;
        harness.Updates.RequestUpdate(board, Showing("newest"));
        release.SetResult();
        await PassWindowAsync(harness);

        Assert.Equal(["while busy", "newest"], Updates(harness).Select(call => call.Activity?.Text));
    }

    [Fact]
    public async Task Two_messages_are_updated_separately()
    {
        await using var harness = await StartAsync();

        harness.Updates.RequestUpdate(Board(harness, "19:one@thread.tacv2"), Showing("one"));
        harness.Updates.RequestUpdate(Board(harness, "19:two@thread.tacv2"), Showing("two"));
        await harness.Clock.NextTimerAsync(due => due == Window);
        await harness.Clock.NextTimerAsync(due => due == Window);
        harness.Clock.Advance(Window);
        await harness.Updates.WhenIdleAsync();

        Assert.Equal(
            [("19:one@thread.tacv2", "one"), ("19:two@thread.tacv2", "two")],
            Updates(harness).Select(call => (call.ConversationId, call.Activity?.Text)).Order());
    }

    [Fact]
    public async Task A_render_with_nothing_to_show_sends_nothing()
    {
        await using var harness = await StartAsync();

        harness.Updates.RequestUpdate(Board(harness), _ => Task.FromResult<Activity?>(null));
        await PassWindowAsync(harness);

        Assert.Empty(Updates(harness));
    }

    [Fact]
    public async Task A_failed_render_does_not_stop_the_next_request_from_being_sent()
    {
        await using var harness = await StartAsync();
        var board = Board(harness);

        harness.Updates.RequestUpdate(board, _ => throw new InvalidOperationException("storage is down"));
        await PassWindowAsync(harness);
        harness.Updates.RequestUpdate(board, Showing("recovered"));
        await PassWindowAsync(harness);

        Assert.Equal("recovered", Assert.Single(Updates(harness)).Activity?.Text);
    }

    [Fact]
    public async Task After_disposal_requests_are_ignored_and_disposing_again_is_harmless()
    {
        await using var harness = await StartAsync();
        await harness.Updates.DisposeAsync();

        harness.Updates.RequestUpdate(Board(harness), Showing("too late"));

        Assert.True(harness.Updates.WhenIdleAsync().IsCompleted);
        await harness.Updates.DisposeAsync();
        Assert.Empty(Updates(harness));
    }
}
