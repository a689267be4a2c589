namespace JourneyBot.Workshop;

/// <summary>An interaction between the customer and the company in one stage (step 3).</summary>
public sealed record Touchpoint : IContribution
{
    public required string Id { get; init; }

    public required string StageId { get; init; }

    public required TouchpointDetails Details { get; init; }

    /// <summary>How well the channel fits, once someone has rated it.</summary>
    public ChannelFit? Fit { get; init; }

    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What the team says about a touchpoint.</summary>
public sealed record TouchpointDetails
{
    public required string Name { get; init; }

    public required TouchpointCategory Category { get; init; }

    public required ChannelMode Mode { get; init; }

    /// <summary>E.g. "email", "LinkedIn", "phone".</summary>
    public string? Channel { get; init; }

    /// <summary>The team that runs and improves it.</summary>
    public string? OwningTeam { get; init; }

    /// <summary>Set when it came from <see cref="TouchpointSuggestions"/>, so the app can label it in the workshop's language.</summary>
    public string? SuggestionKey { get; init; }
}

/// <summary>Who in the company owns the kind of interaction (docs/method.md, Step 3).</summary>
public enum TouchpointCategory
{
    Marketing,
    Sales,
    CustomerSuccess,
    Service,
    Other,
}

/// <summary>Online and offline touchpoints both count.</summary>
public enum ChannelMode
{
    Online,
    Offline,
}

/// <summary>How well a touchpoint's channel suits (step 3): each criterion 1..5.</summary>
public sealed record ChannelFit(int PersonaPreference, int StageRelevance, int ResourceAvailability)
{
    /// <summary>The mean of the three, to two places: one number to sort channels by.</summary>
    public decimal Combined => Math.Round((PersonaPreference + StageRelevance + ResourceAvailability) / 3m, 2);
}
