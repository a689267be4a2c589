using System.ComponentModel.DataAnnotations;

namespace JourneyBot.Reminders;

/// <summary>The reminder worker (docs/architecture.md, Reminders); bound from section <c>Reminders</c> and checked at start-up.</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>False: this instance sends no reminders (another instance does); planning and the buttons still work.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the worker asks the table what is due: a due reminder waits at most this long (plus the sending). At most
    /// half an hour, well inside <see cref="ReminderSchedule.CatchUpGrace"/>, so a running worker never finds one late.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:30:00", ErrorMessage = "Reminders:PollInterval must be between 50 milliseconds and 30 minutes.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a claimed reminder is this instance's to send: longer than a send can take (the connector's total timeout,
    /// 12 s by default, and a few storage calls). An instance that dies holding a claim leaves it to others after this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Reminders:ClaimDuration must be between 1 second and 1 hour.")]
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a reminder waits after the connector was throttled or down without a Retry-After (a 5xx, a timeout).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00", ErrorMessage = "Reminders:RetryDelay must be between 50 milliseconds and 1 day.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most reminders one poll takes; the rest wait for the next poll (one page of the due query).</summary>
    [Range(1, 1000, ErrorMessage = "Reminders:BatchSize must be from 1 to 1000.")]
    public int BatchSize { get; set; } = 100;
}
