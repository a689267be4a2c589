using System.Net;
using System.Text;
using System.Text.Json;
using JourneyBot.Connector.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Testing;

/// <summary>
/// A loopback stand-in for the Bot Connector service: answers the v3 routes of docs/protocol.md (Outbound calls) the way the real one
/// does, records every call, and can be told to fail the next calls (throttling, outages, a removed bot).
/// </summary>
/// <remarks>
/// It finds <c>/v3/conversations</c> anywhere in the path, so any serviceUrl path on its port works; the
/// <see cref="ServiceUrl"/> it hands out has the Playground's <c>/_connector</c> path. New ids are predictable:
/// <c>activity-1</c>, <c>activity-2</c>, ... and <c>conversation-1</c>, ... (see <see cref="ConnectorCall.ResponseId"/>).
/// Like the Playground, it answers 400 <c>BadArgument</c> to an activity body that does not parse.
/// </remarks>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<ConnectorCall> _calls = [];
    private readonly Queue<InjectedFailure> _failures = new();
    private readonly List<Waiter> _waiters = [];
    private readonly Queue<(TimeSpan Delay, string? Method)> _delays = new();
    private readonly Dictionary<string, IReadOnlyList<ConversationMember>> _members = new(StringComparer.Ordinal);
    private IReadOnlyList<ConversationMember> _defaultMembers = [];
    private int _lastActivityNumber;
    private int _lastConversationNumber;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities, e.g. <c>http://127.0.0.1:PORT/_connector/</c>.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>A snapshot of the calls received so far, oldest first.</summary>
    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Starts the fake on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync(CancellationToken ct = default)
    {
        // The empty builder reads no appsettings or environment: an app's Kestrel endpoints must not leak in here.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        connector.ServiceUrl = $"{address.TrimEnd('/')}/_connector/";
        return connector;
    }

    /// <summary>
    /// The first call, already received or still to come, that matches <paramref name="predicate"/>; throws
    /// <see cref="TimeoutException"/> listing the calls received when none arrives within <paramref name="timeout"/>.
    /// </summary>
    public async Task<ConnectorCall> WaitForCallAsync(Func<ConnectorCall, bool> predicate, TimeSpan timeout, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        Waiter waiter;
        lock (_gate)
        {
            if (_calls.FirstOrDefault(predicate) is { } received)
            {
                return received;
            }

            waiter = new Waiter(predicate, new TaskCompletionSource<ConnectorCall>(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Arrived.Task.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            var received = string.Join(", ", Calls.Select(call => $"{call.Method} {call.Path} -> {call.StatusCode}"));
            throw new TimeoutException($"No matching connector call within {timeout}. Received: [{received}]");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>
    /// Makes the next call (first in, first out) answer <paramref name="statusCode"/>, with a Retry-After header when
    /// given and a Bot Connector error body when the status is 400 or above; later calls are answered normally.
    /// </summary>
    public void EnqueueFailure(int statusCode, string? retryAfter = null) => EnqueueFailure(statusCode, retryAfter, method: null);

    /// <summary>
    /// Like <see cref="EnqueueFailure(int, string?)"/>, for the next call with HTTP <paramref name="method"/> only (e.g.
    /// <c>PUT</c>: the next update fails while sends go through); null matches any call.
    /// </summary>
    public void EnqueueFailure(int statusCode, string? retryAfter, string? method)
    {
        lock (_gate)
        {
            _failures.Enqueue(new InjectedFailure(statusCode, retryAfter, method));
        }
    }

    /// <summary>
    /// Makes the next call (first in, first out; with a <paramref name="method"/>, the next call of that method) be answered
    /// only after <paramref name="delay"/>, as a slow Bot Connector would: the call is recorded (it took effect) when it
    /// arrives, the answer comes later.
    /// </summary>
    public void EnqueueDelay(TimeSpan delay, string? method = null)
    {
        lock (_gate)
        {
            _delays.Enqueue((delay, method));
        }
    }

    /// <summary>
    /// The members <c>GET v3/conversations/{id}/members</c> lists for every conversation not given its own with
    /// <see cref="SetMembers"/> (the test driver's users).
    /// </summary>
    public void SetDefaultMembers(IReadOnlyList<ConversationMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        lock (_gate)
        {
            _defaultMembers = members;
        }
    }

    /// <summary>The members listed for <paramref name="conversationId"/> (without a channel thread's <c>;messageid=</c>).</summary>
    public void SetMembers(string conversationId, IReadOnlyList<ConversationMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        lock (_gate)
        {
            _members[conversationId] = members;
        }
    }

    /// <summary>Forgets the calls received and the failures and delays not yet used.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _calls.Clear();
            _failures.Clear();
            _delays.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        // The raw target, not Request.Path: Kestrel decodes %3A and friends there, and tests check the encoding.
        var path = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget.Split('?')[0];
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var route = ConnectorRoute.Parse(path);

        InjectedFailure? failure;
        TimeSpan delay;
        lock (_gate)
        {
            failure = TakeFailure(context.Request.Method);
            delay = _delays.TryPeek(out var next) && (next.Method is null || next.Method == context.Request.Method) ? _delays.Dequeue().Delay : TimeSpan.Zero;
        }

        var (answer, activity) = failure is null ? Respond(context.Request.Method, route, body) : (Fail(failure), ParseBody(route, body).Activity);
        var call = new ConnectorCall(
            context.Request.Method,
            path,
            answer.ConversationId ?? route.ConversationId ?? "",
            route.ActivityId,
            context.Request.Headers.Authorization.Count > 0 ? context.Request.Headers.Authorization.ToString() : null,
            activity,
            body,
            TimeProvider.System.GetUtcNow())
        {
            StatusCode = answer.StatusCode,
            ResponseId = answer.ResponseId,
        };
        Record(call);

        // Recorded before answering, so a caller that got its response always finds its call in Calls.
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the caller gave up; the call is recorded all the same (it took effect)
            }
        }

        context.Response.StatusCode = answer.StatusCode;
        if (answer.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.Body is not null)
        {
            await context.Response.WriteAsJsonAsync(answer.Body, ConnectorJson.Options, context.RequestAborted);
        }
    }

    /// <summary>The first failure waiting for a call with <paramref name="method"/>, removed from the queue; the others keep their order.</summary>
    private InjectedFailure? TakeFailure(string method)
    {
        var match = _failures.FirstOrDefault(failure => failure.Method is null || string.Equals(failure.Method, method, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return null;
        }

        var rest = _failures.Where(failure => !ReferenceEquals(failure, match)).ToList();
        _failures.Clear();
        foreach (var failure in rest)
        {
            _failures.Enqueue(failure);
        }

        return match;
    }

    private (Answer Answer, Activity? Activity) Respond(string method, ConnectorRoute route, string body)
    {
        var parsed = ParseBody(route, body);
        var expectsBody = route.Kind is RouteKind.Conversations || (route.Kind is RouteKind.Activities or RouteKind.Activity && method != HttpMethods.Delete);
        if (expectsBody && !parsed.Valid)
        {
            return (new Answer(400, Error("BadArgument", "The body is not a valid activity.")), null);
        }

        var answer = (route.Kind, method) switch
        {
            (RouteKind.Activities or RouteKind.Activity, "POST") => Created(NextActivityId()),
            (RouteKind.Activity, "PUT") => new Answer(200, new ResourceResponse { Id = route.ActivityId }) { ResponseId = route.ActivityId },
            (RouteKind.Activity, "DELETE") => new Answer(200, null),
            (RouteKind.Conversations, "POST") => CreatedConversation(),
            (RouteKind.Members, "GET") => new Answer(200, MembersOf(route.ConversationId!)),
            (RouteKind.Unknown, _) => new Answer(404, Error("NotFound", "No such route.")),
            _ => new Answer(405, Error("MethodNotAllowed", "No such method on this route.")),
        };
        return (answer, parsed.Activity);
    }

    private IReadOnlyList<ConversationMember> MembersOf(string conversationId)
    {
        lock (_gate)
        {
            return _members.GetValueOrDefault(conversationId) ?? _defaultMembers;
        }
    }

    private static Answer Created(string id) => new(201, new ResourceResponse { Id = id }) { ResponseId = id };

    private Answer CreatedConversation()
    {
        var conversationId = $"conversation-{Interlocked.Increment(ref _lastConversationNumber)}";
        var activityId = NextActivityId();
        return new Answer(201, new ConversationResourceResponse { Id = conversationId, ActivityId = activityId })
        {
            ConversationId = conversationId,
            ResponseId = conversationId,
        };
    }

    private string NextActivityId() => $"activity-{Interlocked.Increment(ref _lastActivityNumber)}";

    private static Answer Fail(InjectedFailure failure) =>
        new(failure.StatusCode, failure.StatusCode >= 400 ? Error(((HttpStatusCode)failure.StatusCode).ToString(), "Failure injected by FakeConnector.") : null)
        {
            RetryAfter = failure.RetryAfter,
        };

    private static object Error(string code, string message) => new { error = new { code, message } };

    private static ParsedBody ParseBody(ConnectorRoute route, string body)
    {
        if (body.Length == 0)
        {
            return new ParsedBody(false, null);
        }

        try
        {
            return route.Kind switch
            {
                RouteKind.Activities or RouteKind.Activity => Parsed(JsonSerializer.Deserialize<Activity>(body, ConnectorJson.Options)),
                RouteKind.Conversations => JsonSerializer.Deserialize<ConversationParameters>(body, ConnectorJson.Options) is { } parameters
                    ? new ParsedBody(true, parameters.Activity)
                    : new ParsedBody(false, null),
                _ => new ParsedBody(false, null),
            };
        }
        catch (JsonException)
        {
            return new ParsedBody(false, null);
        }

        static ParsedBody Parsed(Activity? activity) => new(activity is not null, activity);
    }

    private void Record(ConnectorCall call)
    {
        lock (_gate)
        {
            _calls.Add(call);
            foreach (var waiter in _waiters.Where(waiter => waiter.Predicate(call)))
            {
                waiter.Arrived.TrySetResult(call);
            }
        }
    }

    private sealed record ParsedBody(bool Valid, Activity? Activity);

    private sealed record InjectedFailure(int StatusCode, string? RetryAfter, string? Method);

    private sealed record Waiter(Func<ConnectorCall, bool> Predicate, TaskCompletionSource<ConnectorCall> Arrived);

    private sealed record Answer(int StatusCode, object? Body)
    {
        public string? RetryAfter { get; init; }
        public string? ResponseId { get; init; }
        public string? ConversationId { get; init; }
    }
}

/// <summary>One call the <see cref="FakeConnector"/> received, with the ids decoded from its path.</summary>
/// <param name="Path">The request path exactly as sent, still percent-encoded.</param>
/// <param name="ConversationId">The decoded conversation id; for <c>POST v3/conversations</c> the id of the conversation created.</param>
/// <param name="ActivityId">The decoded activity id of the path, null when the path has none.</param>
/// <param name="Activity">The body as an activity (for <c>POST v3/conversations</c>, its <c>activity</c>); null when the body is none.</param>
public sealed record ConnectorCall(string Method, string Path, string ConversationId, string? ActivityId, string? Authorization, Activity? Activity, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The HTTP status the fake answered.</summary>
    public int StatusCode { get; init; }

    /// <summary>The id the fake answered with: the activity created or updated, or the conversation created.</summary>
    public string? ResponseId { get; init; }
}
