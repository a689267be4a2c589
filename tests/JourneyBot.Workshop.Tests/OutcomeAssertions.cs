namespace JourneyBot.Workshop.Tests;

/// <summary>Assertions on command outcomes that also check the storage contract every command must keep.</summary>
internal static class OutcomeAssertions
{
    /// <summary>
    /// The command succeeded, and its changes are exactly what storage must write: the same set as an independent diff
    /// of the maps before and after (nothing unreported would be lost, nothing reported is a no-op), every added or
    /// updated item is in the new map, every removed one is gone.
    /// </summary>
    public static JourneyMap ShouldSucceed(this MapOutcome outcome)
    {
        Assert.True(outcome.Succeeded, "Refused: " + string.Join("; ", outcome.Errors));
        Assert.NotEmpty(outcome.Changes);
        Assert.Equal(outcome.Changes.Count, outcome.Changes.Distinct().Count());
        var actual = MapDiff.Between(outcome.Before, outcome.Map);
        Assert.True(
            actual.SetEquals(outcome.Changes),
            $"Reported: {string.Join(", ", outcome.Changes)}\nActually changed: {string.Join(", ", actual)}");
        foreach (var change in outcome.Changes.Where(change => change.Item != ItemKind.Header))
        {
            var item = outcome.Map.Find(change.Item, change.Id);
            if (change.Change == ChangeKind.Removed)
            {
                Assert.Null(item);
            }
            else
            {
                Assert.NotNull(item);
            }
        }

        return outcome.Map;
    }

    /// <summary>The command succeeded and reported exactly <paramref name="expected"/>, in any order.</summary>
    public static JourneyMap ShouldChange(this MapOutcome outcome, params MapChange[] expected)
    {
        var map = outcome.ShouldSucceed();
        Assert.Equal(
            expected.OrderBy(change => change.Item).ThenBy(change => change.Id, StringComparer.Ordinal),
            outcome.Changes.OrderBy(change => change.Item).ThenBy(change => change.Id, StringComparer.Ordinal));
        return map;
    }

    /// <summary>The command was refused with exactly these (field, code) errors, and the map is the very one it was called on.</summary>
    public static void ShouldBeRefused(this MapOutcome outcome, JourneyMap before, params (string Field, string Code)[] expected)
    {
        Assert.False(outcome.Succeeded);
        Assert.Same(before, outcome.Map);
        Assert.Empty(outcome.Changes);
        Assert.Equal(expected, outcome.Errors.Select(error => (error.Field, error.Code)));
    }

    public static MapChange Added(ItemKind item, string id) => new(item, id, ChangeKind.Added);

    public static MapChange Updated(ItemKind item, string id) => new(item, id, ChangeKind.Updated);

    public static MapChange Removed(ItemKind item, string id) => new(item, id, ChangeKind.Removed);

    public static MapChange HeaderUpdated => new(ItemKind.Header, "ws1", ChangeKind.Updated);
}
