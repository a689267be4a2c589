using static JourneyBot.Workshop.Tests.FinishingTests;

namespace JourneyBot.Workshop.Tests;

/// <summary>Version n+1 against n: KPIs, revealed emotion means, pain points new and gone, actions done and dropped.</summary>
public sealed class VersionComparisonTests
{
    private const string Awareness = StageKeys.Awareness;
    private const string Consideration = StageKeys.Consideration;

    /// <summary>
    /// Version 1: persona p1; KPIs visits 100 (awareness), leads 50 (consideration), calls 7 (awareness); Alice and Bob
    /// score p1 in awareness -2 and -1 (revealed: -1.5); pain points written in p1 x awareness; actions a1 not started, a2 done.
    /// </summary>
    private static JourneyMap First() =>
        Sample.WithPersonaAndTouchpoint()
            .AddKpi(People.Alice, "visits", Awareness, Sample.Kpi("Visits", 100), Sample.Now).ShouldSucceed()
            .AddKpi(People.Alice, "leads", Consideration, Sample.Kpi("Leads", 50), Sample.Now).ShouldSucceed()
            .AddKpi(People.Alice, "calls", Awareness, Sample.Kpi("Calls", 7), Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Alice, "p1", Awareness, -2, null, Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Bob, "p1", Awareness, -1, null, Sample.Now).ShouldSucceed()
            .RevealEmotions(People.Facilitator).ShouldSucceed()
            .WriteCell(People.Alice, "p1", Awareness, new CellNotes { PainPoints = "Cannot find pricing" }, Sample.Now).ShouldSucceed()
        with
        { Actions = [Action("a1", ActionStatus.NotStarted), Action("a2", ActionStatus.Done)] };

    private static MapVersion VersionOf(JourneyMap map, DateTimeOffset at)
    {
        var finished = map.GoToStep(People.Facilitator, 7).ShouldSucceed().Finish(People.Facilitator, RevisitPlan.Default, at).ShouldSucceed();
        return MapVersion.Of(finished, MapAnalysis.Of(finished, AnalysisThresholds.Default));
    }

    /// <summary>Version 2 from version 1: visits 120, calls removed, signups 9 added; Bob now +1; awareness' pain points gone, consideration's written; a1 done, a3 dropped.</summary>
    private static (MapVersion Older, MapVersion Newer) TwoVersions()
    {
        var older = VersionOf(First(), Sample.Now);
        var revisit = older.Map.StartRevisit(People.Facilitator).ShouldSucceed()
            .EditKpi(People.Alice, "visits", Sample.Kpi("Visits", 120)).ShouldSucceed()
            .RemoveKpi(People.Alice, "calls").ShouldSucceed()
            .AddKpi(People.Alice, "signups", Consideration, Sample.Kpi("Signups", 9), Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Bob, "p1", Awareness, 1, null, Sample.Now).ShouldSucceed()
            .WriteCell(People.Alice, "p1", Awareness, new CellNotes { Actions = "Reads the blog" }, Sample.Now).ShouldSucceed()
            .WriteCell(People.Alice, "p1", Consideration, new CellNotes { PainPoints = "Too many plans" }, Sample.Now).ShouldSucceed();
        revisit = revisit with { Actions = [Action("a1", ActionStatus.Done), Action("a2", ActionStatus.Done), Action("a3", ActionStatus.Dropped)] };
        return (older, VersionOf(revisit, Sample.Now.AddDays(90)));
    }

    [Fact]
    public void Kpis_are_matched_by_id_with_their_change_and_those_in_one_version_only_have_no_change()
    {
        var (older, newer) = TwoVersions();

        var kpis = VersionComparison.Of(older, newer).Kpis;

        Assert.Equal(
            [
                new KpiChange(Awareness, "Visits", "visits", 100, 120),
                new KpiChange(Consideration, "Leads", "leads", 50, 50),
                new KpiChange(Consideration, "Signups", "signups", null, 9),
                new KpiChange(Awareness, "Calls", "calls", 7, null),
            ],
            kpis);
        Assert.Equal([20m, 0m, null, null], kpis.Select(kpi => kpi.Change));
    }

    [Fact]
    public void Kpis_of_another_map_match_by_stage_and_name_ignoring_case()
    {
        var (older, _) = TwoVersions();
        var other = older.Map with
        {
            Id = "ws2",
            Kpis = [older.Map.Kpis[0] with { Id = "k9", Details = Sample.Kpi("VISITS", 300) }],
        };

        var kpis = VersionComparison.Of(older, older with { Map = other }).Kpis;

        Assert.Equal(new KpiChange(Awareness, "VISITS", "k9", 100, 300), kpis[0]);
        Assert.Equal(200m, kpis[0].Change);
    }

    [Fact]
    public void Emotion_means_per_persona_and_stage_change_and_only_revealed_means_count()
    {
        var (older, newer) = TwoVersions();

        var compared = VersionComparison.Of(older, newer);
        var hidden = VersionComparison.Of(older with { Map = older.Map with { EmotionsRevealed = false } }, newer);

        Assert.Equal([new EmotionChange("p1", Awareness, -1.5m, -0.5m)], compared.Emotions);
        Assert.Equal(1m, compared.Emotions.Single().Change);
        Assert.Equal([new EmotionChange("p1", Awareness, null, -0.5m)], hidden.Emotions);
        Assert.Null(hidden.Emotions.Single().Change);
    }

    [Fact]
    public void Pain_points_new_and_gone_are_the_pain_point_findings_of_each_version()
    {
        var (older, newer) = TwoVersions();

        var compared = VersionComparison.Of(older, newer);

        Assert.Equal(["writtenPainPoint.p1.consideration"], compared.NewPainPoints.Select(finding => finding.Id));
        Assert.Equal(["lowEmotion.p1.awareness", "writtenPainPoint.p1.awareness"], compared.GonePainPoints.Select(finding => finding.Id).Order(StringComparer.Ordinal));
        Assert.All(compared.NewPainPoints.Concat(compared.GonePainPoints), finding => Assert.Equal(FindingGroup.PainPoint, finding.Group));
    }

    [Fact]
    public void Actions_done_and_dropped_are_those_that_got_there_since_the_older()
    {
        var (older, newer) = TwoVersions();

        var compared = VersionComparison.Of(older, newer);

        Assert.Equal(["a1"], compared.ActionsDone.Select(action => action.Id));
        Assert.Equal(["a3"], compared.ActionsDropped.Select(action => action.Id));
    }

    [Fact]
    public void A_version_against_itself_changes_nothing()
    {
        var (older, _) = TwoVersions();

        var compared = VersionComparison.Of(older, older);

        Assert.All(compared.Kpis, kpi => Assert.Equal(0m, kpi.Change));
        Assert.All(compared.Emotions, emotion => Assert.Equal(0m, emotion.Change));
        Assert.Empty(compared.NewPainPoints.Concat(compared.GonePainPoints));
        Assert.Empty(compared.ActionsDone.Concat(compared.ActionsDropped));
    }

    [Fact]
    public void A_future_state_map_copies_the_current_maps_personas_and_stages_and_links_its_latest_version()
    {
        var (_, newer) = TwoVersions();
        var setup = Sample.Setup() with { Id = "future1", Name = "Where we want to be", MapType = MapType.CurrentState };

        var started = JourneyMap.StartFutureState(setup, newer.Map, People.CoFacilitator);
        var refused = JourneyMap.StartFutureState(setup, newer.Map, People.Alice);

        Assert.True(started.Succeeded, string.Join("; ", started.Errors));
        Assert.Equal((MapType.FutureState, new CurrentStateLink("ws1", 2), WorkshopStatus.Active, 1), (started.Map.MapType, started.Map.CurrentState, started.Map.Status, started.Map.MapVersionNumber));
        Assert.Equal(newer.Map.Personas.Select(persona => persona.Id), started.Map.Personas.Select(persona => persona.Id));
        Assert.Equal(newer.Map.Stages, started.Map.Stages);
        Assert.Empty(started.Map.Kpis);
        Assert.Equal(1 + newer.Map.Personas.Count + newer.Map.Stages.Count, started.Changes.Count);
        Assert.Equal([("actor", ErrorCodes.NotAllowed)], refused.Errors.Select(error => (error.Field, error.Code)));
    }
}
