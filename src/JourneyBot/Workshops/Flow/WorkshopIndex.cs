using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Flow;

/// <summary>
/// Keeps the conversation index (its active and past workshops) in step with what happens to a workshop: started,
/// resumed, renamed, cancelled or completed.
/// </summary>
public sealed class WorkshopIndex(IConversationWorkshops index, IWorkshopStore store, ILogger<WorkshopIndex> logger)
{
    /// <summary>The conversation's active workshop, loaded, with its row in the index; null when there is none (or it is no longer there).</summary>
    public Task<ActiveWorkshop?> ActiveAsync(WorkshopOwner owner, CancellationToken cancellationToken) =>
        ActiveOtherThanAsync(owner, [], cancellationToken);

    /// <summary>
    /// The conversation's active workshop, loaded, when it is none of <paramref name="workshopIds"/>; null otherwise. The
    /// index row names it, so a workshop the caller knows already (the one being replaced, the one being started) costs
    /// no load.
    /// </summary>
    public async Task<ActiveWorkshop?> ActiveOtherThanAsync(WorkshopOwner owner, IReadOnlyCollection<string?> workshopIds, CancellationToken cancellationToken)
    {
        var listed = await index.FindActiveAsync(owner.TenantId, owner.ConversationId, cancellationToken);
        return listed is not null && !workshopIds.Contains(listed.WorkshopId) && await store.LoadAsync(owner, listed.WorkshopId, cancellationToken) is { } loaded
            ? new ActiveWorkshop(listed, loaded)
            : null;
    }

    public Task<IReadOnlyList<ConversationWorkshop>> ListAsync(WorkshopOwner owner, CancellationToken cancellationToken) =>
        index.ListAsync(owner.TenantId, owner.ConversationId, cancellationToken);

    /// <summary>Makes <paramref name="map"/> the conversation's active workshop; false when others kept changing the index.</summary>
    public Task<bool> ActivateAsync(WorkshopOwner owner, JourneyMap map, CancellationToken cancellationToken) =>
        ActivateAsync(owner, map, firstBoard: null, cancellationToken);

    /// <summary>
    /// Makes <paramref name="map"/>, just created, the conversation's active workshop with <paramref name="firstBoard"/> as its
    /// live board, in the same write; false when others kept changing the index.
    /// </summary>
    public Task<bool> ActivateAsync(WorkshopOwner owner, JourneyMap map, BoardMessage? firstBoard, CancellationToken cancellationToken) =>
        index.SetActiveAsync(
            owner.TenantId, owner.ConversationId, new ConversationWorkshop { WorkshopId = map.Id, Name = map.Name, CreatedAt = map.CreatedAt, Board = firstBoard }, cancellationToken);

    /// <summary>
    /// After a command is saved: a new name is listed under that name; a cancelled or completed workshop stops being the
    /// active one. Best effort: the workshop itself is saved, and the index is recorded again on the next change.
    /// </summary>
    public async Task RecordAsync(WorkshopOwner owner, MapOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await RecordChangeAsync(owner, outcome, cancellationToken);
        }
        catch (Exception exception) when (Storage.StorageFaults.IsFault(exception, cancellationToken))
        {
            // The change itself is saved: reporting it as failed would make the person repeat it onto a stale card.
            Log.IndexNotRecorded(logger, exception, outcome.Map.Id);
        }
    }

    private async Task RecordChangeAsync(WorkshopOwner owner, MapOutcome outcome, CancellationToken cancellationToken)
    {
        var (before, after) = (outcome.Before, outcome.Map);
        // Cancelled and completed workshops leave the conversation's active slot; a finished one stays in it (it is revisited).
        if (before.Status != after.Status && after.Status is WorkshopStatus.Cancelled or WorkshopStatus.Completed)
        {
            var active = await index.FindActiveAsync(owner.TenantId, owner.ConversationId, cancellationToken);
            if (active?.WorkshopId == after.Id)
            {
                await index.DeactivateAsync(owner.TenantId, owner.ConversationId, cancellationToken);
            }
        }
        else if (before.Name != after.Name)
        {
            var active = await index.FindActiveAsync(owner.TenantId, owner.ConversationId, cancellationToken);
            if (active?.WorkshopId == after.Id)
            {
                await ActivateAsync(owner, after, cancellationToken);
            }
        }
    }
}

/// <summary>A conversation's active workshop: its row in the conversation index as read, and the workshop it names, loaded.</summary>
public sealed record ActiveWorkshop(ConversationWorkshop Listed, LoadedWorkshop Loaded)
{
    public JourneyMap Map => Loaded.Map;
}
