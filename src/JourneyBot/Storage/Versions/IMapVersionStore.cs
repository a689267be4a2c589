using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Versions;

/// <summary>
/// A workshop's finished versions (step 7), outside its own partition so loading the workshop stays one query however
/// many versions it has. Only the tenant and conversation that own the workshop save, list or read them. Storage faults
/// are the caller's (<see cref="StorageFaults.IsFault"/>): finishing answers "try again" and changes nothing.
/// </summary>
public interface IMapVersionStore
{
    /// <summary>Saves <paramref name="version"/> of <see cref="MapVersion.Map"/>'s workshop; saving the same number again replaces it (one row set, never two).</summary>
    Task SaveAsync(WorkshopOwner owner, MapVersion version, CancellationToken cancellationToken);

    /// <summary>The workshop's versions, oldest first, without their maps: one query that reads no snapshot data.</summary>
    Task<IReadOnlyList<MapVersionSummary>> ListAsync(WorkshopOwner owner, string workshopId, CancellationToken cancellationToken);

    /// <summary>Version <paramref name="number"/> of the workshop, or null when there is none or it is not <paramref name="owner"/>'s.</summary>
    Task<MapVersion?> LoadAsync(WorkshopOwner owner, string workshopId, int number, CancellationToken cancellationToken);
}
