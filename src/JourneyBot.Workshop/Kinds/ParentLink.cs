namespace JourneyBot.Workshop;

/// <summary>How an item points at one item it hangs on, e.g. a touchpoint at its stage through <see cref="Touchpoint.StageId"/>.</summary>
public sealed class ParentLink
{
    private readonly Func<IContribution, string?> _parentIdOf;

    private ParentLink(ItemKind kind, Func<IContribution, string?> parentIdOf)
    {
        Kind = kind;
        _parentIdOf = parentIdOf;
    }

    /// <summary>The parent's kind.</summary>
    public ItemKind Kind { get; }

    /// <summary>A link read from items of type <typeparamref name="T"/>; <paramref name="parentIdOf"/> gives null when an item points elsewhere.</summary>
    public static ParentLink To<T>(ItemKind kind, Func<T, string?> parentIdOf)
        where T : class, IContribution
    {
        ArgumentNullException.ThrowIfNull(parentIdOf);
        return new ParentLink(kind, item => item is T typed ? parentIdOf(typed) : null);
    }

    /// <summary>The id of the parent of this kind <paramref name="item"/> points at, or null (an evidence note about a touchpoint has no stage).</summary>
    public string? ParentIdOf(IContribution item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _parentIdOf(item);
    }
}
