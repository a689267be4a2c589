using Azure;
using JourneyBot.Workshop;

namespace JourneyBot.Storage.Workshops;

/// <summary>A workshop as read in one partition query: the map, and the ETags that make the next save conditional.</summary>
public sealed record LoadedWorkshop
{
    public required JourneyMap Map { get; init; }

    /// <summary>The tenant and conversation the workshop belongs to, written again with every header change.</summary>
    public required WorkshopOwner Owner { get; init; }

    /// <summary>The header's ETag: a header change is written only if nobody changed the header since.</summary>
    public required ETag HeaderETag { get; init; }

    /// <summary>Each item's ETag, so an edit or removal fails rather than overwrite a change made since the load.</summary>
    public required IReadOnlyDictionary<ItemKey, ETag> ItemETags { get; init; }
}

/// <summary>Names one item of a workshop.</summary>
public readonly record struct ItemKey(ItemKind Kind, string Id);
