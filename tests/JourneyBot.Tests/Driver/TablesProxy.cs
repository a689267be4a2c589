using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace JourneyBot.Tests.Driver;

/// <summary>
/// A TCP proxy in front of Azurite that can stop forwarding (a hanging storage: requests go in, nothing comes back) or
/// reset every connection (RST), and forward again: the storage faults a turn must survive, on real sockets. Connections
/// the client pools are affected too: a request on one is swallowed (hang) or answered with a reset.
/// </summary>
public sealed class TablesProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _sockets = [];
    private readonly IPEndPoint _target;
    private readonly string _targetConnectionString;
    private Task _accepting = Task.CompletedTask;
    private volatile ProxyMode _mode = ProxyMode.Forward;

    private TablesProxy(IPEndPoint target, string targetConnectionString)
    {
        _target = target;
        _targetConnectionString = targetConnectionString;
    }

    /// <summary>Azurite's connection string, with the table endpoint on this proxy.</summary>
    public string ConnectionString => _targetConnectionString.Replace(
        $"127.0.0.1:{_target.Port}/", $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/", StringComparison.Ordinal);

    public static TablesProxy Start(string azuriteConnectionString)
    {
        var endpoint = azuriteConnectionString.Split(';').Single(part => part.StartsWith("TableEndpoint=", StringComparison.Ordinal))["TableEndpoint=".Length..];
        var uri = new Uri(endpoint);
        var proxy = new TablesProxy(new IPEndPoint(IPAddress.Parse(uri.Host), uri.Port), azuriteConnectionString);
        proxy._listener.Start();
        proxy._accepting = proxy.AcceptAsync();
        return proxy;
    }

    /// <summary>Requests are taken in and never answered, on new and pooled connections alike.</summary>
    public void Hang() => _mode = ProxyMode.Hang;

    /// <summary>Every connection is reset: new ones at once, pooled ones on their next request.</summary>
    public void Reset() => _mode = ProxyMode.Reset;

    public void Forward() => _mode = ProxyMode.Forward;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(static _ => { }, TaskScheduler.Default);
        lock (_sockets)
        {
            _sockets.ForEach(socket => socket.Dispose());
        }

        _listener.Dispose();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Track(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        try
        {
            if (_mode == ProxyMode.Reset)
            {
                Abort(client);
                return;
            }

            Socket? upstream = null;
            if (_mode == ProxyMode.Forward)
            {
                upstream = new Socket(SocketType.Stream, ProtocolType.Tcp);
                Track(upstream);
                await upstream.ConnectAsync(_target, _stop.Token);
            }

            await Task.WhenAll(PumpAsync(client, upstream), upstream is null ? Task.CompletedTask : PumpAsync(upstream, client));
        }
#pragma warning disable CA1031 // A broken connection ends that connection only.
        catch (Exception)
#pragma warning restore CA1031
        {
            Abort(client);
        }
    }

    /// <summary>Copies <paramref name="from"/> to <paramref name="to"/> while forwarding; swallows while hanging; resets when told.</summary>
    private async Task PumpAsync(Socket from, Socket? to)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
            if (read == 0)
            {
                to?.Shutdown(SocketShutdown.Send);
                return;
            }

            switch (_mode)
            {
                case ProxyMode.Reset:
                    Abort(from);
                    if (to is not null)
                    {
                        Abort(to);
                    }

                    return;
                case ProxyMode.Hang:
                    continue; // taken in, never passed on
                default:
                    if (to is null)
                    {
                        // A connection accepted while hanging has no server: it stays silent.
                        continue;
                    }

                    await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None, _stop.Token);
                    break;
            }
        }
    }

    private void Track(Socket socket)
    {
        lock (_sockets)
        {
            _sockets.Add(socket);
        }
    }

    /// <summary>Closes with a reset (RST), as a failing load balancer or a dropped connection does.</summary>
    private static void Abort(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private enum ProxyMode
    {
        Forward,
        Hang,
        Reset,
    }

    /// <summary>For messages: the port the proxy listens on.</summary>
    public override string ToString() => ((IPEndPoint)_listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
}
