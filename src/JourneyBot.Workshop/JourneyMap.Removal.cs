namespace JourneyBot.Workshop;

/// <summary>Removing items, and what hangs on them.</summary>
/// <remarks>
/// Removing an item that others' work hangs on (a persona's cells and scores; a stage's cells, scores, touchpoints,
/// KPIs and notes; a touchpoint's ratings and notes; as <see cref="ItemKindDeclaration.Parents"/> declare) is refused
/// with "inUse" unless the caller confirms with removeDependents, so nobody deletes a colleague's work by accident;
/// confirmed, every dependent is removed and reported.
/// </remarks>
public sealed partial record JourneyMap
{
    /// <summary>Everything that would go with the item: the removals a confirmed remove reports after the item itself.</summary>
    /// <remarks>
    /// Transitive and in <see cref="ItemKinds.All"/> order, each dependent followed by its own (a stage's touchpoint by
    /// that touchpoint's ratings and notes); each reported once, should two paths ever lead to one item.
    /// </remarks>
    public IReadOnlyList<MapChange> DependentsOf(ItemKind kind, string id) => [.. HangingOn(kind, id).Distinct()];

    /// <summary>Removes an item by its author or a facilitator, with its dependents when confirmed.</summary>
    private MapOutcome RemoveItem(Participant actor, ItemKind kind, string id, bool removeDependents)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Existing(actor, kind, "id", id, out _);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var dependents = DependentsOf(kind, id);
        if (dependents.Count > 0 && !removeDependents)
        {
            return MapOutcome.Rejected(this, ValidationError.Of("id", ErrorCodes.InUse, dependents.Count));
        }

        IReadOnlyList<MapChange> removals = [Removed(kind, id), .. dependents];
        // Actions name a KPI and an idea without hanging on them: they stay, unlinked from what went (each reported as updated).
        var (map, unlinked) = Without(removals).UnlinkActions(removals);
        return MapOutcome.Applied(this, map, [.. removals, .. unlinked]);
    }

    private IEnumerable<MapChange> HangingOn(ItemKind kind, string id) =>
        from declaration in ItemKinds.All
        from link in declaration.Parents
        where link.Kind == kind
        from item in declaration.ItemsIn(this)
        where link.ParentIdOf(item) == id
        from change in HangingOn(declaration.Kind, item.Id).Prepend(Removed(declaration.Kind, item.Id))
        select change;

    /// <summary>The map without the removed items; lists of kinds nothing was removed from stay the same instances.</summary>
    private JourneyMap Without(IReadOnlyList<MapChange> removals)
    {
        var map = this;
        foreach (var kind in removals.GroupBy(change => change.Item))
        {
            var declaration = ItemKinds.Of(kind.Key);
            var gone = kind.Select(change => change.Id).ToHashSet(StringComparer.Ordinal);
            map = declaration.WithItems(map, declaration.ItemsIn(map).Where(item => !gone.Contains(item.Id)));
        }

        return map;
    }
}
