namespace JourneyBot.Workshop;

/// <summary>Everything the map, storage and cards need to know about one kind of item, declared once in <see cref="ItemKinds.All"/>.</summary>
/// <remarks>
/// Code that used to switch on <see cref="ItemKind"/> reads these instead, so a kind cannot be known to the map and
/// forgotten by storage (data silently dropped on load) or by removal (rows left behind).
/// </remarks>
public abstract class ItemKindDeclaration
{
    private protected ItemKindDeclaration(ItemKind kind, string rowKind, string labelKey, IReadOnlyList<ParentLink> parents)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rowKind);
        ArgumentException.ThrowIfNullOrWhiteSpace(labelKey);
        Kind = kind;
        RowKind = rowKind;
        LabelKey = labelKey;
        Parents = parents;
    }

    public ItemKind Kind { get; }

    /// <summary>The record the items are, e.g. <see cref="Touchpoint"/>: what a stored item is read back as.</summary>
    public abstract Type ItemType { get; }

    /// <summary>
    /// The kind's name in stored row keys ("Touchpoint|t1") and the Kind column. Written out rather than taken from the
    /// enum, so renaming an enum member never orphans rows already stored. The domain itself never reads it.
    /// </summary>
    public string RowKind { get; }

    /// <summary>The app's resource key for the kind's plural label (e.g. on the card that asks before a stage goes with its work).</summary>
    public string LabelKey { get; }

    /// <summary>The items this kind hangs on: removing one of those takes the items pointing at it along.</summary>
    public IReadOnlyList<ParentLink> Parents { get; }

    /// <summary>The map's items of this kind, in the map's order.</summary>
    public abstract IReadOnlyList<IContribution> ItemsIn(JourneyMap map);

    /// <summary>The map with its items of this kind replaced by <paramref name="items"/>, every other list as it was.</summary>
    /// <exception cref="ArgumentException">An item is not of <see cref="ItemType"/>.</exception>
    public abstract JourneyMap WithItems(JourneyMap map, IEnumerable<IContribution> items);

    public override string ToString() => Kind.ToString();
}
