using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace JourneyBot.Testing;

/// <summary>A Node.js script run as a child process that reads lines on stdin and writes lines on stdout.</summary>
internal sealed class NodeLineProcess : IDisposable
{
    private const int StderrLinesKept = 20;
    private static readonly TimeSpan ExitGracePeriod = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly string _name;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Lock _stderrGate = new();
    private readonly Queue<string> _stderrTail = new();

    private NodeLineProcess(Process process, string name)
    {
        _process = process;
        _name = name;
        _process.ErrorDataReceived += (_, e) => KeepStderrLine(e.Data);
        _process.BeginErrorReadLine();
    }

    /// <summary>Runs <c>node script</c> (node from PATH) in the given folder.</summary>
    public static NodeLineProcess Start(string workingDirectory, string scriptPath)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // No byte order mark: Node would read it as part of the first line.
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        startInfo.ArgumentList.Add(scriptPath);

        Process process;
        try
        {
            process = Process.Start(startInfo)
                ?? throw new InvalidOperationException($"Node.js (`node`) could not start {scriptPath}.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Node.js (`node`) was not found on PATH ({e.Message}): install Node 20 or later, then run `npm ci` in {workingDirectory}.",
                e);
        }
        return new NodeLineProcess(process, $"node {Path.GetRelativePath(workingDirectory, scriptPath)}");
    }

    /// <summary>Writes one line; concurrent writers take turns, so lines never interleave.</summary>
    public async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            // Not cancellable once started: half a line in the pipe would corrupt the next one.
            await _process.StandardInput.WriteLineAsync(line.AsMemory(), CancellationToken.None);
            await _process.StandardInput.FlushAsync(CancellationToken.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(DescribeExit("stopped reading its input"), e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The next line of output, or null once the process has closed its output.</summary>
    public Task<string?> ReadLineAsync() => _process.StandardOutput.ReadLineAsync();

    /// <summary>Says what happened to the process, with its exit code and last lines of error output.</summary>
    public string DescribeExit(string what)
    {
        string stderr;
        lock (_stderrGate)
        {
            stderr = string.Join(Environment.NewLine, _stderrTail);
        }
        var exitCode = _process.HasExited ? $" with exit code {_process.ExitCode}" : "";
        return $"{_name} {what}{exitCode}. Its last error output:{Environment.NewLine}{stderr}";
    }

    /// <summary>Closes its input, which ends the script, and kills it if it does not end in time.</summary>
    public async Task StopAsync()
    {
        CloseInput();
        using var grace = new CancellationTokenSource(ExitGracePeriod, TimeProvider.System);
        try
        {
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>The blocking form of <see cref="StopAsync"/>, for callers that cannot await.</summary>
    public void Stop()
    {
        CloseInput();
        if (!_process.WaitForExit(ExitGracePeriod))
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        _process.Dispose();
        _writeLock.Dispose();
    }

    private void CloseInput()
    {
        try
        {
            _process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process is already gone; there is nothing left to close.
        }
    }

    private void KeepStderrLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_stderrGate)
        {
            _stderrTail.Enqueue(line);
            if (_stderrTail.Count > StderrLinesKept)
            {
                _stderrTail.Dequeue();
            }
        }
    }
}
