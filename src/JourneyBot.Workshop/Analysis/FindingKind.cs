namespace JourneyBot.Workshop;

/// <summary>
/// What a <see cref="Finding"/> says, with its id, its <see cref="Finding.Arguments"/> in order, and its severity rule
/// (docs/method.md, Step 6). "Revealed mean" is a cell's emotion mean after the reveal; before it no rule reads emotions.
/// </summary>
public enum FindingKind
{
    /// <summary>
    /// Pain point: a persona's revealed mean in a stage is at or below <see cref="AnalysisThresholds.PainMean"/>.
    /// Id <c>lowEmotion.{persona}.{stage}</c>. Arguments: persona, stage, mean, count (scores). High.
    /// </summary>
    LowEmotion,

    /// <summary>
    /// Pain point: the persona-stage cell has pain points written (revealed or not). Id <c>writtenPainPoint.{persona}.{stage}</c>.
    /// Arguments: persona, stage. Medium.
    /// </summary>
    WrittenPainPoint,

    /// <summary>
    /// Emotion dip: a persona's lowest revealed mean (ties: the earliest stage), when at least two stages are scored and
    /// not all alike. Id <c>lowestStage.{persona}.{stage}</c>. Arguments: persona, stage, mean. Medium when the mean is
    /// below 0, else Low.
    /// </summary>
    LowestStage,

    /// <summary>
    /// Emotion dip: a persona's largest fall between two consecutive stages both scored (an unscored stage breaks the
    /// curve; ties: the earliest). Id <c>largestFall.{persona}.{from}.{to}</c>. Arguments: persona, stage (from), mean
    /// (from), stage (to), mean (to), spread (the fall). High from <see cref="AnalysisThresholds.SteepFall"/>, Medium
    /// from 1, else Low.
    /// </summary>
    LargestFall,

    /// <summary>
    /// Bottleneck: the largest drop-off between consecutive stages with comparable volumes (ties: the earliest); only
    /// when something drops. Id <c>bottleneck.{from}.{to}</c>; KPIs: the two volumes. Arguments: stage (from), KPI
    /// (from), volume (from), stage (to), KPI (to), volume (to), rate (conversion), rate (drop-off). High.
    /// </summary>
    Bottleneck,

    /// <summary>Data gap: no stage has a volume KPI, so no conversion can be computed. Id <c>noStageVolumes</c>. No arguments. Medium.</summary>
    NoStageVolumes,

    /// <summary>
    /// Data gap: some stages have a volume KPI, this one has none, so the funnel breaks here. Id <c>missingVolume.{stage}</c>.
    /// Arguments: stage. Medium.
    /// </summary>
    MissingVolume,

    /// <summary>
    /// Data gap: two consecutive volumes are for different periods (one given and the other not, or both given and
    /// different, ignoring case), so no conversion is computed. Id <c>periodMismatch.{from}.{to}</c>; KPIs: the two
    /// volumes. Arguments: stage (from), period (from), stage (to), period (to). Medium.
    /// </summary>
    PeriodMismatch,

    /// <summary>
    /// Data gap: a stage's volume is 0 and the next stage has one, so there is no rate. Id <c>zeroVolume.{from}.{to}</c>;
    /// KPIs: the two volumes. Arguments: stage (from), KPI (from), stage (to). Medium.
    /// </summary>
    ZeroVolume,

    /// <summary>Gap: a stage with no touchpoint. Id <c>noTouchpoints.{stage}</c>. Arguments: stage. Medium.</summary>
    NoTouchpoints,

    /// <summary>
    /// Gap: personas with nothing written for a stage (no cell, or all its notes empty); the personas are the finding's.
    /// Id <c>missingCells.{stage}</c>. Arguments: stage, count (personas missing), count (personas in the map). Low.
    /// </summary>
    MissingCells,

    /// <summary>
    /// Gap: a stage with no KPI and no evidence note (on it or its touchpoints) backed by data, even partly: nothing
    /// measured. Id <c>noData.{stage}</c>. Arguments: stage. Medium.
    /// </summary>
    NoData,

    /// <summary>Gap: a stage with no KPI, though some backed evidence. Id <c>noKpi.{stage}</c>. Arguments: stage. Low.</summary>
    NoKpi,

    /// <summary>Gap: a touchpoint no team owns. Id <c>unownedTouchpoint.{touchpoint}</c>. Arguments: touchpoint, stage. Low.</summary>
    UnownedTouchpoint,

    /// <summary>
    /// Inconsistency: one touchpoint category rated far apart across channels: the best and the worst channel's mean
    /// (all ratings of the category's touchpoints on that channel, 2 places) differ by at least
    /// <see cref="AnalysisThresholds.SatisfactionSpread"/>. Touchpoints without a channel are not compared. Ties: the
    /// channel seen first in journey order. Id <c>categorySpread.{category}</c>; touchpoints: those on the two channels.
    /// Arguments: category, channel (best), satisfaction (best), channel (worst), satisfaction (worst), spread. Medium.
    /// </summary>
    CategorySpread,

    /// <summary>
    /// Inconsistency: personas feel positive in a stage (revealed mean above 0) whose touchpoints are rated at or below
    /// <see cref="AnalysisThresholds.LowSatisfaction"/>; the personas and those touchpoints are the finding's. Id
    /// <c>satisfactionBelowEmotion.{stage}</c>. Arguments: stage, count (personas), count (touchpoints), touchpoint
    /// (the lowest rated, ties: the earliest), satisfaction (its mean). Medium.
    /// </summary>
    SatisfactionBelowEmotion,

    /// <summary>
    /// Inconsistency: the reverse of <see cref="SatisfactionBelowEmotion"/>: revealed mean below 0, touchpoints rated at
    /// or above <see cref="AnalysisThresholds.HighSatisfaction"/>. Id <c>satisfactionAboveEmotion.{stage}</c>. Arguments:
    /// stage, count (personas), count (touchpoints), touchpoint (the highest rated), satisfaction (its mean). Medium.
    /// </summary>
    SatisfactionAboveEmotion,

    /// <summary>
    /// Inconsistency: a channel personas prefer (their profile's preferred channels) is offered in a stage (a touchpoint
    /// there has that channel, ignoring case) and not in the next one, which has touchpoints. The personas are the
    /// finding's; touchpoints: the first stage's on that channel. Id <c>channelBreak.{channel hash}.{from}.{to}</c>.
    /// Arguments: channel (as the first touchpoint writes it), stage (from), stage (to), count (personas). Medium.
    /// </summary>
    ChannelBreak,

    /// <summary>
    /// Overload: a stage with more touchpoints than <see cref="AnalysisThresholds.OverloadTouchpoints"/>. Id
    /// <c>overload.{stage}</c>. Arguments: stage, count (touchpoints), count (the threshold). Medium.
    /// </summary>
    Overload,

    /// <summary>
    /// Disagreement: a cell's revealed scores (two or more) spread by at least <see cref="AnalysisThresholds.DisagreementSpread"/>
    /// (population standard deviation) or fall on both sides of zero. Id <c>disagreement.{persona}.{stage}</c>.
    /// Arguments: persona, stage, spread, score (lowest), score (highest), count (scores). Medium when the spread
    /// reaches the threshold, Low when only the signs differ.
    /// </summary>
    Disagreement,

    /// <summary>
    /// Research gap: of a stage's claims (evidence notes on it and on its touchpoints) the assumption share, counting a
    /// partly backed note as half an assumption, is at least <see cref="AnalysisThresholds.ResearchGapShare"/>. Id
    /// <c>researchGap.{stage}</c>. Arguments: stage, share, count (assumptions), count (partly backed), count (claims).
    /// Medium when every claim is an assumption, else Low.
    /// </summary>
    ResearchGap,
}

/// <summary>Stable codes for finding kinds and touchpoint categories, written out so renaming an enum member never changes an id.</summary>
public static class FindingKinds
{
    /// <summary>The code of a kind: the start of every finding id of that kind and of the app's resource key.</summary>
    public static string CodeOf(FindingKind kind) => kind switch
    {
        FindingKind.LowEmotion => "lowEmotion",
        FindingKind.WrittenPainPoint => "writtenPainPoint",
        FindingKind.LowestStage => "lowestStage",
        FindingKind.LargestFall => "largestFall",
        FindingKind.Bottleneck => "bottleneck",
        FindingKind.NoStageVolumes => "noStageVolumes",
        FindingKind.MissingVolume => "missingVolume",
        FindingKind.PeriodMismatch => "periodMismatch",
        FindingKind.ZeroVolume => "zeroVolume",
        FindingKind.NoTouchpoints => "noTouchpoints",
        FindingKind.MissingCells => "missingCells",
        FindingKind.NoData => "noData",
        FindingKind.NoKpi => "noKpi",
        FindingKind.UnownedTouchpoint => "unownedTouchpoint",
        FindingKind.CategorySpread => "categorySpread",
        FindingKind.SatisfactionBelowEmotion => "satisfactionBelowEmotion",
        FindingKind.SatisfactionAboveEmotion => "satisfactionAboveEmotion",
        FindingKind.ChannelBreak => "channelBreak",
        FindingKind.Overload => "overload",
        FindingKind.Disagreement => "disagreement",
        FindingKind.ResearchGap => "researchGap",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The method's group of a kind.</summary>
    public static FindingGroup GroupOf(FindingKind kind) => kind switch
    {
        FindingKind.LowEmotion or FindingKind.WrittenPainPoint => FindingGroup.PainPoint,
        FindingKind.LowestStage or FindingKind.LargestFall => FindingGroup.EmotionDip,
        FindingKind.Bottleneck => FindingGroup.Bottleneck,
        FindingKind.NoStageVolumes or FindingKind.MissingVolume or FindingKind.PeriodMismatch or FindingKind.ZeroVolume => FindingGroup.DataGap,
        FindingKind.NoTouchpoints or FindingKind.MissingCells or FindingKind.NoData or FindingKind.NoKpi or FindingKind.UnownedTouchpoint => FindingGroup.Gap,
        FindingKind.CategorySpread or FindingKind.SatisfactionBelowEmotion or FindingKind.SatisfactionAboveEmotion or FindingKind.ChannelBreak => FindingGroup.Inconsistency,
        FindingKind.Overload => FindingGroup.Overload,
        FindingKind.Disagreement => FindingGroup.Disagreement,
        FindingKind.ResearchGap => FindingGroup.ResearchGap,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The code of a touchpoint category, as a <see cref="FindingArgumentType.Category"/> argument and in ids.</summary>
    public static string CodeOf(TouchpointCategory category) => category switch
    {
        TouchpointCategory.Marketing => "marketing",
        TouchpointCategory.Sales => "sales",
        TouchpointCategory.CustomerSuccess => "customerSuccess",
        TouchpointCategory.Service => "service",
        TouchpointCategory.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
