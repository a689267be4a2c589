using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

/// <summary>The catalog of item kinds: complete, unambiguous for storage, and each declaration wired to its own list.</summary>
public sealed class ItemKindsTests
{
    public static TheoryData<ItemKind> DeclaredKinds => [.. ItemKinds.All.Select(declaration => declaration.Kind)];

    /// <summary>A map with at least one item of every kind, each parent link used at least once.</summary>
    private static JourneyMap Full() =>
        Sample.WithPersonaAndTouchpoint()
            .AddGoal(People.Alice, "g1", "Find the holes", Sample.Now).ShouldSucceed()
            .WriteCell(People.Alice, "p1", StageKeys.Awareness, new CellNotes { Actions = "reads" }, Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Bob, "p1", StageKeys.Awareness, 1, null, Sample.Now).ShouldSucceed()
            .AddKpi(People.Carol, "k1", StageKeys.Awareness, Sample.Kpi("Impressions", 5000), Sample.Now).ShouldSucceed()
            .RateSatisfaction(People.Carol, "t1", 4, Sample.Now).ShouldSucceed()
            .AddEvidenceNote(People.Carol, "n1", "Blog readers convert", EvidenceTarget.Touchpoint("t1"), EvidenceBacking.PartlyBacked, Sample.Now).ShouldSucceed()
            .AddEvidenceNote(People.Carol, "n2", "Nobody knows us", EvidenceTarget.Stage(StageKeys.Awareness), EvidenceBacking.Assumption, Sample.Now).ShouldSucceed()
            .AddIdea(People.Alice, "i1", new IdeaDetails { Title = "Answer leads within an hour", GoalId = "g1" }, Sample.Now).ShouldSucceed()
            .ShortlistIdea(People.Facilitator, "i1", shortlisted: true).ShouldSucceed()
            .OpenVoting(People.Facilitator).ShouldSucceed()
            .CastVote(People.Bob, "i1", Sample.Now).ShouldSucceed()
            .ScoreIdea(People.Carol, "i1", 4, 3, 2, Sample.Now).ShouldSucceed()
            .AddAction(People.Facilitator, "a1", new ActionDetails { Title = "Call back within an hour", Owner = People.Bob, KpiId = "k1", KpiTarget = 6000 }, "i1", Sample.Now).ShouldSucceed();

    [Fact]
    public void Every_item_kind_but_the_header_has_exactly_one_declaration()
    {
        var items = Enum.GetValues<ItemKind>().Where(kind => kind != ItemKind.Header);

        Assert.Equal(items.Order(), ItemKinds.All.Select(declaration => declaration.Kind).Order());
        Assert.All(items, kind => Assert.Equal(kind, ItemKinds.Of(kind).Kind));
        Assert.Null(ItemKinds.Find(ItemKind.Header));
        Assert.Throws<ArgumentOutOfRangeException>(() => ItemKinds.Of(ItemKind.Header));
    }

    [Fact]
    public void Row_kind_names_and_label_keys_are_unique_plain_words()
    {
        var rowKinds = ItemKinds.All.Select(declaration => declaration.RowKind).ToList();
        var labelKeys = ItemKinds.All.Select(declaration => declaration.LabelKey).ToList();

        Assert.Equal(rowKinds.Count, rowKinds.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(labelKeys.Count, labelKeys.Distinct(StringComparer.Ordinal).Count());
        // Storage keys a row "{kind}|{id}" and finds the kind before the first '|'; the header's row is "header".
        Assert.All(rowKinds, rowKind => Assert.Matches("^[A-Za-z]+$", rowKind));
        Assert.DoesNotContain("header", rowKinds, StringComparer.OrdinalIgnoreCase);
        Assert.All(ItemKinds.All, declaration => Assert.Same(declaration, ItemKinds.FindByRowKind(declaration.RowKind)));
        Assert.Null(ItemKinds.FindByRowKind("touchpoint"));
        Assert.Null(ItemKinds.FindByRowKind("6"));
    }

    // Written out here, not derived from the enum: rows already stored carry these names, so they must never change.
    [Theory]
    [InlineData(ItemKind.Goal, "Goal")]
    [InlineData(ItemKind.Persona, "Persona")]
    [InlineData(ItemKind.Stage, "Stage")]
    [InlineData(ItemKind.PersonaStageCell, "PersonaStageCell")]
    [InlineData(ItemKind.EmotionScore, "EmotionScore")]
    [InlineData(ItemKind.Touchpoint, "Touchpoint")]
    [InlineData(ItemKind.Kpi, "Kpi")]
    [InlineData(ItemKind.SatisfactionRating, "SatisfactionRating")]
    [InlineData(ItemKind.EvidenceNote, "EvidenceNote")]
    [InlineData(ItemKind.Idea, "Idea")]
    [InlineData(ItemKind.IdeaVote, "IdeaVote")]
    [InlineData(ItemKind.IdeaScore, "IdeaScore")]
    [InlineData(ItemKind.ActionItem, "ActionItem")]
    public void Stored_rows_keep_the_kind_names_they_were_written_with(ItemKind kind, string rowKind)
    {
        Assert.Equal(rowKind, ItemKinds.Of(kind).RowKind);
    }

    [Theory]
    [MemberData(nameof(DeclaredKinds))]
    public void A_declaration_reads_and_replaces_its_own_list_and_no_other(ItemKind kind)
    {
        var map = Full();
        var declaration = ItemKinds.Of(kind);
        var items = declaration.ItemsIn(map);

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.IsType(declaration.ItemType, item));
        Assert.All(items, item => Assert.Same(item, map.Find(kind, item.Id)));

        var emptied = declaration.WithItems(map, []);
        var restored = declaration.WithItems(emptied, items.Reverse());

        Assert.Empty(declaration.ItemsIn(emptied));
        Assert.Equal(items.Reverse(), declaration.ItemsIn(restored));
        Assert.All(ItemKinds.All.Where(other => other != declaration), other => Assert.Same(other.ItemsIn(map), other.ItemsIn(emptied)));
    }

    [Fact]
    public void A_declaration_refuses_items_of_another_kind()
    {
        var map = Full();

        Assert.Throws<ArgumentException>(() => ItemKinds.Of(ItemKind.Goal).WithItems(map, map.Touchpoints));
    }

    [Theory]
    [InlineData(ItemKind.PersonaStageCell, "p1.awareness", ItemKind.Persona, "p1")]
    [InlineData(ItemKind.PersonaStageCell, "p1.awareness", ItemKind.Stage, StageKeys.Awareness)]
    [InlineData(ItemKind.EmotionScore, "p1.awareness.00000000-0000-0000-0000-00000000000b", ItemKind.Persona, "p1")]
    [InlineData(ItemKind.EmotionScore, "p1.awareness.00000000-0000-0000-0000-00000000000b", ItemKind.Stage, StageKeys.Awareness)]
    [InlineData(ItemKind.Touchpoint, "t1", ItemKind.Stage, StageKeys.Awareness)]
    [InlineData(ItemKind.Kpi, "k1", ItemKind.Stage, StageKeys.Awareness)]
    [InlineData(ItemKind.SatisfactionRating, "t1.00000000-0000-0000-0000-00000000000c", ItemKind.Touchpoint, "t1")]
    [InlineData(ItemKind.EvidenceNote, "n1", ItemKind.Touchpoint, "t1")]
    [InlineData(ItemKind.EvidenceNote, "n2", ItemKind.Stage, StageKeys.Awareness)]
    [InlineData(ItemKind.IdeaVote, "i1.00000000-0000-0000-0000-00000000000b", ItemKind.Idea, "i1")]
    [InlineData(ItemKind.IdeaScore, "i1.00000000-0000-0000-0000-00000000000c", ItemKind.Idea, "i1")]
    public void An_item_points_at_each_parent_its_kind_declares(ItemKind kind, string id, ItemKind parentKind, string parentId)
    {
        var item = Full().Find(kind, id);

        Assert.NotNull(item);
        Assert.Equal(parentId, Assert.Single(ItemKinds.Of(kind).Parents, link => link.Kind == parentKind).ParentIdOf(item));
    }

    [Fact]
    public void A_note_points_only_at_what_it_is_about()
    {
        var note = Full().Find(ItemKind.EvidenceNote, "n1");
        var links = ItemKinds.Of(ItemKind.EvidenceNote).Parents;

        Assert.NotNull(note);
        Assert.Equal([null, "t1"], links.OrderBy(link => link.Kind).Select(link => link.ParentIdOf(note)));
    }

    [Fact]
    public void Each_kind_hangs_on_the_parents_the_method_gives_it()
    {
        var parents = ItemKinds.All.ToDictionary(declaration => declaration.Kind, declaration => declaration.Parents.Select(link => link.Kind).Order().ToArray());

        Assert.Empty(parents[ItemKind.Goal]);
        Assert.Empty(parents[ItemKind.Persona]);
        Assert.Empty(parents[ItemKind.Stage]);
        Assert.Equal([ItemKind.Persona, ItemKind.Stage], parents[ItemKind.PersonaStageCell]);
        Assert.Equal([ItemKind.Persona, ItemKind.Stage], parents[ItemKind.EmotionScore]);
        Assert.Equal([ItemKind.Stage], parents[ItemKind.Touchpoint]);
        Assert.Equal([ItemKind.Stage], parents[ItemKind.Kpi]);
        Assert.Equal([ItemKind.Touchpoint], parents[ItemKind.SatisfactionRating]);
        Assert.Equal([ItemKind.Stage, ItemKind.Touchpoint], parents[ItemKind.EvidenceNote]);
        // An idea serves a goal but does not hang on it: removing the goal unlinks the idea (GoalTests).
        Assert.Empty(parents[ItemKind.Idea]);
        Assert.Equal([ItemKind.Idea], parents[ItemKind.IdeaVote]);
        Assert.Equal([ItemKind.Idea], parents[ItemKind.IdeaScore]);
    }

    [Fact]
    public void Parents_are_declared_kinds_and_no_kind_hangs_on_itself_however_indirectly()
    {
        var parents = ItemKinds.All.ToDictionary(declaration => declaration.Kind, declaration => declaration.Parents.Select(link => link.Kind).ToArray());

        Assert.All(parents.Values.SelectMany(kinds => kinds), parent => Assert.NotNull(ItemKinds.Find(parent)));
        foreach (var kind in parents.Keys)
        {
            // Removal follows these links depth first: a cycle would never end.
            var above = new HashSet<ItemKind>();
            var frontier = new Queue<ItemKind>(parents[kind]);
            while (frontier.TryDequeue(out var parent))
            {
                Assert.NotEqual(kind, parent);
                if (above.Add(parent))
                {
                    foreach (var next in parents[parent])
                    {
                        frontier.Enqueue(next);
                    }
                }
            }
        }
    }
}
