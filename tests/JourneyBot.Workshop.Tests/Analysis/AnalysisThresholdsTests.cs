namespace JourneyBot.Workshop.Tests.Analysis;

/// <summary>The thresholds the app binds from <c>Analysis:*</c> and validates at start.</summary>
public sealed class AnalysisThresholdsTests
{
    [Fact]
    public void The_defaults_are_the_methods_and_valid()
    {
        var defaults = AnalysisThresholds.Default;

        Assert.Equal((-1m, 2m, 1.5m, 2m, 2m, 4m, 7, 0.5m), (defaults.PainMean, defaults.SteepFall, defaults.DisagreementSpread, defaults.SatisfactionSpread, defaults.LowSatisfaction, defaults.HighSatisfaction, defaults.OverloadTouchpoints, defaults.ResearchGapShare));
        Assert.Empty(defaults.Validate());
    }

    [Theory]
    [InlineData("painMean", -2.01, "-2 2")]
    [InlineData("painMean", 2.01, "-2 2")]
    [InlineData("steepFall", 0.49, "0.5 4")]
    [InlineData("disagreementSpread", 2.01, "0.5 2")]
    [InlineData("satisfactionSpread", 0.4, "0.5 4")]
    [InlineData("lowSatisfaction", 4.5, "1 4")]
    [InlineData("highSatisfaction", 1.5, "2 5")]
    [InlineData("overloadTouchpoints", 0, "1 100")]
    [InlineData("overloadTouchpoints", 101, "1 100")]
    [InlineData("researchGapShare", 0, "0.01 1")]
    [InlineData("researchGapShare", 1.01, "0.01 1")]
    public void A_threshold_out_of_its_range_is_a_problem_with_the_range(string field, double value, string range)
    {
        var thresholds = With(field, (decimal)value);

        var problem = Assert.Single(thresholds.Validate());

        Assert.Equal((field, ErrorCodes.OutOfRange, range), (problem.Field, problem.Code, string.Join(' ', problem.Arguments)));
        Assert.Throws<ArgumentException>(() => MapAnalysis.Of(Sample.Workshop(), thresholds));
    }

    [Theory]
    [InlineData("painMean", -2)]
    [InlineData("painMean", 2)]
    [InlineData("steepFall", 4)]
    [InlineData("disagreementSpread", 0.5)]
    [InlineData("satisfactionSpread", 4)]
    [InlineData("lowSatisfaction", 1)]
    [InlineData("highSatisfaction", 5)]
    [InlineData("overloadTouchpoints", 100)]
    [InlineData("researchGapShare", 1)]
    public void The_ends_of_each_range_are_valid(string field, double value)
    {
        Assert.Empty(With(field, (decimal)value).Validate());
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    public void High_satisfaction_must_sit_above_low(double low, double high)
    {
        var thresholds = new AnalysisThresholds { LowSatisfaction = (decimal)low, HighSatisfaction = (decimal)high };

        var problem = Assert.Single(thresholds.Validate());

        Assert.Equal(("highSatisfaction", ErrorCodes.OutOfRange, $"{low + 0.01} 5"), (problem.Field, problem.Code, string.Join(' ', problem.Arguments)));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_field_order()
    {
        var thresholds = new AnalysisThresholds { PainMean = 3, OverloadTouchpoints = 0, ResearchGapShare = 2 };

        Assert.Equal(["painMean", "overloadTouchpoints", "researchGapShare"], thresholds.Validate().Select(problem => problem.Field));
    }

    private static AnalysisThresholds With(string field, decimal value) => field switch
    {
        "painMean" => new AnalysisThresholds { PainMean = value },
        "steepFall" => new AnalysisThresholds { SteepFall = value },
        "disagreementSpread" => new AnalysisThresholds { DisagreementSpread = value },
        "satisfactionSpread" => new AnalysisThresholds { SatisfactionSpread = value },
        "lowSatisfaction" => new AnalysisThresholds { LowSatisfaction = value },
        "highSatisfaction" => new AnalysisThresholds { HighSatisfaction = value },
        "overloadTouchpoints" => new AnalysisThresholds { OverloadTouchpoints = (int)value },
        "researchGapShare" => new AnalysisThresholds { ResearchGapShare = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
