namespace JourneyBot.Workshop;

/// <summary>Why a command was refused, as a value the app localizes and shows next to <see cref="Field"/>.</summary>
/// <param name="Field">The input the error belongs to, as a dotted path (e.g. "name", "demographics.ageRange").</param>
/// <param name="Code">One of <see cref="ErrorCodes"/>: stable, so resource keys can be built from it.</param>
/// <param name="Arguments">Values the message needs, e.g. the maximum length for "tooLong".</param>
public sealed record ValidationError(string Field, string Code, IReadOnlyList<object> Arguments)
{
    /// <summary>An error with its arguments given inline.</summary>
    public static ValidationError Of(string field, string code, params object[] arguments) => new(field, code, arguments);

    /// <summary>Field and code, plus the arguments, e.g. "name: tooLong (100)"; for logs and test messages.</summary>
    public override string ToString() =>
        Arguments.Count == 0 ? $"{Field}: {Code}" : $"{Field}: {Code} ({string.Join(", ", Arguments)})";
}

/// <summary>The stable codes a <see cref="ValidationError"/> carries, and what their arguments are.</summary>
public static class ErrorCodes
{
    /// <summary>A value is missing or blank. No arguments.</summary>
    public const string Required = "required";

    /// <summary>Text is longer than allowed. Arguments: the maximum length.</summary>
    public const string TooLong = "tooLong";

    /// <summary>A number is outside its range. Arguments: the minimum and the maximum.</summary>
    public const string OutOfRange = "outOfRange";

    /// <summary>A name or id is already taken. Arguments: the taken value.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The actor may not do this (not the author, not a facilitator). No arguments.</summary>
    public const string NotAllowed = "notAllowed";

    /// <summary>Only the action's owner or a facilitator may move its status (step 7). No arguments.</summary>
    public const string NotOwner = "notOwner";

    /// <summary>The item named by the field does not exist. Arguments: the id asked for.</summary>
    public const string NotFound = "notFound";

    /// <summary>A value is not one the field accepts (bad id characters, undefined enum value, unknown language). Arguments: the value.</summary>
    public const string Invalid = "invalid";

    /// <summary>Other people's work hangs on the item; remove with removeDependents to take it too. Arguments: how many items.</summary>
    public const string InUse = "inUse";

    /// <summary>The workshop is cancelled or completed, so it no longer changes. Arguments: the status.</summary>
    public const string Closed = "closed";

    /// <summary>Votes and idea scores wait until a facilitator opens voting. No arguments.</summary>
    public const string VotingNotOpen = "votingNotOpen";

    /// <summary>Voting has closed: votes and idea scores no longer change (a facilitator may reopen it). No arguments.</summary>
    public const string VotingClosed = "votingClosed";

    /// <summary>Not while voting is open (shortlisting would steer the vote). No arguments.</summary>
    public const string VotingOpen = "votingOpen";

    /// <summary>The person has used all their votes; withdraw one to vote elsewhere. Arguments: votes per person.</summary>
    public const string NoVotesLeft = "noVotesLeft";

    /// <summary>One vote per idea in this round (the facilitator did not allow more). No arguments.</summary>
    public const string OneVotePerIdea = "oneVotePerIdea";

    /// <summary>A KPI target was given without the KPI it is a target for. No arguments.</summary>
    public const string NeedsKpi = "needsKpi";

    /// <summary>A date is outside the range it may take. Arguments: the earliest and the latest day (<see cref="DateOnly"/>).</summary>
    public const string DateOutOfRange = "dateOutOfRange";

    /// <summary>An action may come only from a shortlisted idea; this one is not (any more). Arguments: the idea's id.</summary>
    public const string NotShortlisted = "notShortlisted";

    /// <summary>
    /// The card the person acted on shows an older version of the workshop than the stored one (someone moved the step
    /// first). Set by the app's version guard, not by the domain. Arguments: the card's version.
    /// </summary>
    public const string Stale = "stale";

    /// <summary>The map is finished: read-only (except action status) until a facilitator starts a revisit. Arguments: the status.</summary>
    public const string Finished = "finished";

    /// <summary>Only at step 7: the map is finished from its last step. Arguments: the current step's number.</summary>
    public const string NotLastStep = "notLastStep";

    /// <summary>A date must be later than today (a revisit date). Arguments: the date given, yyyy-MM-dd.</summary>
    public const string NotInFuture = "notInFuture";

    /// <summary>Only a finished map can be revisited; this one is still being worked on. Arguments: the status.</summary>
    public const string NotFinished = "notFinished";
}
