using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Connector.Tests.Client;

/// <summary>
/// A fake clock that also reports each time a timer on it is set, so a test can see the delay or timeout the
/// retry pipeline chose and move the clock only once that timer is waiting.
/// </summary>
/// <remarks>
/// Timeouts arrive as <c>Change</c> calls (a CancellationTokenSource creates its timer unset, then sets it), so
/// the timers handed out are wrapped to report those too.
/// </remarks>
internal sealed class TimerRecordingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> _dueTimes = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Reported only once set: a test that advanced the clock before the timer existed would start it late.
        var timer = new RecordingTimer(base.CreateTimer(callback, state, dueTime, period), this);
        Record(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer set (or set since the last look) that matches <paramref name="predicate"/>.</summary>
    public async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> predicate)
    {
        // A guard against a hung test, not a timing assertion: the timer is normally there within milliseconds.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var dueTime = await _dueTimes.Reader.ReadAsync(guard.Token);
            if (predicate(dueTime))
            {
                return dueTime;
            }
        }
    }

    private void Record(TimeSpan dueTime)
    {
        // Infinite (-1 ms) means "not set"; only a timer that will fire is worth reporting.
        if (dueTime >= TimeSpan.Zero)
        {
            _dueTimes.Writer.TryWrite(dueTime);
        }
    }

    private sealed class RecordingTimer(ITimer timer, TimerRecordingTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = timer.Change(dueTime, period);
            clock.Record(dueTime);
            return changed;
        }

        public void Dispose() => timer.Dispose();

        public ValueTask DisposeAsync() => timer.DisposeAsync();
    }
}
