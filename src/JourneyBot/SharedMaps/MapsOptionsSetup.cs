using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace JourneyBot.SharedMaps;

/// <summary>Fills what Development may leave out (a random signing key, run.sh's address) and refuses to start without them elsewhere.</summary>
internal sealed class MapsOptionsSetup(IHostEnvironment environment) : IPostConfigureOptions<MapsOptions>, IValidateOptions<MapsOptions>
{
    /// <summary>The smallest key accepted: as long as the HMAC-SHA256 output.</summary>
    public const int MinimumKeyBytes = 32;

    public void PostConfigure(string? name, MapsOptions options)
    {
        if (!environment.IsDevelopment())
        {
            return;
        }

        options.LinkSigningKey ??= Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes));
        options.PublicBaseUrl ??= new Uri("http://127.0.0.1:3978");
    }

    public ValidateOptionsResult Validate(string? name, MapsOptions options)
    {
        var failures = new List<string>();
        if (KeyOf(options) is not { Length: >= MinimumKeyBytes })
        {
            failures.Add($"Maps:LinkSigningKey must be set to at least {MinimumKeyBytes} random bytes in base64 (e.g. `openssl rand -base64 32`).");
        }

        if (options.PublicBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && !(environment.IsDevelopment() && url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add("Maps:PublicBaseUrl must be the bot's absolute https address (http is allowed in Development).");
        }

        if (options.PictureLifetime <= TimeSpan.Zero || options.PageLifetime <= TimeSpan.Zero)
        {
            failures.Add("Maps:PictureLifetime and Maps:PageLifetime must be positive.");
        }

        if (options.RenderCacheBytes < 1024 * 1024)
        {
            failures.Add("Maps:RenderCacheBytes must be at least 1 MiB.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The key's bytes, or null when it is missing or not base64.</summary>
    public static byte[]? KeyOf(MapsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.LinkSigningKey))
        {
            return null;
        }

        var buffer = new byte[options.LinkSigningKey.Length];
        return Convert.TryFromBase64String(options.LinkSigningKey, buffer, out var written) ? buffer[..written] : null;
    }
}
