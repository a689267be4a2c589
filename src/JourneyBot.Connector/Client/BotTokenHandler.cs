using System.Net.Http.Headers;

namespace JourneyBot.Connector.Client;

/// <summary>Puts the bot's bearer token on each attempt of a connector call, or no Authorization header in local mode.</summary>
/// <remarks>It sits inside the retry pipeline, so a retry after a long Retry-After asks the provider again.</remarks>
internal sealed class BotTokenHandler(IBotTokenProvider tokenProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokenProvider.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
