namespace JourneyBot.Workshop;

/// <summary>A person in the conversation, as Teams names them: the AAD object id is the identity, the name is for display.</summary>
public sealed record Participant(string AadObjectId, string Name)
{
    /// <summary>True when both name the same person; display names change, object ids do not.</summary>
    public bool IsSamePersonAs(Participant other) => string.Equals(AadObjectId, other.AadObjectId, StringComparison.OrdinalIgnoreCase);
}
