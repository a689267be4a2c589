namespace JourneyBot.Workshop;

/// <summary>Step 5: the map's shared links (picture, page, exports) are signed with the header's salt; a new salt ends them all.</summary>
public sealed partial record JourneyMap
{
    /// <summary>Part of every shared link's signature; empty for a workshop that never stopped sharing.</summary>
    public string LinkSalt { get; init; } = string.Empty;

    /// <summary>
    /// Ends every link to the map made so far by replacing <see cref="LinkSalt"/> with <paramref name="newSalt"/> (random,
    /// from the caller: the domain has no randomness). Facilitators only; links made afterwards work again.
    /// </summary>
    public MapOutcome StopSharing(Participant actor, string newSalt) =>
        ChangeHeader(actor, leadOnly: false, checks =>
        {
            if (string.IsNullOrWhiteSpace(newSalt) || newSalt == LinkSalt)
            {
                checks.Fail("salt", ErrorCodes.Invalid);
            }

            return this with { LinkSalt = newSalt };
        });
}
