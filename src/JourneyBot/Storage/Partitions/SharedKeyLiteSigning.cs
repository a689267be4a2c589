using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;

namespace JourneyBot.Storage.Partitions;

/// <summary>
/// Signs a request with the account key, Shared Key Lite for the Table service (docs/protocol.md, Azure Table Storage,
/// "Authorization"): <c>Authorization: SharedKeyLite account:base64(HMAC-SHA256(key, x-ms-date + "\n" + "/" + account + path))</c>.
/// One HMAC per request over a stack buffer, no HMAC object; placed after <see cref="RequestDate"/>, which sets x-ms-date.
/// </summary>
internal sealed class SharedKeyLiteSigning(string accountName, byte[] accountKey) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        var request = message.Request;
        if (!request.Headers.TryGetValue(RequestDate.Header, out var date))
        {
            throw new InvalidOperationException("A table request reached signing without x-ms-date.");
        }

        // The canonicalized resource: the account, then the path as sent (Azurite's path already starts with the account).
        var stringToSign = $"{date}\n/{accountName}{request.Uri.Path}";
        var length = Encoding.UTF8.GetMaxByteCount(stringToSign.Length);
        var rented = length > 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> bytes = rented ?? stackalloc byte[1024];
            var written = Encoding.UTF8.GetBytes(stringToSign, bytes);
            Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(accountKey, bytes[..written], signature);
            request.Headers.SetValue("Authorization", $"SharedKeyLite {accountName}:{Convert.ToBase64String(signature)}");
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}

/// <summary>Stamps each try of a table request with x-ms-date (the service refuses requests more than 15 minutes off).</summary>
internal sealed class RequestDate(TimeProvider time) : HttpPipelineSynchronousPolicy
{
    public const string Header = "x-ms-date";

    public override void OnSendingRequest(HttpMessage message) =>
        message.Request.Headers.SetValue(Header, time.GetUtcNow().ToString("R", System.Globalization.CultureInfo.InvariantCulture));
}
