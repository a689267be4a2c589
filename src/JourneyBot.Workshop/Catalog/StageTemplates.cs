namespace JourneyBot.Workshop;

/// <summary>The stage sets a map can start from (docs/method.md, Step 2).</summary>
public enum StageTemplate
{
    Saas,
    Services,
    Classic,
    BuyersJourney,
    Custom,
}

/// <summary>Stable keys of template stages; the app labels them by template and key (e.g. SaaS "awareness" is 인지, Services "awareness" is 인식).</summary>
public static class StageKeys
{
    public const string Awareness = "awareness";
    public const string Consideration = "consideration";

    /// <summary>SaaS "purchase/sign-up".</summary>
    public const string SignUp = "signUp";

    /// <summary>Services "purchase/acquisition".</summary>
    public const string Purchase = "purchase";
    public const string Decision = "decision";
    public const string Onboarding = "onboarding";
    public const string Adoption = "adoption";
    public const string Retention = "retention";
    public const string Expansion = "expansion";
    public const string Advocacy = "advocacy";
    public const string Loyalty = "loyalty";
}

/// <summary>Each template's stage keys, in journey order.</summary>
public static class StageTemplates
{
    private static readonly IReadOnlyList<string> Saas =
    [
        StageKeys.Awareness, StageKeys.Consideration, StageKeys.SignUp, StageKeys.Onboarding,
        StageKeys.Adoption, StageKeys.Retention, StageKeys.Expansion, StageKeys.Advocacy,
    ];

    private static readonly IReadOnlyList<string> Services =
        [StageKeys.Awareness, StageKeys.Consideration, StageKeys.Purchase, StageKeys.Retention, StageKeys.Advocacy];

    private static readonly IReadOnlyList<string> Classic =
        [StageKeys.Awareness, StageKeys.Consideration, StageKeys.Decision, StageKeys.Retention, StageKeys.Loyalty];

    private static readonly IReadOnlyList<string> BuyersJourney =
        [StageKeys.Awareness, StageKeys.Consideration, StageKeys.Decision];

    /// <summary>The stage keys <paramref name="template"/> starts with; none for Custom, where the team names its own.</summary>
    public static IReadOnlyList<string> StageKeysOf(StageTemplate template) => template switch
    {
        StageTemplate.Saas => Saas,
        StageTemplate.Services => Services,
        StageTemplate.Classic => Classic,
        StageTemplate.BuyersJourney => BuyersJourney,
        _ => [],
    };
}
