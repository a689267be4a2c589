namespace JourneyBot.Workshop;

/// <summary>KPIs the home-services guide suggests per stage (docs/method.md, Step 4), as stable keys the app labels.</summary>
/// <remarks>
/// The guide names awareness, consideration, purchase, retention and advocacy; the other templates' stages that play
/// the same part borrow them: SaaS sign-up and classic decision take purchase's, classic loyalty takes retention's.
/// Onboarding, adoption, expansion and custom stages have no suggestions.
/// </remarks>
public static class KpiSuggestions
{
    private static readonly IReadOnlyList<string> Awareness = ["digitalImpressions"];
    private static readonly IReadOnlyList<string> Consideration = ["sessions", "phoneCalls"];
    private static readonly IReadOnlyList<string> Purchase = ["onlineBookingsStarted", "onlineBookingsCompleted", "jobsBooked"];
    private static readonly IReadOnlyList<string> Retention = ["repeatCustomers"];
    private static readonly IReadOnlyList<string> Advocacy = ["customerReviews"];

    /// <summary>Every suggested KPI key.</summary>
    public static IReadOnlyList<string> AllKeys { get; } = [.. Awareness, .. Consideration, .. Purchase, .. Retention, .. Advocacy];

    /// <summary>The KPI keys suggested for a template stage key; none for other keys and custom stages (null key).</summary>
    public static IReadOnlyList<string> ForStage(string? stageKey) => stageKey switch
    {
        StageKeys.Awareness => Awareness,
        StageKeys.Consideration => Consideration,
        StageKeys.Purchase or StageKeys.SignUp or StageKeys.Decision => Purchase,
        StageKeys.Retention or StageKeys.Loyalty => Retention,
        StageKeys.Advocacy => Advocacy,
        _ => [],
    };

    /// <summary>
    /// The KPI keys suggested for the stage <paramref name="stageId"/> of <paramref name="map"/> that none of its KPIs was
    /// added from yet, in suggestion order: a suggestion taken is not offered again. None for a stage the map does not have.
    /// </summary>
    public static IReadOnlyList<string> UnusedFor(JourneyMap map, string stageId)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Stages.FirstOrDefault(stage => stage.Id == stageId) is not { } found)
        {
            return [];
        }

        var used = map.KpisIn(stageId).Select(kpi => kpi.Details.SuggestionKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. ForStage(found.Key).Where(key => !used.Contains(key))];
    }
}
