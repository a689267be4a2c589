namespace JourneyBot.Workshop.Tests.Analysis;

/// <summary>Inconsistencies: a category rated far apart across channels, emotion against satisfaction, a preferred channel that breaks off.</summary>
public sealed class InconsistencyAnalysisTests
{
    private const string Awareness = StageKeys.Awareness;
    private const string Consideration = StageKeys.Consideration;
    private const string Decision = StageKeys.Decision;

    /// <summary>
    /// Marketing by email: a newsletter rated 5 and 5 (awareness), a promo on "email" rated 4 (consideration): 14/3.
    /// LinkedIn posts rated 2 and 3. A flyer with no channel rated 1, and sales only by phone.
    /// </summary>
    private static JourneyMap Channels() => Sample.Workshop(StageTemplate.BuyersJourney)
        .Touchpoint("news", Awareness, channel: "Email").Rate("news", 5, 5)
        .Touchpoint("post", Awareness, channel: "LinkedIn", minute: 1).Rate("post", 2, 3)
        .Touchpoint("flyer", Awareness, minute: 2).Rate("flyer", 1)
        .Touchpoint("promo", Consideration, channel: "email").Rate("promo", 4)
        .Touchpoint("call", Decision, channel: "phone", category: TouchpointCategory.Sales).Rate("call", 1);

    [Fact]
    public void A_category_rated_far_apart_across_channels_is_inconsistent()
    {
        var analysis = Channels().Analyze();

        Assert.Equal(
            ["Medium categorySpread.marketing (category marketing, channel Email, satisfaction 4.67, channel LinkedIn, satisfaction 2.5, spread 2.17)"],
            analysis.Lines(FindingKind.CategorySpread));
        var finding = analysis.Find("categorySpread.marketing")!;
        Assert.Equal(["news", "post", "promo"], finding.TouchpointIds);
        Assert.Null(finding.StageId);
    }

    [Theory]
    [InlineData(2.17, true)]
    [InlineData(2.18, false)]
    public void The_satisfaction_spread_threshold_is_inclusive(double spread, bool found)
    {
        var analysis = Channels().Analyze(new AnalysisThresholds { SatisfactionSpread = (decimal)spread });

        Assert.Equal(found ? 1 : 0, analysis.Lines(FindingKind.CategorySpread).Length);
    }

    [Fact]
    public void Unrated_touchpoints_and_a_single_channel_are_not_compared()
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney)
            .Touchpoint("news", Awareness, channel: "Email").Rate("news", 5)
            .Touchpoint("post", Awareness, channel: "LinkedIn")
            .Touchpoint("mail", Consideration, channel: "EMAIL ").Rate("mail", 1);

        Assert.Empty(map.Analyze().Lines(FindingKind.CategorySpread));
    }

    /// <summary>Awareness: p1 and p2 feel positive, p3 negative; blog rated 1.5, ads 2, event 3, site 4.5.</summary>
    private static JourneyMap Mixed() => Sample.Workshop(StageTemplate.BuyersJourney)
        .WithPersonas("p1", "p2", "p3")
        .Score("p1", Awareness, 1).Score("p2", Awareness, 2).Score("p3", Awareness, -1)
        .Touchpoint("blog", Awareness).Rate("blog", 2, 1)
        .Touchpoint("ads", Awareness, minute: 1).Rate("ads", 2)
        .Touchpoint("event", Awareness, minute: 2).Rate("event", 3)
        .Touchpoint("site", Awareness, minute: 3).Rate("site", 4, 5);

    [Fact]
    public void Emotion_and_satisfaction_that_disagree_are_inconsistent_the_shared_one_first()
    {
        var analysis = Mixed().Reveal().Analyze();

        Assert.Equal(
            [
                "Medium satisfactionBelowEmotion.awareness (stage awareness, count 2, count 2, touchpoint blog, satisfaction 1.5)",
                "Medium satisfactionAboveEmotion.awareness (stage awareness, count 1, count 1, touchpoint site, satisfaction 4.5)",
            ],
            analysis.Lines(FindingKind.SatisfactionBelowEmotion, FindingKind.SatisfactionAboveEmotion));
        var below = analysis.Find("satisfactionBelowEmotion.awareness")!;
        Assert.Equal(["p1", "p2"], below.PersonaIds);
        Assert.Equal(["blog", "ads"], below.TouchpointIds);
        Assert.Equal(["p3"], analysis.Find("satisfactionAboveEmotion.awareness")!.PersonaIds);
    }

    [Fact]
    public void Emotion_and_satisfaction_are_not_compared_before_the_reveal_or_with_other_thresholds()
    {
        Assert.Empty(Mixed().Analyze().Lines(FindingKind.SatisfactionBelowEmotion, FindingKind.SatisfactionAboveEmotion));
        Assert.Equal(
            ["Medium satisfactionBelowEmotion.awareness (stage awareness, count 2, count 1, touchpoint blog, satisfaction 1.5)"],
            Mixed().Reveal().Analyze(new AnalysisThresholds { LowSatisfaction = 1.5m, HighSatisfaction = 5 })
                .Lines(FindingKind.SatisfactionBelowEmotion, FindingKind.SatisfactionAboveEmotion));
    }

    /// <summary>
    /// p1 prefers email and phone, p2 "e-mail / EMAIL", p3 nothing, p4 LinkedIn. Awareness offers Email and LinkedIn,
    /// consideration phone and linkedin, decision (when given) Phone.
    /// </summary>
    private static JourneyMap Preferring(bool decisionTouchpoint)
    {
        var map = Sample.Workshop(StageTemplate.BuyersJourney)
            .WithPersonas("p1=Email, phone", "p2=e-mail / EMAIL", "p3", "p4=LinkedIn")
            .Touchpoint("news", Awareness, channel: "Email").Touchpoint("post", Awareness, channel: "LinkedIn", minute: 1)
            .Touchpoint("demo", Consideration, channel: "phone").Touchpoint("web", Consideration, channel: "linkedin", minute: 1);
        return decisionTouchpoint ? map.Touchpoint("quote", Decision, channel: "Phone") : map;
    }

    [Fact]
    public void A_preferred_channel_offered_in_one_stage_and_missing_in_the_next_breaks_for_every_persona_preferring_it()
    {
        var analysis = Preferring(decisionTouchpoint: true).Analyze();

        Assert.Equal(
            [
                "Medium channelBreak.121d90272a8d4027.awareness.consideration (channel Email, stage awareness, stage consideration, count 2)",
                "Medium channelBreak.060d5cccb244a6df.consideration.decision (channel linkedin, stage consideration, stage decision, count 1)",
            ],
            analysis.Lines(FindingKind.ChannelBreak));
        var email = analysis.Find("channelBreak.121d90272a8d4027.awareness.consideration")!;
        Assert.Equal(["p1", "p2"], email.PersonaIds);
        Assert.Equal(["news"], email.TouchpointIds);
    }

    [Fact]
    public void A_next_stage_without_touchpoints_is_a_gap_not_a_channel_break()
    {
        var analysis = Preferring(decisionTouchpoint: false).Analyze();

        Assert.Equal(["channelBreak.121d90272a8d4027.awareness.consideration"], analysis.Findings.Where(f => f.Kind == FindingKind.ChannelBreak).Select(f => f.Id));
        Assert.Contains(analysis.Findings, finding => finding.Id == "noTouchpoints.decision");
    }
}
