using Azure;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>Running a command against the stored workshop: load, decide, save, and again on a conflict.</summary>
public sealed partial class TableWorkshopStore
{
    /// <summary>Each attempt costs 2 round trips; past this many, people are changing the header faster than a turn can keep up.</summary>
    private const int MaxAttempts = 5;

    /// <summary>The longest pause before an attempt after a conflict; a random part of it, so racing instances spread out.</summary>
    private static readonly TimeSpan RetryJitter = TimeSpan.FromMilliseconds(50);

    /// <remarks>
    /// Never throws for storage: a request storage fails after the client's own retries (throttling 429/503, 403,
    /// a timeout) is logged and ends as <see cref="WorkshopCommandStatus.StorageUnavailable"/>. Only the caller's own
    /// cancellation comes back as an <see cref="OperationCanceledException"/>.
    /// </remarks>
    public async Task<WorkshopCommandResult> ApplyAsync(WorkshopOwner owner, string workshopId, Func<JourneyMap, MapOutcome> command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(command);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                if (await AttemptAsync(owner, workshopId, command, attempt, cancellationToken) is { } result)
                {
                    return result;
                }
            }
            catch (RequestFailedException exception)
            {
                return Unavailable(workshopId, attempt, exception, exception.Status, exception.ErrorCode);
            }
            catch (AggregateException exception) when (exception.InnerExceptions.All(inner => inner is RequestFailedException))
            {
                // Azure.Core gives up on transport failures (no response at all) with every attempt's exception.
                return Unavailable(workshopId, attempt, exception, 0, null);
            }
            catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The client's network timeout, not the caller: a fault like any other.
                return Unavailable(workshopId, attempt, exception, 0, null);
            }

            if (attempt < MaxAttempts)
            {
                await Task.Delay(RetryJitter * Random.Shared.NextDouble(), time, cancellationToken);
            }
        }

        Log.TooBusy(logger, workshopId, MaxAttempts);
        return new WorkshopCommandResult { Status = WorkshopCommandStatus.TooBusy, Attempts = MaxAttempts };
    }

    /// <summary>One load, decide and save; null when the save conflicted and the command should run again.</summary>
    private async Task<WorkshopCommandResult?> AttemptAsync(WorkshopOwner owner, string workshopId, Func<JourneyMap, MapOutcome> command, int attempt, CancellationToken cancellationToken)
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
        return saved.Status == SaveStatus.Saved
            ? new WorkshopCommandResult { Status = WorkshopCommandStatus.Applied, Outcome = outcome, Attempts = attempt }
            : null;
    }

    private WorkshopCommandResult Unavailable(string workshopId, int attempt, Exception exception, int status, string? errorCode)
    {
        Log.StorageUnavailable(logger, exception, workshopId, status, errorCode);
        return new WorkshopCommandResult { Status = WorkshopCommandStatus.StorageUnavailable, Attempts = attempt };
    }
}
