namespace JourneyBot.Workshop;

/// <summary>A customer the map follows (step 1): a name and every attribute group of the method (docs/method.md, Step 1).</summary>
public sealed record Persona : IContribution
{
    public required string Id { get; init; }

    public required PersonaProfile Profile { get; init; }

    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Set when the persona came from <see cref="ExamplePersonas"/>, so the app can label it in the workshop's language.</summary>
    public string? ExampleKey { get; init; }
}

/// <summary>What the team knows about a persona; only the name is required.</summary>
public sealed record PersonaProfile
{
    /// <summary>Unique in the map, case-insensitively.</summary>
    public required string Name { get; init; }

    public Demographics Demographics { get; init; } = new();

    public Firmographics Firmographics { get; init; } = new();

    public PersonaRole Role { get; init; } = new();

    public PersonaBehaviour Behaviour { get; init; } = new();

    public string? Goals { get; init; }

    public string? PainPoints { get; init; }

    public string? PreferredChannels { get; init; }

    public string? TypicalQuestions { get; init; }

    public string? DayInTheLife { get; init; }

    /// <summary>What makes them look for a solution.</summary>
    public string? TriggerEvents { get; init; }

    /// <summary>The research the persona rests on.</summary>
    public ResearchSources ResearchSources { get; init; }
}

/// <summary>Who the persona is as a person.</summary>
public sealed record Demographics
{
    public string? AgeRange { get; init; }

    public string? Gender { get; init; }

    public string? Location { get; init; }

    public string? Income { get; init; }

    public string? Education { get; init; }
}

/// <summary>The company the persona works for (B2B).</summary>
public sealed record Firmographics
{
    public string? CompanySize { get; init; }

    public string? Industry { get; init; }

    public string? Revenue { get; init; }

    public string? Location { get; init; }

    public string? TechStack { get; init; }
}

/// <summary>The persona's job.</summary>
public sealed record PersonaRole
{
    public string? JobTitle { get; init; }

    public string? ReportsTo { get; init; }
}

/// <summary>What the persona does that the team can observe.</summary>
public sealed record PersonaBehaviour
{
    public string? WebActivity { get; init; }

    public string? PurchaseHistory { get; init; }

    public string? ProductUsage { get; init; }

    public string? SupportContacts { get; init; }
}

/// <summary>The research a persona rests on; any combination.</summary>
[Flags]
#pragma warning disable CA1711 // "Sources" is the workshop's word, not a collection suffix.
public enum ResearchSources
#pragma warning restore CA1711
{
    None = 0,
    Interviews = 1,
    Surveys = 2,
    SocialListening = 4,
    WebAnalytics = 8,
}

/// <summary>A persona to add: the caller's id and the profile.</summary>
public sealed record NewPersona(string Id, PersonaProfile Profile, string? ExampleKey = null);
