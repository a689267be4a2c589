using System.Security.Cryptography;
using System.Text;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Dialog;

/// <summary>Ids for workshops, card seeds and the items people add.</summary>
public static class ItemIds
{
    /// <summary>A new random id (workshops, card seeds): 128 bits, hex.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// The id of an item <paramref name="actor"/> adds from a card with <paramref name="seed"/>: the same for the same
    /// person, card and kind (a repeated click is recognised), different for anyone else.
    /// </summary>
    public static string For(string seed, Participant actor, string kind)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}|{actor.AadObjectId.ToLowerInvariant()}|{kind}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }
}
