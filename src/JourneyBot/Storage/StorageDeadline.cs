using JourneyBot.Connector.Hosting;
using Microsoft.Extensions.Options;

namespace JourneyBot.Storage;

/// <summary>
/// The turn's storage deadline (<see cref="StorageOptions.TurnDeadline"/>, counted from when the activity arrived): storage
/// calls of one turn share it, so however storage fails (hangs, resets, throttles) the turn stops waiting in time to answer
/// "try again" within Teams' 15 seconds (docs/architecture.md, Storage faults).
/// </summary>
public sealed class StorageDeadline(IOptions<StorageOptions> options, TimeProvider time)
{
    /// <summary>
    /// The rest of <paramref name="turn"/>'s storage time, at most <paramref name="atMost"/>; cancelled also with
    /// <paramref name="cancellationToken"/>. Past it, storage calls end with an <see cref="OperationCanceledException"/>
    /// that <see cref="StorageFaults.IsFault"/> counts as a fault, given the caller's own token.
    /// </summary>
    public StorageBudget Start(TurnContext turn, CancellationToken cancellationToken, TimeSpan? atMost = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var left = options.Value.TurnDeadline - (time.GetUtcNow() - turn.ReceivedAt);
        return new StorageBudget(atMost is { } limit && limit < left ? limit : left, time, cancellationToken);
    }

    /// <summary>A full deadline from now, for storage work outside a turn (a board redraw sent after the turn answered).</summary>
    public StorageBudget Start(CancellationToken cancellationToken) => new(options.Value.TurnDeadline, time, cancellationToken);
}

/// <summary>One deadline for storage calls: pass <see cref="Token"/> to them; dispose when done.</summary>
public sealed class StorageBudget : IDisposable
{
    private readonly CancellationTokenSource _deadline;
    private readonly CancellationTokenSource _linked;

    internal StorageBudget(TimeSpan left, TimeProvider time, CancellationToken cancellationToken)
    {
        _deadline = new CancellationTokenSource(left > TimeSpan.Zero ? left : TimeSpan.Zero, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline.Token);
    }

    /// <summary>Cancelled when the deadline passes or the caller cancels.</summary>
    public CancellationToken Token => _linked.Token;

    public void Dispose()
    {
        _linked.Dispose();
        _deadline.Dispose();
    }
}
