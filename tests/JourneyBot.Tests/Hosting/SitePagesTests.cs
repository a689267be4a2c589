using System.Net;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Hosting;

/// <summary>The developer links of the Teams manifest (website, privacy, terms) lead to real pages.</summary>
[Collection(BotTests.Name)]
public sealed class SitePagesTests(BotEnvironment environment)
{
    [Theory]
    [InlineData("/", "JourneyBot")]
    [InlineData("/privacy/", "Privacy")]
    [InlineData("/terms/", "Terms of use")]
    public async Task Manifest_links_lead_to_pages_in_English_and_Korean(string path, string heading)
    {
        await using var bot = await environment.StartBotAsync();

        using var response = await bot.Http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"ko\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manifest_privacy_link_without_a_slash_redirects_to_the_page()
    {
        await using var bot = await environment.StartBotAsync();

        using var response = await bot.Http.GetAsync("/privacy");

        Assert.True(response.StatusCode is HttpStatusCode.Moved or HttpStatusCode.MovedPermanently or HttpStatusCode.Redirect, response.StatusCode.ToString());
        Assert.Equal("/privacy/", new Uri(bot.Http.BaseAddress!, response.Headers.Location!).AbsolutePath);
    }
}
