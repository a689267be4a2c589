using JourneyBot.Connector.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JourneyBot.Connector.Tests.Authentication;

public sealed class TokenLifetimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    public static TheoryData<int?, int?, string?> Cases => new()
    {
        // notBefore and expiry in minutes from now; the expected refusal, or null when valid.
        { -10, 50, null },
        { null, 50, null },
        { -60, -4, null },
        { -60, -5, RefusalReasons.Expired },
        { 4, 60, null },
        { 6, 60, RefusalReasons.NotYetValid },
        { -10, null, RefusalReasons.NoExpiry },
        { 30, 20, RefusalReasons.InvalidLifetime },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lifetime_is_judged_against_the_given_time_with_the_clock_skew(int? notBeforeMinutes, int? expiresMinutes, string? expected)
    {
        var token = new JsonWebToken(new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            NotBefore = notBeforeMinutes is { } nbf ? Now.AddMinutes(nbf).UtcDateTime : null,
            Expires = expiresMinutes is { } exp ? Now.AddMinutes(exp).UtcDateTime : null,
        }));

        Assert.Equal(expected, TokenLifetime.Check(token, Now, Skew));
    }
}
