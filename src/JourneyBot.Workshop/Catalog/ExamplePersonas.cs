namespace JourneyBot.Workshop;

/// <summary>One of the sample personas a team can load to start simple: a stable key and its profile in English.</summary>
public sealed record ExamplePersona(string Key, PersonaProfile Profile);

/// <summary>The three SaaS example personas of the method (docs/method.md, Step 1), as data.</summary>
/// <remarks>
/// The profiles are English. Loaded personas become the team's own text to edit, so the app translates when it
/// loads them: for a Korean workshop it replaces the text by resources keyed "{Key}.{field}" and passes
/// <see cref="ExamplePersona.Key"/> as <see cref="NewPersona.ExampleKey"/>, e.g.
/// <c>map.AddPersonas(actor, [.. ExamplePersonas.All.Select(e => new NewPersona(NewId(), Localize(e), e.Key))], now)</c>.
/// </remarks>
public static class ExamplePersonas
{
    public const string TechFounderKey = "techFounder";
    public const string BudgetStartupKey = "budgetStartup";
    public const string NonTechnicalManagerKey = "nonTechnicalManager";

    /// <summary>The three examples, in the order docs/method.md gives them.</summary>
    public static IReadOnlyList<ExamplePersona> All { get; } =
    [
        new(TechFounderKey, new PersonaProfile
        {
            Name = "Tech-minded founder",
            Demographics = new Demographics { AgeRange = "25-35", Location = "Urban" },
            Firmographics = new Firmographics { CompanySize = "1-10 employees" },
            Role = new PersonaRole { JobTitle = "Founder" },
            PreferredChannels = "Email, social media, forums",
        }),
        new(BudgetStartupKey, new PersonaProfile
        {
            Name = "Budget-conscious startup",
            Demographics = new Demographics { AgeRange = "35-45" },
            Firmographics = new Firmographics { CompanySize = "1-5 employees" },
            PreferredChannels = "Phone, email, in-person meetings",
        }),
        new(NonTechnicalManagerKey, new PersonaProfile
        {
            Name = "Non-technical manager",
            Demographics = new Demographics { AgeRange = "45-55" },
            Firmographics = new Firmographics { CompanySize = "11-50 employees", Industry = "Manufacturing" },
            Role = new PersonaRole { JobTitle = "Manager" },
            PreferredChannels = "Phone, mail",
        }),
    ];
}
