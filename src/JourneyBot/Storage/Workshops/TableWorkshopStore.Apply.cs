using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>Running a command against the stored workshop: load, decide, save, and again on a conflict.</summary>
public sealed partial class TableWorkshopStore
{
    /// <summary>Each attempt costs 2 round trips; past this many, people are changing the header faster than a turn can keep up.</summary>
    private const int MaxAttempts = 5;

    /// <summary>The longest pause before an attempt after a conflict; a random part of it, so racing instances spread out.</summary>
    private static readonly TimeSpan RetryJitter = TimeSpan.FromMilliseconds(50);

    public async Task<WorkshopCommandResult> ApplyAsync(WorkshopOwner owner, string workshopId, Func<JourneyMap, MapOutcome> command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var loaded = await LoadAsync(owner, workshopId, cancellationToken);
            if (loaded is null)
            {
                return new WorkshopCommandResult { Status = WorkshopCommandStatus.NotFound, Attempts = attempt };
            }

            var outcome = command(loaded.Map);
            if (!outcome.Succeeded)
            {
                return new WorkshopCommandResult { Status = WorkshopCommandStatus.Rejected, Outcome = outcome, Attempts = attempt };
            }

            // A conflict (the header or an edited item changed) or a taken id (someone added the same cell first):
            // either way the command runs again on the fresh map, where it updates instead, or the domain refuses it.
            var saved = await SaveAsync(loaded, outcome, cancellationToken);
            if (saved.Status == SaveStatus.Saved)
            {
                return new WorkshopCommandResult { Status = WorkshopCommandStatus.Applied, Outcome = outcome, Attempts = attempt };
            }

            if (attempt < MaxAttempts)
            {
                await Task.Delay(RetryJitter * Random.Shared.NextDouble(), time, cancellationToken);
            }
        }

        LogTooBusy(logger, workshopId, MaxAttempts);
        return new WorkshopCommandResult { Status = WorkshopCommandStatus.TooBusy, Attempts = MaxAttempts };
    }

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Workshop {WorkshopId}: the command conflicted {Attempts} times; gave up")]
    private static partial void LogTooBusy(ILogger logger, string workshopId, int attempts);
}
