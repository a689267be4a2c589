using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JourneyBot.Reminders;

/// <summary>
/// <c>/readyz</c>'s word on the reminder worker: healthy while it runs (with the last poll's time), healthy and "disabled"
/// when <c>Reminders:Enabled</c> is off on this instance, unhealthy when it should run and does not (stopped, or crashed).
/// </summary>
public sealed class ReminderWorkerHealthCheck(ReminderWorker worker, IOptions<RemindersOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["running"] = worker.Running,
            ["lastPoll"] = worker.LastPoll?.ToString("O", CultureInfo.InvariantCulture) ?? "none yet",
        };
        var result = !options.Value.Enabled
            ? HealthCheckResult.Healthy("The reminder worker is disabled on this instance.", data)
            : worker.Running
                ? HealthCheckResult.Healthy("The reminder worker is running.", data)
                : HealthCheckResult.Unhealthy("The reminder worker is not running.", data: data);
        return Task.FromResult(result);
    }
}
