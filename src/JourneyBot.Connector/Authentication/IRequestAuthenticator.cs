using System.Security.Claims;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Authentication;

/// <summary>Checks the bearer token of an inbound <c>/api/messages</c> request (docs/protocol.md, Authentication).</summary>
public interface IRequestAuthenticator
{
    /// <summary>
    /// Validates <paramref name="authorizationHeader"/> (the raw <c>Authorization</c> header, or null) for
    /// <paramref name="activity"/>: signature, issuer, audience, lifetime, serviceUrl claim and channel endorsement.
    /// Never throws for a bad token; the reason is in the result.
    /// </summary>
    Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>The verdict on one request: the caller's claims, or why it was refused (for the log, never the response).</summary>
public sealed record AuthenticationOutcome
{
    public ClaimsIdentity? Identity { get; private init; }
    public string? FailureReason { get; private init; }
    public bool Succeeded => Identity is not null;

    public static AuthenticationOutcome Success(ClaimsIdentity identity) => new() { Identity = identity };
    public static AuthenticationOutcome Failure(string reason) => new() { FailureReason = reason };
}
