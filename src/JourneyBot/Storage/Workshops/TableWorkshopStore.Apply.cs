using Azure;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>Running a command against the stored workshop: load, decide, save, and again on a conflict.</summary>
public sealed partial class TableWorkshopStore
{
    /// <summary>Each attempt costs 2 round trips; past this many, people are changing the header faster than a turn can keep up.</summary>
    private const int MaxAttempts = 5;

    /// <remarks>
    /// Never throws for storage: a request storage fails after the client's own retries (throttling 429/503, 403,
    /// a timeout) is logged and ends as <see cref="WorkshopCommandStatus.StorageUnavailable"/>. Only the caller's own
    /// cancellation comes back as an <see cref="OperationCanceledException"/>.
    /// </remarks>
    public Task<WorkshopCommandResult> ApplyAsync(WorkshopOwner owner, string workshopId, Func<JourneyMap, MapOutcome> command, CancellationToken cancellationToken) =>
        ApplyAsync(owner, workshopId, command, activityId: null, cancellationToken);

    /// <inheritdoc cref="ApplyAsync(WorkshopOwner, string, Func{JourneyMap, MapOutcome}, CancellationToken)"/>
    public async Task<WorkshopCommandResult> ApplyAsync(
        WorkshopOwner owner, string workshopId, Func<JourneyMap, MapOutcome> command, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                if (await AttemptAsync(owner, workshopId, command, activityId, attempt, cancellationToken) is { } result)
                {
                    return result;
                }
            }
            catch (Exception exception) when (StorageFaults.IsFault(exception, cancellationToken))
            {
                // Refused, throttled, reset, timed out, or past the turn's deadline (the caller's token, when it is one).
                var failed = exception as RequestFailedException;
                return Unavailable(workshopId, attempt, exception, failed?.Status ?? 0, failed?.ErrorCode);
            }

            if (attempt < MaxAttempts)
            {
                await ConflictPause.WaitAsync(cancellationToken);
            }
        }

        Log.TooBusy(logger, workshopId, MaxAttempts);
        return new WorkshopCommandResult { Status = WorkshopCommandStatus.TooBusy, Attempts = MaxAttempts };
    }

    /// <summary>One load, decide and save; null when the save conflicted and the command should run again.</summary>
    private async Task<WorkshopCommandResult?> AttemptAsync(
        WorkshopOwner owner, string workshopId, Func<JourneyMap, MapOutcome> command, string? activityId, int attempt, CancellationToken cancellationToken)
    {
        var (loaded, applied) = await LoadAsync(workshopId, owner, activityId, cancellationToken);
        if (loaded is null)
        {
            return new WorkshopCommandResult { Status = WorkshopCommandStatus.NotFound, Attempts = attempt };
        }

        if (applied)
        {
            // A redelivery of an activity applied before: the map as loaded already holds its change; nothing to run or write.
            Log.AlreadyApplied(logger, workshopId);
            return new WorkshopCommandResult { Status = WorkshopCommandStatus.AlreadyApplied, Outcome = new MapOutcome { Before = loaded.Map, Map = loaded.Map }, Attempts = attempt };
        }

        var outcome = command(loaded.Map);
        if (!outcome.Succeeded)
        {
            return new WorkshopCommandResult { Status = WorkshopCommandStatus.Rejected, Outcome = outcome, Attempts = attempt };
        }

        // A conflict (the header or an edited item changed) or a taken id (someone added the same cell first):
        // either way the command runs again on the fresh map, where it updates instead, or the domain refuses it.
        var saved = await SaveAsync(loaded, outcome, activityId, cancellationToken);
        return saved.Status switch
        {
            SaveStatus.Saved => new WorkshopCommandResult { Status = WorkshopCommandStatus.Applied, Outcome = outcome, Attempts = attempt },

            SaveStatus.AlreadyApplied => await AlreadyAppliedAsync(owner, workshopId, loaded, attempt, cancellationToken),
            _ => null,
        };
    }

    /// <summary>
    /// The same activity, delivered twice at once, was saved by the other delivery after this one loaded: its record
    /// refused this batch. The workshop is read again to show it as it is (one more round trip, only in that race).
    /// </summary>
    private async Task<WorkshopCommandResult> AlreadyAppliedAsync(WorkshopOwner owner, string workshopId, LoadedWorkshop loaded, int attempt, CancellationToken cancellationToken)
    {
        var current = (await LoadAsync(owner, workshopId, cancellationToken))?.Map ?? loaded.Map;
        return new WorkshopCommandResult
        {
            Status = WorkshopCommandStatus.AlreadyApplied,
            Outcome = new MapOutcome { Before = current, Map = current },
            Attempts = attempt,
        };
    }

    private WorkshopCommandResult Unavailable(string workshopId, int attempt, Exception exception, int status, string? errorCode)
    {
        Log.StorageUnavailable(logger, exception, workshopId, status, errorCode);
        return new WorkshopCommandResult { Status = WorkshopCommandStatus.StorageUnavailable, Attempts = attempt };
    }
}
