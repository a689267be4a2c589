using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class StageTests
{
    private static string Order(JourneyMap map) => string.Join(",", map.StagesInOrder.Select(stage => stage.Id));

    [Fact]
    public void A_custom_stage_goes_last_with_its_name_and_no_key()
    {
        var map = Sample.Workshop();

        var added = map.AddCustomStage(People.CoFacilitator, "s1", " Referral ", Sample.Now).ShouldChange(Added(ItemKind.Stage, "s1"));

        Assert.Equal("awareness,consideration,decision,retention,loyalty,s1", Order(added));
        var stage = added.StagesInOrder[^1];
        Assert.Equal(("Referral", null, 6, People.CoFacilitator), (stage.Name, stage.Key, stage.Position, stage.Author));
    }

    [Fact]
    public void A_custom_template_starts_empty_and_the_team_names_its_own_stages()
    {
        var map = Sample.Workshop(StageTemplate.Custom)
            .AddCustomStage(People.Facilitator, "s1", "Discover", Sample.Now).ShouldSucceed()
            .AddCustomStage(People.Facilitator, "s2", "Try", Sample.Now).ShouldSucceed();

        Assert.Equal(["Discover", "Try"], map.StagesInOrder.Select(stage => stage.Name));
        Assert.Equal([1, 2], map.StagesInOrder.Select(stage => stage.Position));
    }

    [Fact]
    public void Only_facilitators_shape_the_stages()
    {
        var map = Sample.Workshop();

        map.AddCustomStage(People.Alice, "s1", "Referral", Sample.Now).ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        map.RenameStage(People.Alice, StageKeys.Awareness, "Discover").ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        map.MoveStage(People.Alice, StageKeys.Awareness, 2).ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
        map.RemoveStage(People.Alice, StageKeys.Loyalty).ShouldBeRefused(map, ("actor", ErrorCodes.NotAllowed));
    }

    [Theory]
    [InlineData("", ErrorCodes.Required)]
    [InlineData("x101", ErrorCodes.TooLong)]
    [InlineData("REFERRAL", ErrorCodes.Duplicate)]
    [InlineData("Awareness", ErrorCodes.Duplicate)]
    public void A_custom_stage_name_is_required_short_and_unique(string name, string code)
    {
        var map = Sample.Workshop().AddCustomStage(People.Facilitator, "s1", "Referral", Sample.Now).ShouldSucceed();
        name = name == "x101" ? new string('x', 101) : name;

        map.AddCustomStage(People.Facilitator, "s2", name, Sample.Now).ShouldBeRefused(map, ("name", code));
    }

    [Fact]
    public void A_stage_id_must_be_new()
    {
        var map = Sample.Workshop();

        map.AddCustomStage(People.Facilitator, StageKeys.Awareness, "Another", Sample.Now).ShouldBeRefused(map, ("id", ErrorCodes.Duplicate));
    }

    [Fact]
    public void A_map_holds_at_most_20_stages()
    {
        var map = Sample.Workshop(StageTemplate.Saas).Repeat(12, (current, index) =>
            current.AddCustomStage(People.Facilitator, $"s{index}", $"Stage {index}", Sample.Now));

        Assert.Equal(Limits.MaxStages, map.Stages.Count);
        map.AddCustomStage(People.Facilitator, "s13", "One too many", Sample.Now).ShouldBeRefused(map, ("id", ErrorCodes.OutOfRange));
    }

    [Fact]
    public void A_template_stage_can_be_renamed_and_given_back_its_template_label()
    {
        var map = Sample.Workshop();

        var renamed = map.RenameStage(People.Facilitator, StageKeys.Decision, "Purchase").ShouldChange(Updated(ItemKind.Stage, StageKeys.Decision));
        Assert.Equal(("Purchase", StageKeys.Decision), (renamed.StagesInOrder[2].Name, renamed.StagesInOrder[2].Key));

        var restored = renamed.RenameStage(People.Facilitator, StageKeys.Decision, "").ShouldSucceed();
        Assert.Null(restored.StagesInOrder[2].Name);
    }

    [Fact]
    public void A_custom_stage_cannot_lose_its_name_nor_take_anothers()
    {
        var map = Sample.Workshop().AddCustomStage(People.Facilitator, "s1", "Referral", Sample.Now).ShouldSucceed();

        map.RenameStage(People.Facilitator, "s1", " ").ShouldBeRefused(map, ("name", ErrorCodes.Required));
        map.RenameStage(People.Facilitator, "s1", "loyalty").ShouldBeRefused(map, ("name", ErrorCodes.Duplicate));
        map.RenameStage(People.Facilitator, "nope", "x").ShouldBeRefused(map, ("id", ErrorCodes.NotFound));
    }

    [Theory]
    [InlineData("loyalty", 1, "loyalty,awareness,consideration,decision,retention", "awareness,consideration,decision,retention,loyalty")]
    [InlineData("awareness", 5, "consideration,decision,retention,loyalty,awareness", "awareness,consideration,decision,retention,loyalty")]
    [InlineData("decision", 2, "awareness,decision,consideration,retention,loyalty", "consideration,decision")]
    [InlineData("decision", 3, "awareness,consideration,decision,retention,loyalty", "")]
    public void Moving_a_stage_shifts_the_ones_between_and_reports_only_those_that_moved(string id, int position, string order, string moved)
    {
        var map = Sample.Workshop();

        var outcome = map.MoveStage(People.Facilitator, id, position);

        Assert.True(outcome.Succeeded);
        Assert.Equal(order, Order(outcome.Map));
        Assert.Equal([1, 2, 3, 4, 5], outcome.Map.StagesInOrder.Select(stage => stage.Position));
        Assert.Equal(moved.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(), outcome.Changes.Select(change => change.Id).Order());
        Assert.All(outcome.Changes, change => Assert.Equal((ItemKind.Stage, ChangeKind.Updated), (change.Item, change.Change)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_stage_moves_only_to_a_position_from_1_to_the_stage_count(int position)
    {
        var map = Sample.Workshop();

        var outcome = map.MoveStage(People.Facilitator, StageKeys.Awareness, position);

        outcome.ShouldBeRefused(map, ("position", ErrorCodes.OutOfRange));
        Assert.Equal([1, 5], outcome.Errors.Single().Arguments);
    }

    [Fact]
    public void Two_stages_added_at_once_share_a_position_until_the_next_move_renumbers_them()
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney);
        var first = map.AddCustomStage(People.Facilitator, "s2", "Referral", Sample.Now.AddSeconds(2)).ShouldSucceed().Stages[^1];
        var second = map.AddCustomStage(People.CoFacilitator, "s1", "Renewal", Sample.Now.AddSeconds(1)).ShouldSucceed().Stages[^1];
        var loaded = map with { Stages = [.. map.Stages, first, second] };

        Assert.Equal("awareness,consideration,decision,s1,s2", Order(loaded));
        Assert.Equal([4, 4], loaded.StagesInOrder.Skip(3).Select(stage => stage.Position));

        var outcome = loaded.MoveStage(People.Facilitator, "s1", 1);

        Assert.Equal("s1,awareness,consideration,decision,s2", Order(outcome.Map));
        Assert.Equal([1, 2, 3, 4, 5], outcome.Map.StagesInOrder.Select(stage => stage.Position));
        Assert.Equal(["awareness", "consideration", "decision", "s1", "s2"], outcome.Changes.Select(change => change.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Removing_an_unused_stage_closes_the_gap_and_reports_the_stages_that_moved_up()
    {
        var map = Sample.Workshop();

        var removed = map.RemoveStage(People.Facilitator, StageKeys.Consideration).ShouldChange(
            Removed(ItemKind.Stage, StageKeys.Consideration),
            Updated(ItemKind.Stage, StageKeys.Decision),
            Updated(ItemKind.Stage, StageKeys.Retention),
            Updated(ItemKind.Stage, StageKeys.Loyalty));

        Assert.Equal("awareness,decision,retention,loyalty", Order(removed));
        Assert.Equal([1, 2, 3, 4], removed.StagesInOrder.Select(stage => stage.Position));
    }

    [Fact]
    public void A_stage_others_worked_on_is_in_use_until_removal_is_confirmed_then_all_of_it_goes()
    {
        var map = Sample.WithPersonaAndTouchpoint()
            .WriteCell(People.Alice, "p1", StageKeys.Awareness, new CellNotes { CustomerGoal = "learn" }, Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Bob, "p1", StageKeys.Awareness, 2, null, Sample.Now).ShouldSucceed()
            .RateSatisfaction(People.Carol, "t1", 3, Sample.Now).ShouldSucceed()
            .AddEvidenceNote(People.Carol, "n1", "Blog readers convert", EvidenceTarget.Touchpoint("t1"), EvidenceBacking.PartlyBacked, Sample.Now).ShouldSucceed()
            .AddEvidenceNote(People.Carol, "n2", "Nobody knows us", EvidenceTarget.Stage(StageKeys.Awareness), EvidenceBacking.Assumption, Sample.Now).ShouldSucceed()
            .AddKpi(People.Carol, "k1", StageKeys.Awareness, Sample.Kpi("Impressions", 5000), Sample.Now).ShouldSucceed()
            .AddKpi(People.Carol, "k2", StageKeys.Consideration, Sample.Kpi("Sessions", 500), Sample.Now).ShouldSucceed();

        var refused = map.RemoveStage(People.Facilitator, StageKeys.Awareness);
        refused.ShouldBeRefused(map, ("id", ErrorCodes.InUse));
        Assert.Equal([7], refused.Errors.Single().Arguments);

        var removed = map.RemoveStage(People.Facilitator, StageKeys.Awareness, removeDependents: true).ShouldChange(
            Removed(ItemKind.Stage, StageKeys.Awareness),
            Removed(ItemKind.PersonaStageCell, "p1.awareness"),
            Removed(ItemKind.EmotionScore, EmotionScore.IdFor("p1", StageKeys.Awareness, People.Bob.AadObjectId)),
            Removed(ItemKind.Touchpoint, "t1"),
            Removed(ItemKind.SatisfactionRating, SatisfactionRating.IdFor("t1", People.Carol.AadObjectId)),
            Removed(ItemKind.EvidenceNote, "n1"),
            Removed(ItemKind.EvidenceNote, "n2"),
            Removed(ItemKind.Kpi, "k1"),
            Updated(ItemKind.Stage, StageKeys.Consideration),
            Updated(ItemKind.Stage, StageKeys.Decision),
            Updated(ItemKind.Stage, StageKeys.Retention),
            Updated(ItemKind.Stage, StageKeys.Loyalty));
        Assert.Equal(["k2"], removed.Kpis.Select(kpi => kpi.Id));
        Assert.Single(removed.Personas);
    }
}
