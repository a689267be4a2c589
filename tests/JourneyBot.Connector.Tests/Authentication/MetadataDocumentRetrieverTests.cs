using JourneyBot.Connector.Authentication;
using JourneyBot.Testing.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Connector.Tests.Authentication;

public sealed class MetadataDocumentRetrieverTests
{
    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/keys", true)]
    [InlineData("http://localhost:5000/keys", true)]
    [InlineData("http://[::1]:5000/keys", true)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://10.0.0.1/keys", false)]
    [InlineData("ftp://login.botframework.com/keys", false)]
    public void Only_https_or_loopback_is_a_trusted_transport_for_keys(string address, bool trusted)
    {
        Assert.Equal(trusted, MetadataDocumentRetriever.IsTrustedTransport(new Uri(address)));
    }

    [Fact]
    public async Task A_plain_http_remote_address_is_refused_before_any_request_is_sent()
    {
        await using var services = new ServiceCollection().AddBotAuthentication().BuildServiceProvider();
        var retriever = new MetadataDocumentRetriever(services.GetRequiredService<IHttpClientFactory>());

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(
            () => retriever.GetDocumentAsync("http://login.botframework.com/v1/.well-known/openidconfiguration", CancellationToken.None));

        Assert.Contains("https is required", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loopback_metadata_is_fetched_through_the_named_client()
    {
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var services = new ServiceCollection().AddBotAuthentication().BuildServiceProvider();
        var retriever = new MetadataDocumentRetriever(services.GetRequiredService<IHttpClientFactory>());

        var document = await retriever.GetDocumentAsync(issuer.MetadataUrl.AbsoluteUri, CancellationToken.None);

        Assert.Contains("\"jwks_uri\"", document, StringComparison.Ordinal);
    }
}
