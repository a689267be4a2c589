using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;

namespace JourneyBot.Tests.Driver;

/// <summary>A logger provider that keeps every line a bot host logs, with the values of the scopes it was logged in.</summary>
public sealed class RecordedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<LoggedLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<LoggedLine> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Recorder(RecordedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, object?>(StringComparer.Ordinal);
            logs._scopes.ForEachScope(
                (value, values) =>
                {
                    if (value is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, item) in pairs)
                        {
                            values[key] = item;
                        }
                    }
                },
                scope);
            logs._lines.Enqueue(new LoggedLine(category, logLevel, eventId.Id, formatter(state, exception), scope));
        }
    }
}

/// <summary>One logged line and the values of the scopes around it.</summary>
public sealed record LoggedLine(string Category, LogLevel Level, int EventId, string Message, IReadOnlyDictionary<string, object?> Scope);
