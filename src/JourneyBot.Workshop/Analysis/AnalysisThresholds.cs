namespace JourneyBot.Workshop;

/// <summary>
/// The numbers step 6's rules compare with (docs/method.md, Step 6). Settable so the app can bind <c>Analysis:*</c>
/// options to it; <see cref="Validate"/> at start, since <see cref="MapAnalysis.Of"/> refuses invalid thresholds.
/// </summary>
public sealed record AnalysisThresholds
{
    /// <summary>A revealed mean at or below this is a pain point (-2..+2; default -1).</summary>
    public decimal PainMean { get; init; } = -1m;

    /// <summary>A fall between consecutive stages' means from this on is High (0.5..4; default 2, half the scale).</summary>
    public decimal SteepFall { get; init; } = 2m;

    /// <summary>A cell whose scores' population standard deviation reaches this is a disagreement (0.5..2; default 1.5).</summary>
    public decimal DisagreementSpread { get; init; } = 1.5m;

    /// <summary>Channels of one touchpoint category whose satisfaction means differ by this much are inconsistent (0.5..4; default 2).</summary>
    public decimal SatisfactionSpread { get; init; } = 2m;

    /// <summary>A touchpoint rated at or below this is rated low (1..4; default 2).</summary>
    public decimal LowSatisfaction { get; init; } = 2m;

    /// <summary>A touchpoint rated at or above this is rated high (2..5 and above <see cref="LowSatisfaction"/>; default 4).</summary>
    public decimal HighSatisfaction { get; init; } = 4m;

    /// <summary>A stage with more touchpoints than this is overloaded (1..100; default the step 3 warning's, 7).</summary>
    public int OverloadTouchpoints { get; init; } = Limits.DefaultTouchpointListThreshold;

    /// <summary>A stage whose claims are assumptions at least this share is a research gap (0.01..1; default 0.5).</summary>
    public decimal ResearchGapShare { get; init; } = 0.5m;

    /// <summary>The defaults above.</summary>
    public static AnalysisThresholds Default { get; } = new();

    /// <summary>What is wrong, as errors on camel-case fields (<c>outOfRange</c> with the minimum and maximum); empty when valid.</summary>
    public IReadOnlyList<ValidationError> Validate()
    {
        var checks = new Checks();
        checks.Range("painMean", PainMean, Limits.MinEmotionScore, Limits.MaxEmotionScore);
        checks.Range("steepFall", SteepFall, 0.5m, Limits.MaxEmotionScore - Limits.MinEmotionScore);
        checks.Range("disagreementSpread", DisagreementSpread, 0.5m, 2m);
        checks.Range("satisfactionSpread", SatisfactionSpread, 0.5m, Limits.MaxRating - Limits.MinRating);
        checks.Range("lowSatisfaction", LowSatisfaction, Limits.MinRating, Limits.MaxRating - 1);
        checks.Range("highSatisfaction", HighSatisfaction, Limits.MinRating + 1, Limits.MaxRating);
        if (LowSatisfaction >= HighSatisfaction && LowSatisfaction is >= Limits.MinRating and <= Limits.MaxRating - 1
            && HighSatisfaction is >= Limits.MinRating + 1 and <= Limits.MaxRating)
        {
            // No touchpoint may be rated both low and high: high must sit above low.
            checks.Fail("highSatisfaction", ErrorCodes.OutOfRange, LowSatisfaction + 0.01m, (decimal)Limits.MaxRating);
        }

        checks.Range("overloadTouchpoints", OverloadTouchpoints, 1, 100);
        checks.Range("researchGapShare", ResearchGapShare, 0.01m, 1m);
        return checks.Errors;
    }
}
