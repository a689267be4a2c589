namespace JourneyBot.Workshop.Tests.Analysis;

/// <summary>Pain points, emotion dips, disagreements and the journey's health; none of them read a score before the reveal.</summary>
public sealed class EmotionAnalysisTests
{
    private static readonly FindingKind[] EmotionKinds =
    [
        FindingKind.LowEmotion, FindingKind.LowestStage, FindingKind.LargestFall, FindingKind.Disagreement,
        FindingKind.SatisfactionBelowEmotion, FindingKind.SatisfactionAboveEmotion,
    ];

    /// <summary>
    /// A SaaS map with a dip at onboarding. Founder p1: awareness 1, consideration 1.5, sign-up 0.5, onboarding -1.5,
    /// adoption 0.5. Manager p2: awareness 0, consideration 1, sign-up 1, onboarding -0.5, adoption unscored, retention 1.
    /// Both wrote pain points for onboarding; onboarding's welcome email is rated 2.
    /// </summary>
    private static JourneyMap Saas() => Sample.Workshop(StageTemplate.Saas)
        .WithPersonas("p1", "p2")
        .Score("p1", StageKeys.Awareness, 1, 1).Score("p1", StageKeys.Consideration, 2, 1).Score("p1", StageKeys.SignUp, 1, 0)
        .Score("p1", StageKeys.Onboarding, -2, -1).Score("p1", StageKeys.Adoption, 0, 1)
        .Score("p2", StageKeys.Awareness, 0).Score("p2", StageKeys.Consideration, 1).Score("p2", StageKeys.SignUp, 1, 1)
        .Score("p2", StageKeys.Onboarding, -1, 0).Score("p2", StageKeys.Retention, 1)
        .Write("p1", StageKeys.Onboarding, painPoints: "Setup needs a developer")
        .Write("p2", StageKeys.Onboarding, painPoints: "Too many emails")
        .Touchpoint("welcome", StageKeys.Onboarding, channel: "email", category: TouchpointCategory.CustomerSuccess).Rate("welcome", 2, 2);

    [Fact]
    public void The_saas_dip_at_onboarding_is_a_pain_point_a_lowest_stage_and_a_steep_fall()
    {
        var analysis = Saas().Reveal().Analyze();

        Assert.Equal(
            [
                "High largestFall.p1.signUp.onboarding (persona p1, stage signUp, mean 0.5, stage onboarding, mean -1.5, spread 2)",
                "High lowEmotion.p1.onboarding (persona p1, stage onboarding, mean -1.5, count 2)",
                "Medium largestFall.p2.signUp.onboarding (persona p2, stage signUp, mean 1, stage onboarding, mean -0.5, spread 1.5)",
                "Medium lowestStage.p1.onboarding (persona p1, stage onboarding, mean -1.5)",
                "Medium lowestStage.p2.onboarding (persona p2, stage onboarding, mean -0.5)",
            ],
            analysis.Lines(EmotionKinds));
        Assert.Equal(
            ["Medium writtenPainPoint.p1.onboarding (persona p1, stage onboarding)", "Medium writtenPainPoint.p2.onboarding (persona p2, stage onboarding)"],
            analysis.Lines(FindingKind.WrittenPainPoint));
        var fall = analysis.Find("largestFall.p1.signUp.onboarding");
        Assert.Equal((StageKeys.SignUp, StageKeys.Onboarding), (fall?.StageId, fall?.NextStageId));
        Assert.Equal(["p1"], fall!.PersonaIds);
    }

    [Fact]
    public void Before_the_reveal_no_finding_reads_an_emotion_only_written_pain_points_remain()
    {
        var analysis = Saas().Analyze();

        Assert.Empty(analysis.Lines(EmotionKinds));
        Assert.Equal(["writtenPainPoint.p1.onboarding", "writtenPainPoint.p2.onboarding"], analysis.Findings.Where(f => f.Group == FindingGroup.PainPoint).Select(f => f.Id));
        Assert.DoesNotContain(analysis.Findings, finding => finding.Arguments.Any(argument => argument.Type is FindingArgumentType.Mean or FindingArgumentType.Score));
    }

    [Fact]
    public void Health_counts_positive_cells_per_persona_and_overall_once_revealed()
    {
        var health = Saas().Reveal().Analyze().Health;

        Assert.True(health.Revealed);
        Assert.Equal(new CellHealth(16, 6, 7, 0.7m), health.Overall);
        Assert.Equal(
            [new PersonaHealth("p1", new CellHealth(8, 3, 4, 0.8m)), new PersonaHealth("p2", new CellHealth(8, 3, 3, 0.6m))],
            health.Personas);
        Assert.Equal(10, health.Overall.Scored);
    }

    [Fact]
    public void Before_the_reveal_health_has_only_the_progress()
    {
        var health = Saas().Analyze().Health;

        Assert.False(health.Revealed);
        Assert.Equal(new CellHealth(16, 6, null, null), health.Overall);
        Assert.Equal([new CellHealth(8, 3, null, null), new CellHealth(8, 3, null, null)], health.Personas.Select(persona => persona.Cells));
    }

    [Fact]
    public void Health_of_a_revealed_map_nobody_scored_has_no_share()
    {
        var health = Sample.Workshop(StageTemplate.BuyersJourney).WithPersonas("p1").Reveal().Analyze().Health;

        Assert.Equal(new CellHealth(3, 3, 0, null), health.Overall);
    }

    [Theory]
    [InlineData(new[] { -1 }, -1.0, "High lowEmotion.p1.awareness (persona p1, stage awareness, mean -1, count 1)")]
    [InlineData(new[] { -2, 0, -1 }, -1.0, "High lowEmotion.p1.awareness (persona p1, stage awareness, mean -1, count 3)")]
    [InlineData(new[] { -2, -1, -1 }, -1.0, "High lowEmotion.p1.awareness (persona p1, stage awareness, mean -1.33, count 3)")]
    [InlineData(new[] { -1, 0 }, -1.0, null)]
    [InlineData(new[] { -1, 0 }, -0.5, "High lowEmotion.p1.awareness (persona p1, stage awareness, mean -0.5, count 2)")]
    [InlineData(new[] { 0 }, -1.0, null)]
    public void A_revealed_mean_at_or_below_the_pain_threshold_is_a_pain_point(int[] scores, double painMean, string? expected)
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney).WithPersonas("p1").Score("p1", StageKeys.Awareness, scores).Reveal();

        var analysis = map.Analyze(new AnalysisThresholds { PainMean = (decimal)painMean });

        Assert.Equal(expected is null ? [] : [expected], analysis.Lines(FindingKind.LowEmotion));
    }

    /// <summary>Cells per classic stage (awareness, consideration, decision, retention, loyalty): scores by comma, "." unscored.</summary>
    [Theory]
    [InlineData("1 1", null, null)] // all alike: no lowest, no fall
    [InlineData("1", null, null)] // one stage scored
    [InlineData("2 1 2", "Low lowestStage.p1.consideration (persona p1, stage consideration, mean 1)", "Medium largestFall.p1.awareness.consideration (persona p1, stage awareness, mean 2, stage consideration, mean 1, spread 1)")]
    [InlineData("1 1,0", "Low lowestStage.p1.consideration (persona p1, stage consideration, mean 0.5)", "Low largestFall.p1.awareness.consideration (persona p1, stage awareness, mean 1, stage consideration, mean 0.5, spread 0.5)")]
    [InlineData("0 -1 -1", "Medium lowestStage.p1.consideration (persona p1, stage consideration, mean -1)", "Medium largestFall.p1.awareness.consideration (persona p1, stage awareness, mean 0, stage consideration, mean -1, spread 1)")]
    [InlineData("2 . -2", "Medium lowestStage.p1.decision (persona p1, stage decision, mean -2)", null)] // an unscored stage breaks the curve
    [InlineData("0 -2 1 -1", "Medium lowestStage.p1.consideration (persona p1, stage consideration, mean -2)", "High largestFall.p1.awareness.consideration (persona p1, stage awareness, mean 0, stage consideration, mean -2, spread 2)")]
    [InlineData("-2 -1 0 2", "Medium lowestStage.p1.awareness (persona p1, stage awareness, mean -2)", null)] // only rises
    [InlineData("1 2 -1 . -2", "Medium lowestStage.p1.loyalty (persona p1, stage loyalty, mean -2)", "High largestFall.p1.consideration.decision (persona p1, stage consideration, mean 2, stage decision, mean -1, spread 3)")]
    public void Each_persona_has_a_lowest_stage_and_a_largest_fall(string cells, string? lowest, string? fall)
    {
        var stages = StageTemplates.StageKeysOf(StageTemplate.Classic);
        var map = cells.Split(' ')
            .Select((cell, index) => (cell, index))
            .Where(pair => pair.cell != ".")
            .Aggregate(
                Sample.Workshop().WithPersonas("p1"),
                (current, pair) => current.Score("p1", stages[pair.index], [.. pair.cell.Split(',').Select(int.Parse)]))
            .Reveal();

        var analysis = map.Analyze();

        Assert.Equal(lowest is null ? [] : [lowest], analysis.Lines(FindingKind.LowestStage));
        Assert.Equal(fall is null ? [] : [fall], analysis.Lines(FindingKind.LargestFall));
    }

    [Theory]
    [InlineData(new[] { 2, -1 }, "Medium disagreement.p1.awareness (persona p1, stage awareness, spread 1.5, score -1, score 2, count 2)")]
    [InlineData(new[] { -2, 2, 2, 2 }, "Medium disagreement.p1.awareness (persona p1, stage awareness, spread 1.73, score -2, score 2, count 4)")]
    [InlineData(new[] { 1, -1 }, "Low disagreement.p1.awareness (persona p1, stage awareness, spread 1, score -1, score 1, count 2)")]
    [InlineData(new[] { -1, 0, 0, 1, 1 }, "Low disagreement.p1.awareness (persona p1, stage awareness, spread 0.75, score -1, score 1, count 5)")]
    [InlineData(new[] { 2, 0 }, null)]
    [InlineData(new[] { 1, 1, 1 }, null)]
    [InlineData(new[] { -2 }, null)]
    public void Scores_spread_widely_or_on_both_sides_of_zero_are_a_disagreement(int[] scores, string? expected)
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney).WithPersonas("p1").Score("p1", StageKeys.Awareness, scores);

        Assert.Equal(expected is null ? [] : [expected], map.Reveal().Analyze().Lines(FindingKind.Disagreement));
        Assert.Empty(map.Analyze().Lines(FindingKind.Disagreement));
    }

    [Fact]
    public void A_lower_disagreement_threshold_makes_a_same_side_spread_a_disagreement()
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney).WithPersonas("p1").Score("p1", StageKeys.Awareness, 2, 0).Reveal();

        Assert.Equal(
            ["Medium disagreement.p1.awareness (persona p1, stage awareness, spread 1, score 0, score 2, count 2)"],
            map.Analyze(new AnalysisThresholds { DisagreementSpread = 1m }).Lines(FindingKind.Disagreement));
    }

    [Fact]
    public void Pain_points_written_in_a_cell_are_found_empty_cells_are_not()
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney).WithPersonas("p1", "p2")
            .Write("p1", StageKeys.Consideration, painPoints: "Pricing is hidden")
            .Write("p2", StageKeys.Consideration, painPoints: "  ");

        Assert.Equal(["Medium writtenPainPoint.p1.consideration (persona p1, stage consideration)"], map.Analyze().Lines(FindingKind.WrittenPainPoint));
    }
}
