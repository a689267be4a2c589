using System.Net;
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
/// <c>POST /api/messages</c>: authenticate, parse, run the turn, answer (protocol.md, Inbound; DESIGN.md, One turn).
/// </summary>
public static partial class BotMessageEndpoint
{
    /// <summary>Teams activities are small; a card-heavy invoke stays far below this.</summary>
    private const int MaxActivityBytes = 512 * 1024;

    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<BotOptions> botOptions,
        IServiceProvider services,
        IConnectorClient connector,
        IBot bot,
        ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        var logger = loggerFactory.CreateLogger(typeof(BotMessageEndpoint));
        var options = botOptions.Value;
        var authorization = http.Request.Headers.Authorization.ToString();

        if (options.IsLocalMode)
        {
            if (!IsLoopback(http.Connection.RemoteIpAddress))
            {
                LogRefused(logger, "local mode accepts loopback requests only", null);
                return Results.Unauthorized();
            }
        }
        else if (string.IsNullOrWhiteSpace(authorization))
        {
            LogRefused(logger, "no Authorization header", null);
            return Results.Unauthorized();
        }

        var activity = await ReadActivityAsync(http.Request, cancellationToken);
        if (activity is null)
        {
            LogMalformed(logger);
            return Results.BadRequest();
        }

        System.Security.Claims.ClaimsIdentity? caller = null;
        if (!options.IsLocalMode)
        {
            var outcome = await services.GetRequiredService<IRequestAuthenticator>()
                .AuthenticateAsync(authorization, activity, cancellationToken);
            if (!outcome.Succeeded)
            {
                LogRefused(logger, outcome.FailureReason ?? "invalid token", activity.Conversation?.Id);
                return Results.Unauthorized();
            }

            caller = outcome.Identity;
        }

        var turn = new TurnContext(activity, connector, caller);
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
            LogTurnFailed(logger, exception, activity.Type, activity.Conversation?.Id);
            if (activity.Type == ActivityTypes.Invoke)
            {
                return Results.Json(
                    AdaptiveCardInvokeResponse.Error(500, "InternalError", "Something went wrong. Please try again."),
                    ConnectorJson.Options, statusCode: 200);
            }

            return Results.StatusCode(StatusCodes.Status500InternalServerError);
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
                && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp)
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

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Refused /api/messages: {Reason} (conversation {ConversationId})")]
    private static partial void LogRefused(ILogger logger, string reason, string? conversationId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Refused /api/messages: the body is not an activity with a serviceUrl and conversation")]
    private static partial void LogMalformed(ILogger logger);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "A {ActivityType} turn failed in conversation {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string activityType, string? conversationId);
}
