namespace JourneyBot.Workshop;

/// <summary>A declaration for items of type <typeparamref name="T"/>: the map's list is read and replaced through typed accessors.</summary>
internal sealed class ItemKindDeclaration<T> : ItemKindDeclaration
    where T : class, IContribution
{
    private readonly Func<JourneyMap, IReadOnlyList<T>> _read;
    private readonly Func<JourneyMap, IReadOnlyList<T>, JourneyMap> _replace;

    public ItemKindDeclaration(
        ItemKind kind,
        string rowKind,
        string labelKey,
        Func<JourneyMap, IReadOnlyList<T>> read,
        Func<JourneyMap, IReadOnlyList<T>, JourneyMap> replace,
        IReadOnlyList<ParentLink> parents)
        : base(kind, rowKind, labelKey, parents)
    {
        _read = read;
        _replace = replace;
    }

    public override Type ItemType => typeof(T);

    public override IReadOnlyList<IContribution> ItemsIn(JourneyMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return _read(map);
    }

    public override JourneyMap WithItems(JourneyMap map, IEnumerable<IContribution> items)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(items);
        return _replace(map, [.. items.Select(Typed)]);
    }

    private T Typed(IContribution item) =>
        item as T ?? throw new ArgumentException($"A {item?.GetType().Name ?? "null"} is not a {Kind} ({typeof(T).Name}).", nameof(item));
}
