using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using JourneyBot.SharedMaps;
using Microsoft.Extensions.Options;

namespace JourneyBot.Workshops.Dialog;

/// <summary>
/// Seals the board message id a dialog's buttons carry back (<c>msg</c>), so a save redraws only the message the dialog was
/// opened from. Teams names that message on <c>task/fetch</c> (<c>replyToId</c>); the dialog's Action.Submit data returns it on
/// <c>task/submit</c>, where it is the client's word. Sealed with an HMAC of the conversation and the id (the key of
/// <c>Maps:LinkSigningKey</c>, under its own purpose), an id changed or copied to another conversation is refused: no
/// storage read is needed to know the id came from the bot.
/// </summary>
public sealed class DialogBoardSeal(IOptions<MapsOptions> options)
{
    /// <summary>The longest board message id sealed or accepted (Teams ids are far shorter).</summary>
    public const int MaxMessageIdLength = 200;

    /// <summary>The bytes of the MAC kept: 128 bits are beyond guessing, and the card stays small.</summary>
    private const int MacBytes = 16;

    private readonly byte[] _key = MapsOptionsSetup.KeyOf(options.Value) ?? throw new InvalidOperationException("Maps:LinkSigningKey is not set.");

    /// <summary>"{mac}.{id}" for message <paramref name="messageId"/> of <paramref name="conversationId"/>; null for no or an unusable id.</summary>
    public string? Seal(string conversationId, string? messageId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return messageId is { Length: > 0 and <= MaxMessageIdLength } && !messageId.Any(char.IsControl)
            ? $"{Mac(conversationId, messageId)}.{messageId}"
            : null;
    }

    /// <summary>The message id <paramref name="sealedId"/> was sealed with for <paramref name="conversationId"/>; null when it was not.</summary>
    public string? Open(string conversationId, string? sealedId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        if (sealedId is null || sealedId.Length > MaxMessageIdLength + 32 || sealedId.IndexOf('.', StringComparison.Ordinal) is not (> 0 and var dot))
        {
            return null;
        }

        var messageId = sealedId[(dot + 1)..];
        if (messageId.Length == 0 || messageId.Any(char.IsControl))
        {
            return null;
        }

        var expected = Encoding.ASCII.GetBytes(Mac(conversationId, messageId));
        var given = Encoding.ASCII.GetBytes(sealedId[..dot]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? messageId : null;
    }

    private string Mac(string conversationId, string messageId)
    {
        // Each part on its own line; neither may hold a line feed (control characters are refused above; ids from Teams have none).
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"journeybot-dialog-board-v1\n{conversationId}\n{messageId}"));
        return Base64Url.EncodeToString(mac.AsSpan(0, MacBytes));
    }
}
