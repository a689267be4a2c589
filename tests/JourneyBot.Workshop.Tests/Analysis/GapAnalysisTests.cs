namespace JourneyBot.Workshop.Tests.Analysis;

/// <summary>Gaps, overload and research gaps: what the map lacks or has too much of.</summary>
public sealed class GapAnalysisTests
{
    private const string Awareness = StageKeys.Awareness;
    private const string Consideration = StageKeys.Consideration;
    private const string Decision = StageKeys.Decision;

    /// <summary>
    /// A buyer's journey (awareness, consideration, decision). p1 wrote every stage, p2 only awareness (its
    /// consideration cell is empty). Awareness: a blog and unowned ads, a volume; consideration: a demo, no KPI, a
    /// partly backed note; decision: nothing but an assumption.
    /// </summary>
    private static JourneyMap Holey() => Sample.Workshop(StageTemplate.BuyersJourney)
        .WithPersonas("p1", "p2")
        .Write("p1", Awareness).Write("p1", Consideration).Write("p1", Decision)
        .Write("p2", Awareness).Write("p2", Consideration, painPoints: null, goal: null)
        .Touchpoint("blog", Awareness).Touchpoint("ads", Awareness, owner: "", minute: 1).Touchpoint("demo", Consideration)
        .Volume("visits", Awareness, 1_000)
        .Note("n1", EvidenceTarget.Stage(Consideration), EvidenceBacking.PartlyBacked)
        .Note("n2", EvidenceTarget.Stage(Decision), EvidenceBacking.Assumption);

    [Fact]
    public void Stages_without_touchpoints_notes_or_data_and_touchpoints_without_an_owner_are_gaps()
    {
        var analysis = Holey().Analyze();

        Assert.Equal(
            [
                "Medium noData.decision (stage decision)",
                "Medium noTouchpoints.decision (stage decision)",
                "Low missingCells.consideration (stage consideration, count 1, count 2)",
                "Low missingCells.decision (stage decision, count 1, count 2)",
                "Low unownedTouchpoint.ads (touchpoint ads, stage awareness)",
                "Low noKpi.consideration (stage consideration)",
            ],
            analysis.GroupLines(FindingGroup.Gap));
        Assert.Equal(["p2"], analysis.Find("missingCells.consideration")!.PersonaIds);
        Assert.Equal(["ads"], analysis.Find("unownedTouchpoint.ads")!.TouchpointIds);
    }

    [Fact]
    public void A_map_filled_in_everywhere_has_no_gap()
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney).WithPersonas("p1")
            .Write("p1", Awareness).Write("p1", Consideration).Write("p1", Decision)
            .Touchpoint("blog", Awareness).Touchpoint("demo", Consideration).Touchpoint("quote", Decision)
            .Measure("k1", Awareness, 1).Measure("k2", Consideration, 1).Measure("k3", Decision, 1);

        Assert.Empty(map.Analyze().GroupLines(FindingGroup.Gap));
    }

    [Theory]
    [InlineData(7, 7, null)]
    [InlineData(8, 7, "Medium overload.awareness (stage awareness, count 8, count 7)")]
    [InlineData(4, 3, "Medium overload.awareness (stage awareness, count 4, count 3)")]
    [InlineData(3, 3, null)]
    public void A_stage_with_more_touchpoints_than_the_threshold_is_overloaded(int touchpoints, int threshold, string? expected)
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney).Touchpoints(Awareness, touchpoints);

        var analysis = map.Analyze(new AnalysisThresholds { OverloadTouchpoints = threshold });

        Assert.Equal(expected is null ? [] : [expected], analysis.Lines(FindingKind.Overload));
        if (expected is not null)
        {
            Assert.Equal(touchpoints, analysis.Findings.Single(finding => finding.Kind == FindingKind.Overload).TouchpointIds.Count);
        }
    }

    [Fact]
    public void The_default_overload_threshold_is_the_step_3_warning()
    {
        Assert.Equal(Limits.DefaultTouchpointListThreshold, AnalysisThresholds.Default.OverloadTouchpoints);
    }

    /// <summary>Backings of a stage's notes: A assumption, P partly backed (half an assumption), D data-backed.</summary>
    [Theory]
    [InlineData("AA", "Medium researchGap.awareness (stage awareness, share 1, count 2, count 0, count 2)")]
    [InlineData("AP", "Low researchGap.awareness (stage awareness, share 0.75, count 1, count 1, count 2)")]
    [InlineData("AD", "Low researchGap.awareness (stage awareness, share 0.5, count 1, count 0, count 2)")]
    [InlineData("PP", "Low researchGap.awareness (stage awareness, share 0.5, count 0, count 2, count 2)")]
    [InlineData("ADD", null)] // 0.3333
    [InlineData("PD", null)] // 0.25
    [InlineData("D", null)]
    [InlineData("", null)] // no claims: nothing to weigh (noData says the rest)
    public void A_stage_whose_claims_are_mostly_assumptions_is_a_research_gap(string backings, string? expected)
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney).Notes(Awareness, backings);

        Assert.Equal(expected is null ? [] : [expected], map.Analyze().Lines(FindingKind.ResearchGap));
    }

    [Fact]
    public void Notes_on_a_stages_touchpoints_are_its_claims_too_and_the_share_threshold_is_configurable()
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney)
            .Touchpoint("blog", Awareness)
            .Note("n1", EvidenceTarget.Stage(Awareness), EvidenceBacking.DataBacked)
            .Note("n2", EvidenceTarget.Touchpoint("blog"), EvidenceBacking.Assumption)
            .Note("n3", EvidenceTarget.Touchpoint("blog"), EvidenceBacking.DataBacked);

        Assert.Empty(map.Analyze().Lines(FindingKind.ResearchGap));
        Assert.Equal(
            ["Low researchGap.awareness (stage awareness, share 0.3333, count 1, count 0, count 3)"],
            map.Analyze(new AnalysisThresholds { ResearchGapShare = 0.3m }).Lines(FindingKind.ResearchGap));
    }

    [Fact]
    public void Backed_notes_on_touchpoints_keep_a_stage_without_kpis_from_having_no_data()
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney)
            .Touchpoint("blog", Awareness)
            .Note("n1", EvidenceTarget.Touchpoint("blog"), EvidenceBacking.DataBacked);

        var awareness = map.Analyze().Findings.Where(finding => finding.StageId == Awareness && finding.Group == FindingGroup.Gap).Select(finding => finding.Id);

        Assert.Equal(["noKpi.awareness"], awareness);
    }
}
