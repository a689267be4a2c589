using System.Globalization;

namespace JourneyBot.Workshop;

/// <summary>
/// One thing step 6's analysis found on the map (docs/method.md, Step 6): what it is about, how serious, and the
/// numbers behind it, as values the app localizes (one resource per <see cref="Code"/>, the arguments in order).
/// </summary>
/// <remarks>
/// Subjects that are lists (the personas sharing a finding, the touchpoints behind it) are in <see cref="PersonaIds"/>,
/// <see cref="TouchpointIds"/> and <see cref="KpiIds"/>, for the app to show as names under the sentence; the
/// sentence's own arguments are scalars. Each <see cref="FindingKind"/> documents its arguments.
/// </remarks>
public sealed record Finding
{
    /// <summary>Deterministic from the kind and its subject (e.g. "lowEmotion.p1.onboarding"), so an idea can point to it across renders.</summary>
    public required string Id { get; init; }

    public required FindingKind Kind { get; init; }

    public required FindingSeverity Severity { get; init; }

    /// <summary>The stage it is about; for a pair of stages, the first. Null for findings about the whole map or a touchpoint category.</summary>
    public string? StageId { get; init; }

    /// <summary>For findings about two consecutive stages, the second.</summary>
    public string? NextStageId { get; init; }

    /// <summary>The personas it concerns, in persona order; how many share it orders findings of one severity.</summary>
    public IReadOnlyList<string> PersonaIds { get; init; } = [];

    /// <summary>The touchpoints behind it, in journey order.</summary>
    public IReadOnlyList<string> TouchpointIds { get; init; } = [];

    /// <summary>The KPIs behind it (bottlenecks and data gaps of the funnel).</summary>
    public IReadOnlyList<string> KpiIds { get; init; } = [];

    /// <summary>The sentence's arguments, in the order <see cref="Kind"/> documents.</summary>
    public IReadOnlyList<FindingArgument> Arguments { get; init; } = [];

    /// <summary>The stable code of <see cref="Kind"/> (<see cref="FindingKinds.CodeOf"/>): the start of <see cref="Id"/> and of the app's resource key.</summary>
    public string Code => FindingKinds.CodeOf(Kind);

    /// <summary>The group the method names it by (pain points, bottlenecks, gaps, ...), for headings.</summary>
    public FindingGroup Group => FindingKinds.GroupOf(Kind);

    /// <summary>Severity, id and arguments, e.g. "High lowEmotion.p1.onboarding (persona p1, stage onboarding, mean -1.5, count 2)"; for logs and test messages.</summary>
    public override string ToString() =>
        Arguments.Count == 0 ? $"{Severity} {Id}" : $"{Severity} {Id} ({string.Join(", ", Arguments)})";
}

/// <summary>How much a finding matters; findings are listed High first. The rule for each kind is on <see cref="FindingKind"/>.</summary>
public enum FindingSeverity
{
    /// <summary>Customers clearly struggle or leave here: the team agrees they feel bad, a steep emotional fall, the funnel's largest drop.</summary>
    High = 0,

    /// <summary>A likely problem, or data missing that hides one.</summary>
    Medium = 1,

    /// <summary>Worth a look: map hygiene and weaker signals.</summary>
    Low = 2,
}

/// <summary>The method's names for what step 6 looks for (docs/method.md, Step 6).</summary>
public enum FindingGroup
{
    PainPoint,
    EmotionDip,
    Bottleneck,
    DataGap,
    Gap,
    Inconsistency,
    Overload,
    Disagreement,
    ResearchGap,
}

/// <summary>A value in a finding's sentence: a reference the app resolves to a label, the team's own text, or a number with its format.</summary>
/// <param name="Type">What it is, and so how the app shows it.</param>
/// <param name="Text">For references: the id (stage, persona, touchpoint, KPI) or the category code; for channel and period: the team's text as written (a period may be null: not given).</param>
/// <param name="Number">For numbers: the value, already rounded (means 2 places, rates 4).</param>
public sealed record FindingArgument(FindingArgumentType Type, string? Text, decimal? Number)
{
    public static FindingArgument Stage(string stageId) => new(FindingArgumentType.Stage, stageId, null);

    public static FindingArgument Persona(string personaId) => new(FindingArgumentType.Persona, personaId, null);

    public static FindingArgument Touchpoint(string touchpointId) => new(FindingArgumentType.Touchpoint, touchpointId, null);

    public static FindingArgument Kpi(string kpiId) => new(FindingArgumentType.Kpi, kpiId, null);

    public static FindingArgument Category(TouchpointCategory category) => new(FindingArgumentType.Category, FindingKinds.CodeOf(category), null);

    public static FindingArgument Channel(string channel) => new(FindingArgumentType.Channel, channel, null);

    public static FindingArgument Period(string? period) => new(FindingArgumentType.Period, period, null);

    public static FindingArgument Mean(decimal value) => new(FindingArgumentType.Mean, null, value);

    public static FindingArgument Spread(decimal value) => new(FindingArgumentType.Spread, null, value);

    public static FindingArgument Satisfaction(decimal value) => new(FindingArgumentType.Satisfaction, null, value);

    public static FindingArgument Score(int value) => new(FindingArgumentType.Score, null, value);

    public static FindingArgument Volume(decimal value) => new(FindingArgumentType.Volume, null, value);

    public static FindingArgument Rate(decimal value) => new(FindingArgumentType.Rate, null, value);

    public static FindingArgument Share(decimal value) => new(FindingArgumentType.Share, null, value);

    public static FindingArgument Count(int value) => new(FindingArgumentType.Count, null, value);

    /// <summary>E.g. "stage onboarding", "mean -1.5", "period (none)"; for logs and test messages.</summary>
    public override string ToString() =>
        $"{FindingArgumentTypes.Name(Type)} {(Number is { } number ? number.ToString("0.####", CultureInfo.InvariantCulture) : Text ?? "(none)")}";
}

/// <summary>What a <see cref="FindingArgument"/> holds and how the app shows it.</summary>
public enum FindingArgumentType
{
    /// <summary>A stage id: label it as the app labels stages (template and key, or the team's name).</summary>
    Stage,

    /// <summary>A persona id: show the persona's name.</summary>
    Persona,

    /// <summary>A touchpoint id: show its name.</summary>
    Touchpoint,

    /// <summary>A KPI id: show its name.</summary>
    Kpi,

    /// <summary>A touchpoint category code (<c>marketing</c>, <c>sales</c>, <c>customerSuccess</c>, <c>service</c>, <c>other</c>): localize it.</summary>
    Category,

    /// <summary>A channel as the team wrote it (e.g. "email"): show as is.</summary>
    Channel,

    /// <summary>A KPI period as the team wrote it, or null when not given: show as is, or "not given".</summary>
    Period,

    /// <summary>An emotion mean, -2..+2, 2 places.</summary>
    Mean,

    /// <summary>An emotion population standard deviation or a difference of means, 2 places.</summary>
    Spread,

    /// <summary>A satisfaction mean, 1..5, 2 places.</summary>
    Satisfaction,

    /// <summary>One emotion score, -2..+2.</summary>
    Score,

    /// <summary>A KPI value (a stage's volume).</summary>
    Volume,

    /// <summary>A conversion or drop-off rate as a fraction, 4 places: show as a percentage.</summary>
    Rate,

    /// <summary>A share as a fraction, 4 places: show as a percentage.</summary>
    Share,

    /// <summary>A whole number of things (scores, personas, touchpoints, claims) or a threshold.</summary>
    Count,
}

/// <summary>Short names of argument types for <see cref="FindingArgument.ToString"/>.</summary>
internal static class FindingArgumentTypes
{
    public static string Name(FindingArgumentType type) => type switch
    {
        FindingArgumentType.Stage => "stage",
        FindingArgumentType.Persona => "persona",
        FindingArgumentType.Touchpoint => "touchpoint",
        FindingArgumentType.Kpi => "kpi",
        FindingArgumentType.Category => "category",
        FindingArgumentType.Channel => "channel",
        FindingArgumentType.Period => "period",
        FindingArgumentType.Mean => "mean",
        FindingArgumentType.Spread => "spread",
        FindingArgumentType.Satisfaction => "satisfaction",
        FindingArgumentType.Score => "score",
        FindingArgumentType.Volume => "volume",
        FindingArgumentType.Rate => "rate",
        FindingArgumentType.Share => "share",
        FindingArgumentType.Count => "count",
        _ => type.ToString(),
    };
}
