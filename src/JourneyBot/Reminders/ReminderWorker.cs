using Microsoft.Extensions.Options;

namespace JourneyBot.Reminders;

/// <summary>
/// The background worker that posts due reminders (docs/architecture.md, Reminders): every
/// <see cref="RemindersOptions.PollInterval"/> on the app's <see cref="TimeProvider"/>, one <see cref="ReminderSender.PollAsync"/>.
/// It starts after the host has (<see cref="BackgroundService"/> runs <see cref="ExecuteAsync"/> off the start-up path, and
/// the first poll waits one interval), so it never delays <c>/healthz</c>; <c>/readyz</c> reports it (<see cref="ReminderWorkerHealthCheck"/>).
/// </summary>
public sealed class ReminderWorker(ReminderSender sender, TimeProvider time, IOptions<RemindersOptions> options, ILogger<ReminderWorker> logger) : BackgroundService
{
    private long _lastPollTicks;
    private volatile bool _running;

    /// <summary>True while the loop runs (false before start, after stop, or when <see cref="RemindersOptions.Enabled"/> is off).</summary>
    public bool Running => _running;

    /// <summary>When the last poll finished, or null before the first.</summary>
    public DateTimeOffset? LastPoll
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastPollTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            Log.ReminderWorkerDisabled(logger);
            return;
        }

        _running = true;
        try
        {
            // Off the start-up path: the host (and /healthz) is up before the first poll.
            await Task.Yield();
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                await PollOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a reminder claimed and not yet recorded is taken again once its claim expires.
        }
        finally
        {
            _running = false;
        }
    }

    private async Task PollOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sender.PollAsync(stoppingToken);
        }
#pragma warning disable CA1031 // Storage down, or a defect in one reminder: logged, and the reminders wait in their table for the next poll.
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            Log.ReminderPollFailed(logger, exception);
        }

        Interlocked.Exchange(ref _lastPollTicks, time.GetUtcNow().UtcTicks);
    }
}
