namespace JourneyBot.Connector.Authentication;

/// <summary>Why a request was refused, as written to the log. Short and free of token contents.</summary>
internal static class RefusalReasons
{
    public const string NoAppId = "no MicrosoftAppId is configured";
    public const string MissingHeader = "missing Authorization header";
    public const string NotBearer = "Authorization scheme is not Bearer";
    public const string EmptyToken = "empty bearer token";
    public const string Malformed = "malformed token";
    public const string UnsupportedAlgorithm = "unsupported signing algorithm";
    public const string UntrustedIssuer = "untrusted issuer";
    public const string NoKeyId = "token has no key id";
    public const string KeysUnavailable = "signing keys unavailable";
    public const string UnknownKey = "unknown signing key";
    public const string InvalidSignature = "invalid signature";
    public const string WrongAudience = "wrong audience";
    public const string Expired = "token expired";
    public const string NotYetValid = "token not yet valid";
    public const string NoExpiry = "token has no expiry";
    public const string InvalidLifetime = "invalid token lifetime";
    public const string Invalid = "invalid token";
    public const string ActivityHasNoServiceUrl = "activity has no serviceUrl";
    public const string NoServiceUrlClaim = "token has no serviceurl claim (and the serviceUrl is not a Bot Connector host)";
    public const string ServiceUrlMismatch = "serviceurl claim does not match the activity";
    public const string NotEndorsed = "signing key is not endorsed for the activity's channel";
}
