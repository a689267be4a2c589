namespace JourneyBot.Workshop.Tests.Analysis;

/// <summary>
/// The whole list: severity first, then how many personas share a finding, then the stage's position (none last),
/// then the id; and ids that stay put so ideas can point to them.
/// </summary>
public sealed class FindingOrderTests
{
    private const string Awareness = StageKeys.Awareness;
    private const string Consideration = StageKeys.Consideration;
    private const string Decision = StageKeys.Decision;

    /// <summary>
    /// One persona through a buyer's journey: awareness scored -2 and -1 with a pain point written, consideration 1,
    /// decision 1 and -1; a touchpoint and a volume per stage (1,000 → 100 → 50).
    /// </summary>
    private static JourneyMap OnePersona() => Sample.Workshop(StageTemplate.BuyersJourney)
        .WithPersonas("p1")
        .Write("p1", Awareness, painPoints: "Cannot find us").Write("p1", Consideration).Write("p1", Decision)
        .Score("p1", Awareness, -2, -1).Score("p1", Consideration, 1).Score("p1", Decision, 1, -1)
        .Touchpoint("blog", Awareness).Touchpoint("demo", Consideration).Touchpoint("quote", Decision)
        .Volume("a", Awareness, 1_000).Volume("c", Consideration, 100).Volume("d", Decision, 50);

    [Fact]
    public void One_persona_only_gives_every_finding_in_order()
    {
        var analysis = OnePersona().Reveal().Analyze();

        Assert.Equal(
            [
                "High lowEmotion.p1.awareness (persona p1, stage awareness, mean -1.5, count 2)",
                "High bottleneck.awareness.consideration (stage awareness, kpi a, volume 1000, stage consideration, kpi c, volume 100, rate 0.1, rate 0.9)",
                "Medium lowestStage.p1.awareness (persona p1, stage awareness, mean -1.5)",
                "Medium writtenPainPoint.p1.awareness (persona p1, stage awareness)",
                "Medium largestFall.p1.consideration.decision (persona p1, stage consideration, mean 1, stage decision, mean 0, spread 1)",
                "Low disagreement.p1.decision (persona p1, stage decision, spread 1, score -1, score 1, count 2)",
            ],
            analysis.Lines());
        Assert.Equal(new CellHealth(3, 0, 1, 0.3333m), analysis.Health.Overall);
    }

    [Fact]
    public void One_persona_before_the_reveal_has_only_the_findings_that_read_no_score()
    {
        var analysis = OnePersona().Analyze();

        Assert.Equal(
            [
                "High bottleneck.awareness.consideration (stage awareness, kpi a, volume 1000, stage consideration, kpi c, volume 100, rate 0.1, rate 0.9)",
                "Medium writtenPainPoint.p1.awareness (persona p1, stage awareness)",
            ],
            analysis.Lines());
    }

    /// <summary>
    /// Personas b then a. Awareness: b -2, a -1; consideration: a -2. Both wrote awareness and consideration, neither
    /// decision. Awareness's touchpoint has no owner. Every stage has a KPI, none a volume.
    /// </summary>
    [Fact]
    public void Ties_go_to_more_personas_then_the_earlier_stage_then_the_id_and_findings_about_no_stage_come_last()
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney)
            .WithPersonas("b", "a")
            .Write("b", Awareness).Write("a", Awareness).Write("b", Consideration).Write("a", Consideration)
            .Score("b", Awareness, -2).Score("a", Awareness, -1).Score("a", Consideration, -2)
            .Touchpoint("t1", Awareness, owner: "").Touchpoint("t2", Consideration).Touchpoint("t3", Decision)
            .Measure("k1", Awareness, 1).Measure("k2", Consideration, 1).Measure("k3", Decision, 1)
            .Reveal();

        var analysis = map.Analyze();

        Assert.Equal(
            [
                "High lowEmotion.a.awareness (persona a, stage awareness, mean -1, count 1)",
                "High lowEmotion.b.awareness (persona b, stage awareness, mean -2, count 1)",
                "High lowEmotion.a.consideration (persona a, stage consideration, mean -2, count 1)",
                "Medium largestFall.a.awareness.consideration (persona a, stage awareness, mean -1, stage consideration, mean -2, spread 1)",
                "Medium lowestStage.a.consideration (persona a, stage consideration, mean -2)",
                "Medium noStageVolumes",
                "Low missingCells.decision (stage decision, count 2, count 2)",
                "Low unownedTouchpoint.t1 (touchpoint t1, stage awareness)",
            ],
            analysis.Lines());
        Assert.Equal(["b", "a"], analysis.Find("missingCells.decision")!.PersonaIds);
    }

    [Fact]
    public void Stage_order_is_the_journeys_not_the_ids()
    {
        // Moving decision first puts its findings first among equals.
        var map = Sample.Workshop(StageTemplate.BuyersJourney)
            .MoveStage(People.Facilitator, Decision, 1).ShouldSucceed();

        Assert.Equal(
            ["noData.decision", "noTouchpoints.decision", "noData.awareness", "noTouchpoints.awareness", "noData.consideration", "noTouchpoints.consideration", "noStageVolumes"],
            map.Analyze().Findings.Select(finding => finding.Id));
    }

    [Fact]
    public void Ids_and_groups_are_stable_and_find_looks_them_up()
    {
        var first = OnePersona().Reveal().Analyze();
        var again = OnePersona().Reveal().Analyze();

        Assert.Equal(first.Findings.Select(finding => finding.Id), again.Findings.Select(finding => finding.Id));
        Assert.All(first.Findings, finding => Assert.StartsWith(finding.Code + ".", finding.Id + "."));
        Assert.Same(first.Findings[1], first.Find("bottleneck.awareness.consideration"));
        Assert.Null(first.Find("bottleneck.consideration.decision"));
        Assert.Equal(FindingGroup.Bottleneck, first.Findings[1].Group);
    }

    [Fact]
    public void Every_kind_has_a_code_and_a_group()
    {
        var codes = Enum.GetValues<FindingKind>().Select(FindingKinds.CodeOf).ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(Enum.GetValues<FindingKind>(), kind => Assert.True(Enum.IsDefined(FindingKinds.GroupOf(kind))));
        Assert.Equal(["marketing", "sales", "customerSuccess", "service", "other"], Enum.GetValues<TouchpointCategory>().Select(FindingKinds.CodeOf));
    }

    [Fact]
    public void The_largest_map_is_analyzed_with_every_cell_counted()
    {
        var stages = StageTemplates.StageKeysOf(StageTemplate.Saas);
        var map = Sample.Workshop(StageTemplate.Saas).WithPersonas("p1", "p2", "p3", "p4", "p5");
        foreach (var persona in new[] { "p1", "p2", "p3", "p4", "p5" })
        {
            map = stages.Aggregate(map, (current, stage) => current.Write(persona, stage).Score(persona, stage, 2, 1, 0, -1, 1));
        }

        map = Enumerable.Range(0, 60).Aggregate(map, (current, index) => current
            .Touchpoint($"t{index}", stages[index % stages.Count], channel: index % 2 == 0 ? "email" : "phone", minute: index)
            .Rate($"t{index}", 1 + (index % 5), 3));

        var analysis = map.Reveal().Analyze();

        Assert.Equal(new CellHealth(40, 0, 40, 1m), analysis.Health.Overall);
        Assert.Equal(["overload.awareness", "overload.consideration", "overload.signUp", "overload.onboarding"], analysis.Findings.Where(f => f.Kind == FindingKind.Overload).Select(f => f.Id));
    }
}
