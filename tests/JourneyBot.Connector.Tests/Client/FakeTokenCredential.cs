using JourneyBot.Connector.Client;
using Azure.Core;

namespace JourneyBot.Connector.Tests.Client;

/// <summary>
/// Plays Entra ID for the token provider: hands out <c>token-1</c>, <c>token-2</c>, ... valid for
/// <see cref="Lifetime"/> on the given clock, and can hold fetches until released.
/// </summary>
internal sealed class FakeTokenCredential(TimeProvider clock) : TokenCredential
{
    private readonly TaskCompletionSource _fetchStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _fetches;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>When set, each fetch waits for this task, so a test can line up concurrent callers.</summary>
    public Task? Gate { get; init; }

    /// <summary>When set, each fetch fails with this exception, as Azure.Identity does on a bad secret.</summary>
    public Exception? Failure { get; init; }

    public int Fetches => Volatile.Read(ref _fetches);

    public Task FetchStarted => _fetchStarted.Task;

    public IReadOnlyList<string>? LastScopes { get; private set; }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _fetches);
        LastScopes = requestContext.Scopes;
        _fetchStarted.TrySetResult();
        if (Gate is not null)
        {
            await Gate.WaitAsync(cancellationToken);
        }

        if (Failure is not null)
        {
            throw Failure;
        }

        return new AccessToken($"token-{number}", clock.GetUtcNow() + Lifetime);
    }
}

/// <summary>Hands the token provider a given credential instead of a real Azure.Identity one, and counts the requests.</summary>
internal sealed class FixedCredentialFactory(TokenCredential credential) : IBotCredentialFactory
{
    public int Created { get; private set; }

    public TokenCredential Create(BotOptions options)
    {
        Created++;
        return credential;
    }
}
