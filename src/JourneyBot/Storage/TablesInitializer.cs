using Azure.Data.Tables;

namespace JourneyBot.Storage;

/// <summary>
/// Creates the tables at start-up, retrying in the background while storage is unreachable (or the managed identity
/// not yet available): the app comes up, and <c>/readyz</c> says it is not ready until the tables exist. The readiness
/// check creates them too when it finds them missing (<see cref="CreateAsync"/>), and a turn that comes first creates
/// its table itself (<see cref="MissingTables"/>), so no one has to restart the app after tables were deleted.
/// </summary>
public sealed class TablesInitializer(TableServiceClient service, TableNames tables, TimeProvider time, ILogger<TablesInitializer> logger)
    : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once every table has been created (by start-up or by <see cref="CreateAsync"/>).</summary>
    public bool TablesCreated => _created.Task.IsCompletedSuccessfully;

    /// <summary>Creates every table that does not exist (one request per table); storage faults are the caller's.</summary>
    public async Task CreateAsync(CancellationToken cancellationToken)
    {
        foreach (var table in tables.All)
        {
            await service.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken);
        }

        if (_created.TrySetResult())
        {
            Log.TablesReady(logger, tables.All.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetry;
        for (var attempt = 1; !stoppingToken.IsCancellationRequested && !TablesCreated; attempt++)
        {
            try
            {
                await CreateAsync(stoppingToken);
                return;
            }
#pragma warning disable CA1031 // Whatever the fault (network, credentials, throttling), the answer is to try again later.
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                Log.TablesNotYet(logger, exception, attempt, delay);
            }

            await Task.Delay(delay, time, stoppingToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
        }
    }
}
