using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>Workshops in Table Storage: one partition each, read in one query and written in one batch.</summary>
public interface IWorkshopStore
{
    /// <summary>
    /// Stores a new workshop for <paramref name="owner"/>: its header and any items (e.g. the template's stages) in one
    /// batch; IdTaken when the id exists.
    /// </summary>
    Task<SaveResult> CreateAsync(WorkshopOwner owner, JourneyMap map, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="CreateAsync(WorkshopOwner, JourneyMap, CancellationToken)"/>, recording <paramref name="activityId"/>
    /// (the activity that asked for it) as applied in the same batch; a redelivery of it is IdTaken, like the same start pressed twice.
    /// </summary>
    Task<SaveResult> CreateAsync(WorkshopOwner owner, JourneyMap map, string? activityId, CancellationToken cancellationToken);

    /// <summary>
    /// The workshop and its ETags, in one partition query; null when there is none, or when it belongs to another tenant
    /// or conversation than <paramref name="owner"/> (a channel's threads count as the channel).
    /// </summary>
    Task<LoadedWorkshop?> LoadAsync(WorkshopOwner owner, string workshopId, CancellationToken cancellationToken);

    /// <summary>
    /// The workshop whatever conversation it belongs to, for a shared link (step 5): the caller must refuse the link unless
    /// its signature holds for this workshop's id and link salt. Null when there is none or its header does not read.
    /// </summary>
    Task<LoadedWorkshop?> LoadSharedAsync(string workshopId, CancellationToken cancellationToken);

    /// <summary>
    /// The header alone (name, link salt, no items), in one point read, for a shared link whose output is already
    /// rendered: the caller must check the link's signature against it. Null when there is none or it does not read.
    /// </summary>
    Task<JourneyMap?> LoadSharedHeaderAsync(string workshopId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes exactly <see cref="MapOutcome.Changes"/> of a command run on <paramref name="before"/>, in one batch:
    /// inserts for added items, ETag-checked replaces and deletes for the rest, the header only when it changed.
    /// Beyond 100 operations, a removal's dependents go first in batches of their own (see TableWorkshopStore.SaveAsync).
    /// </summary>
    Task<SaveResult> SaveAsync(LoadedWorkshop before, MapOutcome outcome, CancellationToken cancellationToken);

    /// <summary>
    /// Loads, runs <paramref name="command"/> and saves (2 round trips); when a concurrent change conflicts, loads and
    /// runs it again, a few times. The command must be a pure function of the map it is given.
    /// </summary>
    /// <remarks>
    /// <para>NotFound, having written nothing, when the workshop belongs to another tenant or conversation than <paramref name="owner"/>.</para>
    /// <para>
    /// Never throws for storage faults: they are logged and end as <see cref="WorkshopCommandStatus.StorageUnavailable"/>;
    /// only the caller's own cancellation is thrown. A corrupt item row is skipped with a warning; a corrupt header
    /// loads as NotFound (logged as an error).
    /// </para>
    /// <para>
    /// After a conflict (412) the command runs again on the fresh map, including the concurrent change. That is right
    /// for additions and for commands that decide from the map they are given; a command that repeats what a user
    /// chose on a card they saw (a blind "Next step", an edit that replaces a whole item) would instead be applied
    /// over the change the user never saw: unguarded, it is last writer wins. Commands built from a card must check
    /// the card's version (<see cref="JourneyMap.Version"/>) inside the command and refuse when it moved; the rerun
    /// then refuses instead of overwriting:
    /// <code>map => map.Version != card.Version ? new MapOutcome { Before = map, Map = map, Errors = [stale] } : map.NextStep(actor)</code>
    /// </para>
    /// </remarks>
    Task<WorkshopCommandResult> ApplyAsync(WorkshopOwner owner, string workshopId, Func<JourneyMap, MapOutcome> command, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="ApplyAsync(WorkshopOwner, string, Func{JourneyMap, MapOutcome}, CancellationToken)"/>, and records
    /// <paramref name="activityId"/> (the message or click that asked) as applied in the batch that saves the change: a
    /// redelivery of the same activity conflicts on that record, writes nothing, and ends as
    /// <see cref="WorkshopCommandStatus.AlreadyApplied"/> (no extra round trip). Null records nothing.
    /// </summary>
    Task<WorkshopCommandResult> ApplyAsync(WorkshopOwner owner, string workshopId, Func<JourneyMap, MapOutcome> command, string? activityId, CancellationToken cancellationToken);
}
