namespace JourneyBot.Workshop;

/// <summary>Every limit the domain enforces, public so cards can state them next to the input.</summary>
public static class Limits
{
    /// <summary>Ids are 1 to this many of A-Z, a-z, 0-9, '-' and '_' (the app makes them, e.g. Guid "N").</summary>
    public const int MaxIdLength = 64;

    /// <summary>A workshop name.</summary>
    public const int MaxWorkshopNameLength = 100;

    /// <summary>Names: personas, stages, touchpoints, KPIs.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Short attributes: age range, job title, channel, period, an emotion word.</summary>
    public const int MaxShortTextLength = 200;

    /// <summary>Free text: a goal, pain points, a day in their life, an evidence note.</summary>
    public const int MaxLongTextLength = 2000;

    /// <summary>Co-facilitators besides the facilitator.</summary>
    public const int MaxCoFacilitators = 10;

    /// <summary>Stages in one map.</summary>
    public const int MaxStages = 20;

    /// <summary>Personas the guides recommend, at least (fewer gives a hint, not an error).</summary>
    public const int RecommendedMinPersonas = 3;

    /// <summary>Personas the guides recommend, at most (more gives a hint, not an error).</summary>
    public const int RecommendedMaxPersonas = 5;

    /// <summary>Lowest emotion score: very negative.</summary>
    public const int MinEmotionScore = -2;

    /// <summary>Highest emotion score: very positive.</summary>
    public const int MaxEmotionScore = 2;

    /// <summary>Lowest rating on the 1-to-5 scales (channel fit, satisfaction).</summary>
    public const int MinRating = 1;

    /// <summary>Highest rating on the 1-to-5 scales (channel fit, satisfaction).</summary>
    public const int MaxRating = 5;

    /// <summary>A stage with more touchpoints than this asks too much of the customer (docs/method.md, Step 3).</summary>
    public const int DefaultTouchpointListThreshold = 7;

    /// <summary>Fewest dot votes a facilitator may give each person.</summary>
    public const int MinVotesPerPerson = 1;

    /// <summary>Most dot votes a facilitator may give each person.</summary>
    public const int MaxVotesPerPerson = 10;

    /// <summary>Dot votes per person when the facilitator does not say.</summary>
    public const int DefaultVotesPerPerson = 3;

    /// <summary>
    /// An analysis finding's id an idea refers to: longer than an item id, since a finding's id may be made of several
    /// (e.g. a rule and a stage), and it may use '.' and ':' besides the id characters.
    /// </summary>
    public const int MaxFindingIdLength = 200;

    /// <summary>A mean impact (customer and business together) or effort at least this high counts as high on the impact x effort grid.</summary>
    public const decimal GridHighFrom = 3m;

    /// <summary>KPI values and targets: large enough for impressions, small enough for a table column.</summary>
    public const decimal MaxKpiValue = 1_000_000_000_000m;

    /// <summary>An action item's title (step 7): a sentence, a little longer than a name.</summary>
    public const int MaxActionTitleLength = 200;

    /// <summary>How far back an action's due date may lie when it is set, in years (recording what was due last quarter is fine; 1900 is a typo).</summary>
    public const int ActionDueYearsBack = 1;

    /// <summary>How far ahead an action's due date may lie when it is set, in years.</summary>
    public const int ActionDueYearsAhead = 10;
}
