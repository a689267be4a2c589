using System.Diagnostics.CodeAnalysis;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>What running a command on a stored workshop came to.</summary>
public sealed record WorkshopCommandResult
{
    public required WorkshopCommandStatus Status { get; init; }

    /// <summary>The domain's outcome, as saved (applied) or as refused (rejected); null when the command never ran to an end.</summary>
    public MapOutcome? Outcome { get; init; }

    /// <summary>How many times the command ran: more than 1 after a concurrent change made the first save conflict.</summary>
    public int Attempts { get; init; }

    /// <summary>True when the domain decided (applied or rejected): the card can show <see cref="Outcome"/>.</summary>
    [MemberNotNullWhen(true, nameof(Outcome))]
    public bool Decided => Outcome is not null;
}

/// <summary>How a stored command ended.</summary>
public enum WorkshopCommandStatus
{
    /// <summary>The command succeeded and its changes are saved.</summary>
    Applied,

    /// <summary>The domain refused the command (see the outcome's errors); nothing was written.</summary>
    Rejected,

    /// <summary>
    /// The same activity (a redelivered message or click) changed the workshop before; nothing was written again. The
    /// outcome holds the workshop as it is now, unchanged.
    /// </summary>
    AlreadyApplied,

    /// <summary>There is no workshop with that id in the caller's tenant and conversation.</summary>
    NotFound,

    /// <summary>Others kept changing the workshop at the same time on every attempt; nothing was written: ask the user to try again.</summary>
    TooBusy,

    /// <summary>
    /// Storage failed a request (throttled, unavailable, refused, timed out) after the client's retries; it is logged.
    /// The command is not applied (a large removal may have deleted some dependents, as its rerun would): ask the user to try again.
    /// </summary>
    StorageUnavailable,
}
