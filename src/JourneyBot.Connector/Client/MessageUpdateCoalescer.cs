using JourneyBot.Connector.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Connector.Client;

/// <summary>
/// Keeps a message many people act on (a shared board card) current for everyone, without one edit per click:
/// requests for the same message within <see cref="ConnectorClientOptions.UpdateCoalescingWindow"/> become one
/// update, rendered when it is sent so it shows the newest state (docs/protocol.md, Throttling and retries: coalesce edits of one message).
/// </summary>
/// <remarks>
/// The update is sent after the turn that asked for it has answered: the clicker already has the new card in the
/// invoke response, the others see it a moment later. What is pending lives in this instance only; that is enough,
/// because the render reads the current state, so any instance's update shows everyone's work.
/// </remarks>
public sealed class MessageUpdateCoalescer : IAsyncDisposable
{
    private readonly IConnectorClient _connector;
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly ILogger<MessageUpdateCoalescer> _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly Dictionary<MessageAddress, PendingUpdate> _pending = [];
    private bool _disposed;

    public MessageUpdateCoalescer(IConnectorClient connector, TimeProvider time, IOptions<ConnectorClientOptions> options, ILogger<MessageUpdateCoalescer> logger)
    {
        _connector = connector;
        _time = time;
        _window = options.Value.UpdateCoalescingWindow;
        _logger = logger;
    }

    /// <summary>
    /// Asks for <paramref name="message"/> to be replaced by what <paramref name="render"/> returns once the window has
    /// passed; a later request for the same message before then replaces this one. A null render means "nothing to
    /// show": no update is sent. Requests after disposal are ignored.
    /// </summary>
    /// <remarks>
    /// <paramref name="render"/> runs after the turn that asked has ended: it must use only singletons (the store, the
    /// card builders), never services or data scoped to that request.
    /// </remarks>
    public void RequestUpdate(MessageAddress message, Func<CancellationToken, Task<Activity?>> render) => Request(message, render, final: false);

    /// <summary>
    /// Like <see cref="RequestUpdate"/>, for a message's last update (a board that moved on becomes one short line): it
    /// replaces any update still waiting for <paramref name="message"/>, and ordinary requests for it are ignored until
    /// it has been sent, so a redraw asked for a moment before cannot bring the old content back.
    /// </summary>
    public void RequestFinalUpdate(MessageAddress message, Func<CancellationToken, Task<Activity?>> render) => Request(message, render, final: true);

    private void Request(MessageAddress message, Func<CancellationToken, Task<Activity?>> render, bool final)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(render);
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            if (_pending.TryGetValue(message, out var pending))
            {
                if (pending.Final && !final)
                {
                    return;
                }

                pending.Render = render;
                pending.Requested = true;
                pending.Final |= final;
                return;
            }

            var update = new PendingUpdate { Render = render, Requested = true, Final = final };
            _pending[message] = update;
            var stopping = _stopping.Token;
            update.Sending = Task.Run(() => SendWhenQuietAsync(message, update, stopping));
        }
    }

    /// <summary>Completes when every update requested so far has been sent (or has failed and been logged).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll(_pending.Values.Select(update => update.Sending));
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        await _stopping.CancelAsync();
        try
        {
            await WhenIdleAsync();
        }
        catch (OperationCanceledException)
        {
            // Updates still waiting at shutdown are dropped: the data is saved, only this view of it goes unsent.
        }

        _stopping.Dispose();
    }

    /// <summary>Waits out the window, sends the newest render, and goes round again while requests keep coming.</summary>
    private async Task SendWhenQuietAsync(MessageAddress message, PendingUpdate update, CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_window, _time, stopping);

                Func<CancellationToken, Task<Activity?>> render;
                lock (_gate)
                {
                    render = update.Render;
                    update.Requested = false;
                }

                await SendAsync(message, render, stopping);

                lock (_gate)
                {
                    if (!update.Requested)
                    {
                        return;
                    }
                }
            }
        }
        finally
        {
            // Whatever ended the loop, the message must take new requests again (a stuck entry would swallow them).
            lock (_gate)
            {
                if (_pending.TryGetValue(message, out var current) && ReferenceEquals(current, update))
                {
                    _pending.Remove(message);
                }
            }
        }
    }

    private async Task SendAsync(MessageAddress message, Func<CancellationToken, Task<Activity?>> render, CancellationToken token)
    {
        try
        {
            if (await render(token) is not { } activity)
            {
                return;
            }

            var result = await _connector.UpdateActivityAsync(message.ServiceUrl, message.ConversationId, message.ActivityId, activity, token);
            if (!result.Succeeded)
            {
                Log.UpdateFailed(_logger, message.ConversationId, result.StatusCode, result.Error);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed render must not end the loop or surface as an unobserved task exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.RenderFailed(_logger, exception, message.ConversationId);
        }
    }

    /// <summary>The newest render asked for one message, and whether a request came since the last send.</summary>
    private sealed class PendingUpdate
    {
        public required Func<CancellationToken, Task<Activity?>> Render { get; set; }
        public bool Requested { get; set; }

        /// <summary>A final update was asked for: later ordinary requests for the message are ignored.</summary>
        public bool Final { get; set; }
        public Task Sending { get; set; } = Task.CompletedTask;
    }
}
