using System.Text.Encodings.Web;

namespace JourneyBot.Connector.Schema;

/// <summary>
/// Escapes only what JSON requires (quotes, backslashes, control characters, lone surrogates) and writes every other
/// character as UTF-8, emoji included. The built-in relaxed encoder writes an emoji as <c>\uD83D\uDE00</c> (12 bytes
/// for one character) and private-use characters as 6, so user text could push a card past Teams' size limit.
/// </summary>
internal sealed class WireJsonEncoder : JavaScriptEncoder
{
    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    public static WireJsonEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => Relaxed.MaxOutputCharactersPerInputCharacter;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' or 0x7F || (unicodeScalar is >= 0xD800 and <= 0xDFFF) || unicodeScalar > 0x10FFFF;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        for (var index = 0; index < span.Length; index++)
        {
            var c = span[index];
            if (char.IsHighSurrogate(c) && index + 1 < span.Length && char.IsLowSurrogate(span[index + 1]))
            {
                index++; // a whole pair: written as UTF-8
                continue;
            }

            if (WillEncode(c))
            {
                return index;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten) =>
        Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
}
