using Microsoft.IdentityModel.JsonWebTokens;

namespace JourneyBot.Connector.Authentication;

/// <summary>
/// Checks <c>nbf</c>/<c>exp</c> against a <see cref="TimeProvider"/>. IdentityModel 8 keeps its own clock
/// (TokenValidationParameters.TimeProvider is internal), so lifetime is checked here, where tests can move time.
/// </summary>
internal static class TokenLifetime
{
    /// <summary>Why the token is not valid at <paramref name="now"/>, or null when it is.</summary>
    public static string? Check(JsonWebToken token, DateTimeOffset now, TimeSpan clockSkew)
    {
        // JsonWebToken reports an absent claim as DateTime.MinValue.
        var expires = token.ValidTo;
        var notBefore = token.ValidFrom;
        if (expires == DateTime.MinValue)
        {
            return RefusalReasons.NoExpiry;
        }

        if (notBefore != DateTime.MinValue && notBefore > expires)
        {
            return RefusalReasons.InvalidLifetime;
        }

        var utcNow = now.UtcDateTime;
        if (utcNow - clockSkew >= expires)
        {
            return RefusalReasons.Expired;
        }

        return notBefore != DateTime.MinValue && utcNow + clockSkew < notBefore ? RefusalReasons.NotYetValid : null;
    }
}
