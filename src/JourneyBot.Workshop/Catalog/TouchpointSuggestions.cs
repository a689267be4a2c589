namespace JourneyBot.Workshop;

/// <summary>A touchpoint the team may pick instead of typing one: a stable key the app labels, its category and whether it is online.</summary>
public sealed record TouchpointSuggestion(string Key, TouchpointCategory Category, ChannelMode Mode);

/// <summary>The touchpoints the method lists per category, plus its examples, as stable keys (docs/method.md, Step 3).</summary>
public static class TouchpointSuggestions
{
    /// <summary>All suggestions: the category lists first, then the examples.</summary>
    public static IReadOnlyList<TouchpointSuggestion> All { get; } =
    [
        new("website", TouchpointCategory.Marketing, ChannelMode.Online),
        new("blog", TouchpointCategory.Marketing, ChannelMode.Online),
        new("socialMedia", TouchpointCategory.Marketing, ChannelMode.Online),
        new("ads", TouchpointCategory.Marketing, ChannelMode.Online),
        new("events", TouchpointCategory.Marketing, ChannelMode.Offline),
        new("webinars", TouchpointCategory.Marketing, ChannelMode.Online),
        new("demo", TouchpointCategory.Sales, ChannelMode.Online),
        new("salesCall", TouchpointCategory.Sales, ChannelMode.Offline),
        new("proposal", TouchpointCategory.Sales, ChannelMode.Online),
        new("pricingPage", TouchpointCategory.Sales, ChannelMode.Online),
        new("onboardingEmails", TouchpointCategory.CustomerSuccess, ChannelMode.Online),
        new("tutorials", TouchpointCategory.CustomerSuccess, ChannelMode.Online),
        new("knowledgeBase", TouchpointCategory.CustomerSuccess, ChannelMode.Online),
        new("supportTickets", TouchpointCategory.CustomerSuccess, ChannelMode.Online),
        new("feedbackSurveys", TouchpointCategory.CustomerSuccess, ChannelMode.Online),
        new("whitePaperDownload", TouchpointCategory.Marketing, ChannelMode.Online),
        new("demoRequest", TouchpointCategory.Sales, ChannelMode.Online),
        new("newsletterSignUp", TouchpointCategory.Marketing, ChannelMode.Online),
        new("paidAdClick", TouchpointCategory.Marketing, ChannelMode.Online),
        new("offSiteMention", TouchpointCategory.Marketing, ChannelMode.Online),
        new("socialMediaMention", TouchpointCategory.Marketing, ChannelMode.Online),
        new("phoneBooking", TouchpointCategory.Service, ChannelMode.Offline),
    ];

    /// <summary>
    /// The suggestions none of the touchpoints of stage <paramref name="stageId"/> was added from yet, in the order of
    /// <see cref="All"/>: a suggestion taken in a stage is not offered there again (another stage may still take it).
    /// </summary>
    public static IReadOnlyList<TouchpointSuggestion> UnusedFor(JourneyMap map, string stageId)
    {
        ArgumentNullException.ThrowIfNull(map);
        var used = map.TouchpointsIn(stageId).Select(touchpoint => touchpoint.Details.SuggestionKey).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. All.Where(suggestion => !used.Contains(suggestion.Key))];
    }

    /// <summary>The suggestions of one category, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<TouchpointSuggestion> For(TouchpointCategory category) =>
        [.. All.Where(suggestion => suggestion.Category == category)];
}
