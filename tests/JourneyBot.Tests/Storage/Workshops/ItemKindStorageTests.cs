using System.Text.Json;
using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>
/// Every declared item kind through the real store on Azurite: saved, loaded back, and gone from storage when what it
/// hangs on is removed. A kind declared but not wired (dropped on load, left behind on removal) fails here; so does a
/// declaration the sample map has no item of, or a parent with no remove command below.
/// </summary>
[Collection(BotTests.Name)]
public sealed class ItemKindStorageTests(BotEnvironment environment)
{
    /// <summary>The domain's remove command, confirmed, for each kind other kinds hang on.</summary>
    private static readonly Dictionary<ItemKind, Func<JourneyMap, string, MapOutcome>> RemoveWithDependents = new()
    {
        [ItemKind.Persona] = (map, id) => map.RemovePersona(SampleWorkshops.Alice, id, removeDependents: true),
        [ItemKind.Stage] = (map, id) => map.RemoveStage(SampleWorkshops.Alice, id, removeDependents: true),
        [ItemKind.Touchpoint] = (map, id) => map.RemoveTouchpoint(SampleWorkshops.Alice, id, removeDependents: true),
        [ItemKind.Idea] = (map, id) => map.RemoveIdea(SampleWorkshops.Alice, id, removeDependents: true),
    };

    public static TheoryData<ItemKind> DeclaredKinds => [.. ItemKinds.All.Select(declaration => declaration.Kind)];

    /// <summary>Each (kind, parent kind) a declaration links.</summary>
    public static TheoryData<ItemKind, ItemKind> ParentLinks
    {
        get
        {
            var data = new TheoryData<ItemKind, ItemKind>();
            foreach (var declaration in ItemKinds.All)
            {
                foreach (var link in declaration.Parents)
                {
                    data.Add(declaration.Kind, link.Kind);
                }
            }

            return data;
        }
    }

    [Fact]
    public void The_sample_has_an_item_of_every_declared_kind_on_every_declared_parent_link()
    {
        var map = SampleWorkshops.Rich();

        Assert.All(ItemKinds.All, declaration =>
        {
            Assert.True(declaration.ItemsIn(map).Count > 0, $"SampleWorkshops.Rich has no {declaration.Kind}: add one so its storage is tested.");
            Assert.All(declaration.Parents, link =>
            {
                Assert.True(ChildOf(map, declaration, link) is not null, $"SampleWorkshops.Rich has no {declaration.Kind} on a {link.Kind}.");
                Assert.True(RemoveWithDependents.ContainsKey(link.Kind), $"No remove command for {link.Kind} in {nameof(RemoveWithDependents)}.");
            });
        });
    }

    [Theory]
    [MemberData(nameof(DeclaredKinds))]
    public async Task A_saved_kind_loads_back_item_for_item_from_rows_named_by_its_declaration(ItemKind kind)
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        var declaration = ItemKinds.Of(kind);

        Assert.Equal(SaveStatus.Saved, (await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None)).Status);
        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);
        var rows = await tables.RowsAsync(map.Id);

        Assert.NotNull(loaded);
        Assert.NotEmpty(declaration.ItemsIn(map));
        Assert.Equal(Json(declaration.ItemsIn(map)), Json(declaration.ItemsIn(loaded.Map)));
        Assert.All(declaration.ItemsIn(map), item => Assert.Equal(declaration.RowKind, rows[RowKey(declaration, item.Id)].GetString("Kind")));
    }

    [Theory]
    [MemberData(nameof(ParentLinks))]
    public async Task Removing_the_parent_through_the_store_leaves_no_row_of_its_dependents(ItemKind kind, ItemKind parentKind)
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        var declaration = ItemKinds.Of(kind);
        var link = declaration.Parents.Single(candidate => candidate.Kind == parentKind);
        var child = ChildOf(map, declaration, link) ?? throw new InvalidOperationException($"SampleWorkshops.Rich has no {kind} on a {parentKind}.");
        var parentId = link.ParentIdOf(child)!;
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        Assert.Contains(RowKey(declaration, child.Id), (await tables.RowsAsync(map.Id)).Keys);

        var removed = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => RemoveWithDependents[parentKind](current, parentId), CancellationToken.None);
        var fresh = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);
        var rows = await tables.RowsAsync(map.Id);

        Assert.Equal(WorkshopCommandStatus.Applied, removed.Status);
        Assert.Contains(new MapChange(kind, child.Id, ChangeKind.Removed), removed.Outcome!.Changes);
        Assert.NotNull(fresh);
        Assert.Null(fresh.Map.Find(kind, child.Id));
        Assert.Null(fresh.Map.Find(parentKind, parentId));
        Assert.DoesNotContain(RowKey(declaration, child.Id), rows.Keys);
        Assert.All(
            removed.Outcome.Changes.Where(change => change.Change == ChangeKind.Removed),
            change => Assert.DoesNotContain(RowKey(ItemKinds.Of(change.Item), change.Id), rows.Keys));
        Assert.Equal(SampleWorkshops.Canonical(removed.Outcome.Map), SampleWorkshops.Canonical(fresh.Map));
    }

    /// <summary>An item of the declared kind whose parent over <paramref name="link"/> is in the map, or null.</summary>
    private static IContribution? ChildOf(JourneyMap map, ItemKindDeclaration declaration, ParentLink link) =>
        declaration.ItemsIn(map).FirstOrDefault(item => link.ParentIdOf(item) is { } parentId && map.Find(link.Kind, parentId) is not null);

    private static string RowKey(ItemKindDeclaration declaration, string id) => $"{declaration.RowKind}|{TableKey.Escape(id)}";

    /// <summary>The items as JSON, sorted by id: same text, same items (stages added together share a time, so load order is by id).</summary>
    private static string Json(IReadOnlyList<IContribution> items) =>
        JsonSerializer.Serialize(items.OrderBy(item => item.Id, StringComparer.Ordinal).Select(item => (object)item));
}
