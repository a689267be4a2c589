using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace JourneyBot.Connector.Tests.Client;

/// <summary>
/// A fake clock that also reports each timer created on it, so a test can see the delay the retry pipeline chose
/// and advance the clock only once that delay is waiting.
/// </summary>
internal sealed class TimerRecordingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero))
{
    private readonly Channel<TimeSpan> _dueTimes = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _dueTimes.Writer.TryWrite(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>The due time of the next timer created (or created since the last look) that matches <paramref name="predicate"/>.</summary>
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
}
