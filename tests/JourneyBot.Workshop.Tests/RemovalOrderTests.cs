using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

/// <summary>
/// The order a confirmed removal reports its changes in: the item first, then each dependent followed by what hangs on
/// it. Cards and storage rely on the item coming first (storage keeps it for the last, checked batch).
/// </summary>
public sealed class RemovalOrderTests
{
    private static readonly string AliceId = People.Alice.AadObjectId;
    private static readonly string BobId = People.Bob.AadObjectId;

    /// <summary>Two personas, two touchpoints with ratings and notes, KPIs and stage notes, all in awareness; one of each elsewhere.</summary>
    private static JourneyMap Busy() =>
        Sample.WithPersonaAndTouchpoint()
            .AddPersona(People.Bob, "p2", Sample.Profile("Budget buyer"), Sample.Now).ShouldSucceed()
            .AddEvidenceNote(People.Carol, "n-stage-1", "Nobody knows us", EvidenceTarget.Stage(StageKeys.Awareness), EvidenceBacking.Assumption, Sample.Now).ShouldSucceed()
            .AddKpi(People.Carol, "k1", StageKeys.Awareness, Sample.Kpi("Impressions", 5000), Sample.Now).ShouldSucceed()
            .AddTouchpoint(People.Bob, "t2", StageKeys.Awareness, Sample.Touchpoint("Podcast"), Sample.Now).ShouldSucceed()
            .RateSatisfaction(People.Bob, "t2", 4, Sample.Now).ShouldSucceed()
            .AddEvidenceNote(People.Carol, "n-t1", "Blog readers convert", EvidenceTarget.Touchpoint("t1"), EvidenceBacking.PartlyBacked, Sample.Now).ShouldSucceed()
            .RateSatisfaction(People.Alice, "t1", 3, Sample.Now).ShouldSucceed()
            .WriteCell(People.Alice, "p2", StageKeys.Awareness, new CellNotes { Actions = "searches" }, Sample.Now).ShouldSucceed()
            .WriteCell(People.Alice, "p1", StageKeys.Awareness, new CellNotes { Actions = "reads" }, Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Bob, "p1", StageKeys.Awareness, 1, null, Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Alice, "p2", StageKeys.Awareness, -1, null, Sample.Now).ShouldSucceed()
            .AddKpi(People.Carol, "k2", StageKeys.Awareness, Sample.Kpi("Visits", 500), Sample.Now).ShouldSucceed()
            .AddEvidenceNote(People.Carol, "n-stage-2", "Ads reach the wrong people", EvidenceTarget.Stage(StageKeys.Awareness), EvidenceBacking.DataBacked, Sample.Now).ShouldSucceed()
            .WriteCell(People.Alice, "p1", StageKeys.Consideration, new CellNotes { Actions = "compares" }, Sample.Now).ShouldSucceed()
            .AddTouchpoint(People.Bob, "t-other", StageKeys.Consideration, Sample.Touchpoint("Demo"), Sample.Now).ShouldSucceed();

    [Fact]
    public void A_stage_reports_itself_then_cells_scores_each_touchpoint_with_its_ratings_and_notes_then_kpis_then_notes()
    {
        var removed = Busy().RemoveStage(People.Facilitator, StageKeys.Awareness, removeDependents: true);

        Assert.Equal(
            [
                Removed(ItemKind.Stage, StageKeys.Awareness),
                Removed(ItemKind.PersonaStageCell, "p2.awareness"),
                Removed(ItemKind.PersonaStageCell, "p1.awareness"),
                Removed(ItemKind.EmotionScore, $"p1.awareness.{BobId}"),
                Removed(ItemKind.EmotionScore, $"p2.awareness.{AliceId}"),
                Removed(ItemKind.Touchpoint, "t1"),
                Removed(ItemKind.SatisfactionRating, $"t1.{AliceId}"),
                Removed(ItemKind.EvidenceNote, "n-t1"),
                Removed(ItemKind.Touchpoint, "t2"),
                Removed(ItemKind.SatisfactionRating, $"t2.{BobId}"),
                Removed(ItemKind.Kpi, "k1"),
                Removed(ItemKind.Kpi, "k2"),
                Removed(ItemKind.EvidenceNote, "n-stage-1"),
                Removed(ItemKind.EvidenceNote, "n-stage-2"),
                Updated(ItemKind.Stage, StageKeys.Consideration),
                Updated(ItemKind.Stage, StageKeys.Decision),
                Updated(ItemKind.Stage, StageKeys.Retention),
                Updated(ItemKind.Stage, StageKeys.Loyalty),
            ],
            removed.Changes);
    }

    [Fact]
    public void A_persona_reports_itself_then_its_cells_then_its_scores()
    {
        var removed = Busy().RemovePersona(People.Alice, "p1", removeDependents: true);

        Assert.Equal(
            [
                Removed(ItemKind.Persona, "p1"),
                Removed(ItemKind.PersonaStageCell, "p1.awareness"),
                Removed(ItemKind.PersonaStageCell, "p1.consideration"),
                Removed(ItemKind.EmotionScore, $"p1.awareness.{BobId}"),
            ],
            removed.Changes);
    }

    [Fact]
    public void A_touchpoint_reports_itself_then_its_ratings_then_its_notes()
    {
        var removed = Busy().RemoveTouchpoint(People.Bob, "t1", removeDependents: true);

        Assert.Equal(
            [Removed(ItemKind.Touchpoint, "t1"), Removed(ItemKind.SatisfactionRating, $"t1.{AliceId}"), Removed(ItemKind.EvidenceNote, "n-t1")],
            removed.Changes);
    }

    [Fact]
    public void What_a_stage_takes_along_is_counted_as_the_removal_reports_it()
    {
        var map = Busy();

        var dependents = map.DependentsOf(ItemKind.Stage, StageKeys.Awareness);

        Assert.Equal(13, dependents.Count);
        Assert.Equal(map.RemoveStage(People.Facilitator, StageKeys.Awareness, removeDependents: true).Changes.Skip(1).Take(13), dependents);
        Assert.Empty(map.DependentsOf(ItemKind.Kpi, "k1"));
        Assert.Empty(map.DependentsOf(ItemKind.Goal, "nothing"));
    }
}
