namespace JourneyBot.Workshop;

/// <summary>A measured number for one stage (step 4).</summary>
public sealed record Kpi : IContribution
{
    public required string Id { get; init; }

    public required string StageId { get; init; }

    public required KpiDetails Details { get; init; }

    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What a KPI measures and what it reads.</summary>
public sealed record KpiDetails
{
    public required string Name { get; init; }

    public required decimal Value { get; init; }

    /// <summary>E.g. "per month", "Q3 2026".</summary>
    public string? Period { get; init; }

    public decimal? Target { get; init; }

    public required EvidenceSource Source { get; init; }

    /// <summary>True for the one KPI per stage that counts the customers in it; conversion is computed from these.</summary>
    public bool IsStageVolume { get; init; }

    /// <summary>Set when it came from <see cref="KpiSuggestions"/>, so the app can label it in the workshop's language.</summary>
    public string? SuggestionKey { get; init; }
}

/// <summary>Where feedback and data come from (docs/method.md, Step 4).</summary>
public enum EvidenceSource
{
    Survey,
    Interview,
    UserTesting,
    Social,
    WebAnalytics,
    Support,
    Crm,
    Calls,
    Reviews,
    Observation,
}
