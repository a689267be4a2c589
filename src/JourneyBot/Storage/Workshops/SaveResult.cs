using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>
/// What saving a command's changes came to. On anything but <see cref="SaveStatus.Saved"/> nothing was written, except
/// that a save of more than 100 operations may have deleted some dependents of the item it removes, which a rerun of the
/// command removes anyway (see <see cref="TableWorkshopStore.SaveAsync"/>).
/// </summary>
public sealed record SaveResult
{
    public static SaveResult Saved { get; } = new() { Status = SaveStatus.Saved };

    public required SaveStatus Status { get; init; }

    /// <summary>The change storage refused (null when saved or when storage did not say which).</summary>
    public MapChange? Refused { get; init; }
}

/// <summary>How a save ended.</summary>
public enum SaveStatus
{
    /// <summary>Every change is written.</summary>
    Saved,

    /// <summary>Someone changed the header or an edited item since the load, or removed it (412 or 404): load and run the command again.</summary>
    Conflict,

    /// <summary>An added entity's id is taken (409), e.g. two people writing the same cell first, or the workshop id on create.</summary>
    IdTaken,

    /// <summary>The activity that asked for the change was applied before (a redelivery): nothing written.</summary>
    AlreadyApplied,
}
