using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace JourneyBot.Testing.Authentication;

/// <summary>An RSA key <see cref="TestTokenIssuer"/> signs with: published in its key set, or deliberately not (a forgery).</summary>
/// <remarks>The issuer owns the RSA material and disposes it with itself.</remarks>
public sealed class TestSigningKey
{
    private readonly RSA rsa;
    private readonly RsaSecurityKey securityKey;

    internal TestSigningKey(string keyId, RSA rsa, IReadOnlyList<string>? endorsements)
    {
        this.rsa = rsa;
        securityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
        KeyId = keyId;
        Endorsements = endorsements;
    }

    /// <summary>The <c>kid</c> in the JWKS entry and in the header of tokens signed with this key.</summary>
    public string KeyId { get; }

    /// <summary>The channels the JWKS entry endorses the key for; null publishes no endorsements list at all.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    internal SigningCredentials Credentials => new(securityKey, SecurityAlgorithms.RsaSha256);

    /// <summary>The key's public JWKS entry, shaped like login.botframework.com's.</summary>
    internal Dictionary<string, object> ToJsonWebKey()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        var entry = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            entry["endorsements"] = Endorsements;
        }

        return entry;
    }
}
