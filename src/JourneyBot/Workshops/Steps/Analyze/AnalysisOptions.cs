using JourneyBot.Workshop;
using Microsoft.Extensions.Options;

namespace JourneyBot.Workshops.Steps.Analyze;

/// <summary>Step 6's thresholds (docs/method.md, Step 6), bound from section <c>Analysis</c>; the defaults are the method's.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    public decimal PainMean { get; set; } = AnalysisThresholds.Default.PainMean;
    public decimal SteepFall { get; set; } = AnalysisThresholds.Default.SteepFall;
    public decimal DisagreementSpread { get; set; } = AnalysisThresholds.Default.DisagreementSpread;
    public decimal SatisfactionSpread { get; set; } = AnalysisThresholds.Default.SatisfactionSpread;
    public decimal LowSatisfaction { get; set; } = AnalysisThresholds.Default.LowSatisfaction;
    public decimal HighSatisfaction { get; set; } = AnalysisThresholds.Default.HighSatisfaction;
    public int OverloadTouchpoints { get; set; } = AnalysisThresholds.Default.OverloadTouchpoints;
    public decimal ResearchGapShare { get; set; } = AnalysisThresholds.Default.ResearchGapShare;

    public AnalysisThresholds ToThresholds() => new()
    {
        PainMean = PainMean,
        SteepFall = SteepFall,
        DisagreementSpread = DisagreementSpread,
        SatisfactionSpread = SatisfactionSpread,
        LowSatisfaction = LowSatisfaction,
        HighSatisfaction = HighSatisfaction,
        OverloadTouchpoints = OverloadTouchpoints,
        ResearchGapShare = ResearchGapShare,
    };
}

/// <summary>Refuses to start with thresholds the rules cannot use, naming each setting and its range.</summary>
internal sealed class AnalysisOptionsValidator : IValidateOptions<AnalysisOptions>
{
    public ValidateOptionsResult Validate(string? name, AnalysisOptions options)
    {
        var problems = options.ToThresholds().Validate();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem =>
                $"{AnalysisOptions.Section}:{char.ToUpperInvariant(problem.Field[0])}{problem.Field[1..]} is out of range ({string.Join(" to ", problem.Arguments)})."));
    }
}

/// <summary>The analysis of a map with the configured thresholds: computed from the map already loaded, never stored.</summary>
public sealed class Analyses(IOptions<AnalysisOptions> options)
{
    private readonly AnalysisThresholds _thresholds = options.Value.ToThresholds();

    public MapAnalysis Of(JourneyMap map) => MapAnalysis.Of(map, _thresholds);
}
