using JourneyBot.Storage.Versions;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Steps.Analyze;

namespace JourneyBot.Workshops.Versions;

/// <summary>
/// Finishing saves the version before the map is finished (<see cref="ApplyAnswer.SaveFirst"/>): the map as the finish makes it,
/// with step 6's findings on it then. Saving a number again replaces it, so a retried or redelivered finish keeps one version.
/// </summary>
public sealed class VersionSnapshots(IMapVersionStore versions, Analyses analyses) : ISaveFirst
{
    public Task SaveAsync(WorkshopOwner owner, JourneyMap planned, CancellationToken cancellationToken) =>
        versions.SaveAsync(owner, VersionOf(planned), cancellationToken);

    public async Task SaveAgainIfChangedAsync(WorkshopOwner owner, JourneyMap? planned, JourneyMap applied, CancellationToken cancellationToken)
    {
        var version = VersionOf(applied);
        if (planned is null || !MapVersionJson.Utf8(VersionOf(planned)).AsSpan().SequenceEqual(MapVersionJson.Utf8(version)))
        {
            await versions.SaveAsync(owner, version, cancellationToken);
        }
    }

    private MapVersion VersionOf(JourneyMap finished) => MapVersion.Of(finished, analyses.Of(finished));
}
