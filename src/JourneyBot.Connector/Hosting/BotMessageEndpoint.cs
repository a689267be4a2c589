using System.Net;
using System.Security.Claims;
using System.Text.Json;
using JourneyBot.Connector.Authentication;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JourneyBot.Connector.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: authenticate, parse, run the turn, answer (docs/protocol.md, Inbound requests; docs/architecture.md, One turn).
/// </summary>
public static class BotMessageEndpoint
{
    /// <summary>Teams activities are small; a card-heavy invoke stays far below this.</summary>
    private const int MaxActivityBytes = 512 * 1024;

    /// <summary>Ids and verbs in the turn's logging scope are cut to this many characters.</summary>
    private const int MaxLoggedLength = 128;

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<BotOptions> botOptions,
        IOptions<ConnectorClientOptions> connectorOptions,
        IServiceProvider services,
        IConnectorClient connector,
        IBot bot,
        TimeProvider time,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var logger = loggerFactory.CreateLogger(typeof(BotMessageEndpoint));
        var options = botOptions.Value;
        var authorization = http.Request.Headers.Authorization.ToString();

        if ((options.IsLocalMode ? LocalModeRefusal(http) : MissingTokenRefusal(authorization)) is { } refusal)
        {
            Log.EndpointRefused(logger, refusal);
            return Results.Unauthorized();
        }

        var activity = await ReadActivityAsync(http.Request, cancellationToken);
        if (activity is null)
        {
            Log.Malformed(logger);
            return Results.BadRequest();
        }

        if (ActivityEnvelope.Refusal(activity) is { } badEnvelope)
        {
            // Before authentication and any storage call: nothing in the turn has to cope with a missing sender or a huge id.
            Log.BadEnvelope(logger, badEnvelope);
            return Results.BadRequest();
        }

        ClaimsIdentity? caller = null;
        if (options.IsLocalMode)
        {
            // Replies go to the serviceUrl: in local mode, only to a client on this machine (the Playground).
            if (!IsLoopback(activity.ServiceUrl))
            {
                Log.EndpointRefused(logger, "local mode answers only a loopback serviceUrl");
                return Results.Unauthorized();
            }
        }
        else
        {
            var outcome = await services.GetRequiredService<IRequestAuthenticator>()
                .AuthenticateAsync(authorization, activity, cancellationToken);
            if (!outcome.Succeeded)
            {
                return Results.Unauthorized(); // the authenticator logged why
            }

            caller = outcome.Identity;
        }

        var turn = new TurnContext(activity, connector, caller, time)
        {
            ReceivedAt = receivedAt,
            AnswerBy = receivedAt + connectorOptions.Value.TurnBudget,
        };
        using var scope = Log.Turn(logger, Shortened(activity.Id), activity.Type, Shortened(VerbOf(activity)));
        try
        {
            await bot.OnTurnAsync(turn, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The turn's last line of defence: Teams must get an answer, the log gets the fault.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.TurnFailed(logger, exception, activity.Type, activity.Conversation?.Id);
            if (activity.Type == ActivityTypes.Invoke)
            {
                return Results.Json(
                    AdaptiveCardInvokeResponse.Error(500, "InternalError", "Something went wrong. Please try again."),
                    ConnectorJson.Options, statusCode: 200);
            }

            // Logged; a 5xx would only make the channel deliver the same activity again.
            return Results.Ok();
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            // An invoke must be answered in the HTTP response; an unhandled one gets an empty 200 rather than a hang.
            var response = turn.InvokeResponse ?? new InvokeResponse(200, null);
            return response.Body is null
                ? Results.StatusCode(response.Status)
                : Results.Json(response.Body, ConnectorJson.Options, statusCode: response.Status);
        }

        return Results.Ok();
    }

    /// <summary>What an invoke asks for: the Action.Execute verb of a card click, or the invoke's name.</summary>
    private static string? VerbOf(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : activity.Name;

    /// <summary>Values from the (authenticated) activity, cut so that no client can fill the log with one field.</summary>
    private static string? Shortened(string? value) => value is { Length: > MaxLoggedLength } ? value[..MaxLoggedLength] : value;

    private static async Task<Activity?> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxActivityBytes || !(request.HasJsonContentType()))
        {
            return null;
        }

        try
        {
            using var limited = new LimitedReadStream(request.Body, MaxActivityBytes);
            var activity = await JsonSerializer.DeserializeAsync<Activity>(limited, ConnectorJson.Options, cancellationToken);

            // Every activity we act on must say where to answer; anything else is not from a Bot Connector.
            return activity is { ServiceUrl.Length: > 0, Conversation.Id.Length: > 0 }
                && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
                && (serviceUrl.Scheme == Uri.UriSchemeHttps || (serviceUrl.Scheme == Uri.UriSchemeHttp && serviceUrl.IsLoopback))
                ? activity
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// Local mode trusts the machine, not the network: the caller must be on loopback, must have addressed a loopback
    /// host, and must not have come through a proxy or tunnel (which connects from loopback but carries forwarding
    /// headers or its own public host name).
    /// </summary>
    private static string? LocalModeRefusal(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
        {
            return "local mode accepts loopback callers only";
        }

        var request = http.Request;
        if (!IsLoopbackHost(request.Host.Host))
        {
            return "local mode accepts requests to a loopback host only (a tunnel?): set MicrosoftAppId";
        }

        return request.Headers.Keys.Any(IsProxyHeader)
            ? "local mode refuses forwarded requests (a proxy or tunnel): set MicrosoftAppId"
            : null;
    }

    private static bool IsLoopbackHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    private static bool IsProxyHeader(string name) =>
        name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Via", StringComparison.OrdinalIgnoreCase)
        || name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase)
        || name.Equals("X-Original-For", StringComparison.OrdinalIgnoreCase);

    private static string? MissingTokenRefusal(string authorization) =>
        string.IsNullOrWhiteSpace(authorization) ? "no Authorization header" : null;

    private static bool IsLoopback(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
