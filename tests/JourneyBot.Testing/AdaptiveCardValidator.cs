using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JourneyBot.Testing;

/// <summary>Checks Adaptive Cards with the official Adaptive Cards library, through one long-running Node process.</summary>
/// <remarks>
/// The process runs tests/cards/validate-cards.mjs, which answers one JSON line per request line; requests
/// carry an id and answers are matched by it, so any number of callers may validate at once.
/// Implements <see cref="IDisposable"/> as well because xunit 2 disposes class fixtures only through it.
/// </remarks>
public sealed class AdaptiveCardValidator : IAsyncDisposable, IDisposable
{
    private const int ExcerptLength = 600;
    private static readonly TimeSpan ReaderGracePeriod = TimeSpan.FromSeconds(10);

    private readonly NodeLineProcess _node;
    private readonly Task _answerReader;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource<IReadOnlyList<string>>> _pending = [];
    private Exception? _failure;
    private long _lastRequestId;
    private int _disposed;

    /// <summary>Starts the validator of the repository this test assembly was built from.</summary>
    public AdaptiveCardValidator()
        : this(FindRepositoryRoot())
    {
    }

    // xunit 2 wants a fixture to have exactly one public constructor, so other roots go through a factory.
    private AdaptiveCardValidator(string repositoryRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        var library = Path.Combine(repositoryRoot, "node_modules", "adaptivecards", "dist", "adaptivecards.js");
        if (!File.Exists(library))
        {
            throw new InvalidOperationException(
                $"The npm package adaptivecards is missing ({library}): run `npm ci` in {repositoryRoot}.");
        }
        _node = NodeLineProcess.Start(repositoryRoot, Path.Combine(repositoryRoot, "tests", "cards", "validate-cards.mjs"));
        _answerReader = Task.Run(ReadAnswersAsync);
    }

    /// <summary>Starts the validator of the given repository (the folder holding JourneyBot.sln and node_modules).</summary>
    public static AdaptiveCardValidator ForRepository(string repositoryRoot) => new(repositoryRoot);

    /// <summary>The problems the library and our Teams checks find in the card; empty when the card is valid.</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(JsonElement card, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (card.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("The card is an undefined JsonElement.", nameof(card));
        }

        var id = Interlocked.Increment(ref _lastRequestId).ToString(CultureInfo.InvariantCulture);
        var answer = new TaskCompletionSource<IReadOnlyList<string>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            // Checked under the same lock as Fail, so a request is either refused here or failed there.
            if (_failure is not null)
            {
                throw new InvalidOperationException(_failure.Message, _failure);
            }
            _pending.Add(id, answer);
        }

        try
        {
            await _node.WriteLineAsync(RequestLine(id, card), cancellationToken);
            return await answer.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            lock (_gate)
            {
                _pending.Remove(id);
            }
        }
    }

    /// <summary>Throws <see cref="InvalidAdaptiveCardException"/> listing the problems when the card has any.</summary>
    /// <summary>
    /// The most a card may weigh: 28 KB of UTF-8 JSON, which every Teams client and connector accepts (docs/protocol.md,
    /// Adaptive Cards in Teams: message size).
    /// </summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>Throws when the official library reports problems with <paramref name="card"/>, or when it is over <see cref="MaxCardBytes"/>.</summary>
    public async Task AssertValidAsync(JsonElement card, CancellationToken cancellationToken)
    {
        var bytes = System.Text.Encoding.UTF8.GetByteCount(card.GetRawText());
        if (bytes > MaxCardBytes)
        {
            throw new InvalidAdaptiveCardException([$"The card is {bytes:N0} bytes, over the {MaxCardBytes:N0} a Teams message may carry."], Excerpt(card));
        }

        var problems = await ValidateAsync(card, cancellationToken);
        if (problems.Count > 0)
        {
            throw new InvalidAdaptiveCardException(problems, Excerpt(card));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        await _node.StopAsync();
        await _answerReader;
        Release();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _node.Stop();
        _answerReader.Wait(ReaderGracePeriod);
        Release();
    }

    private async Task ReadAnswersAsync()
    {
        try
        {
            while (await _node.ReadLineAsync() is { } line)
            {
                var (id, problems) = ParseAnswer(line);
                TaskCompletionSource<IReadOnlyList<string>>? answer;
                lock (_gate)
                {
                    _pending.TryGetValue(id, out answer);
                }
                answer?.TrySetResult(problems);
            }
            Fail(new InvalidOperationException(_node.DescribeExit("exited")));
        }
        catch (Exception e)
        {
            // Whatever stops the reading, no caller may be left waiting for an answer that cannot come.
            Fail(new InvalidOperationException(_node.DescribeExit($"could not be read ({e.Message})"), e));
        }
    }

    private void Fail(Exception failure)
    {
        TaskCompletionSource<IReadOnlyList<string>>[] waiting;
        Exception first;
        lock (_gate)
        {
            first = _failure ??= failure;
            waiting = [.. _pending.Values];
        }
        foreach (var answer in waiting)
        {
            answer.TrySetException(first);
        }
    }

    private void Release()
    {
        Fail(new ObjectDisposedException(nameof(AdaptiveCardValidator)));
        _node.Dispose();
    }

    private static (string Id, IReadOnlyList<string> Problems) ParseAnswer(string line)
    {
        using var answer = JsonDocument.Parse(line);
        var root = answer.RootElement;
        var id = root.GetProperty("id").GetString()
            ?? throw new InvalidOperationException($"An answer without an id: {line}");
        var problems = root.GetProperty("problems").EnumerateArray().Select(p => p.GetString() ?? "").ToArray();
        return (id, problems);
    }

    private static string RequestLine(string id, JsonElement card)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Not indented, so that the request is one line; newlines inside strings stay escaped.
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WritePropertyName("card");
            card.WriteTo(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string Excerpt(JsonElement card)
    {
        var buffer = new ArrayBufferWriter<byte>();
        // Relaxed escaping so that Korean text reads as text in a failure message.
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            card.WriteTo(writer);
        }
        var json = Encoding.UTF8.GetString(buffer.WrittenSpan);
        return json.Length <= ExcerptLength ? json : string.Concat(json.AsSpan(0, ExcerptLength), "…");
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "JourneyBot.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds JourneyBot.sln.");
    }
}
