using Microsoft.IdentityModel.Protocols;

namespace JourneyBot.Connector.Authentication;

/// <summary>Fetches OpenID metadata and key sets through the named metadata HttpClient, over https only (loopback excepted, for tests).</summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException("The signing key metadata address is not an absolute URL.");
        }

        // Keys fetched in the clear could be swapped by anyone on the path, and with them every token they sign.
        if (!IsTrustedTransport(uri))
        {
            throw new InvalidOperationException($"Refusing to fetch signing key metadata from {uri.GetLeftPart(UriPartial.Authority)}: https is required.");
        }

        using var client = httpClientFactory.CreateClient(AuthenticationServiceCollectionExtensions.MetadataHttpClientName);
        using var response = await client.GetAsync(uri, cancel);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel);
    }

    internal static bool IsTrustedTransport(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
