using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// One text attribute of a persona as the cards handle it: its domain path (what <see cref="ValidationError.Field"/> names,
/// and the key of its label), its limit, and how to read it from and write it into a profile.
/// </summary>
public sealed record PersonaField(string Path, int MaxLength, Func<PersonaProfile, string?> Read, Func<PersonaProfile, string?, PersonaProfile> Write)
{
    /// <summary>The card input's id: dotted and prefixed, so it never meets the card data's own keys.</summary>
    public string InputId => "persona." + Path;

    /// <summary>The resource key of the field's label.</summary>
    public string LabelKey => "PersonaField." + Path;

    /// <summary>Free text gets a box of several lines; short attributes one line.</summary>
    public bool Multiline => MaxLength > Limits.MaxShortTextLength;

    public bool Required => Path == Name.Path;

    public static PersonaField Name { get; } = new("name", Limits.MaxNameLength, p => p.Name, (p, v) => p with { Name = v ?? string.Empty });

    public static PersonaField AgeRange { get; } = Demographic("ageRange", d => d.AgeRange, (d, v) => d with { AgeRange = v });
    public static PersonaField Gender { get; } = Demographic("gender", d => d.Gender, (d, v) => d with { Gender = v });
    public static PersonaField Location { get; } = Demographic("location", d => d.Location, (d, v) => d with { Location = v });
    public static PersonaField Income { get; } = Demographic("income", d => d.Income, (d, v) => d with { Income = v });
    public static PersonaField Education { get; } = Demographic("education", d => d.Education, (d, v) => d with { Education = v });

    public static PersonaField CompanySize { get; } = Firmographic("companySize", f => f.CompanySize, (f, v) => f with { CompanySize = v });
    public static PersonaField Industry { get; } = Firmographic("industry", f => f.Industry, (f, v) => f with { Industry = v });
    public static PersonaField Revenue { get; } = Firmographic("revenue", f => f.Revenue, (f, v) => f with { Revenue = v });
    public static PersonaField CompanyLocation { get; } = Firmographic("location", f => f.Location, (f, v) => f with { Location = v });
    public static PersonaField TechStack { get; } = Firmographic("techStack", f => f.TechStack, (f, v) => f with { TechStack = v });

    public static PersonaField JobTitle { get; } =
        new("role.jobTitle", Limits.MaxShortTextLength, p => p.Role.JobTitle, (p, v) => p with { Role = p.Role with { JobTitle = v } });
    public static PersonaField ReportsTo { get; } =
        new("role.reportsTo", Limits.MaxShortTextLength, p => p.Role.ReportsTo, (p, v) => p with { Role = p.Role with { ReportsTo = v } });

    public static PersonaField WebActivity { get; } = Behavioural("webActivity", b => b.WebActivity, (b, v) => b with { WebActivity = v });
    public static PersonaField PurchaseHistory { get; } = Behavioural("purchaseHistory", b => b.PurchaseHistory, (b, v) => b with { PurchaseHistory = v });
    public static PersonaField ProductUsage { get; } = Behavioural("productUsage", b => b.ProductUsage, (b, v) => b with { ProductUsage = v });
    public static PersonaField SupportContacts { get; } = Behavioural("supportContacts", b => b.SupportContacts, (b, v) => b with { SupportContacts = v });

    public static PersonaField Goals { get; } = new("goals", Limits.MaxLongTextLength, p => p.Goals, (p, v) => p with { Goals = v });
    public static PersonaField PainPoints { get; } = new("painPoints", Limits.MaxLongTextLength, p => p.PainPoints, (p, v) => p with { PainPoints = v });
    public static PersonaField PreferredChannels { get; } =
        new("preferredChannels", Limits.MaxShortTextLength, p => p.PreferredChannels, (p, v) => p with { PreferredChannels = v });
    public static PersonaField TypicalQuestions { get; } =
        new("typicalQuestions", Limits.MaxLongTextLength, p => p.TypicalQuestions, (p, v) => p with { TypicalQuestions = v });
    public static PersonaField DayInTheLife { get; } = new("dayInTheLife", Limits.MaxLongTextLength, p => p.DayInTheLife, (p, v) => p with { DayInTheLife = v });
    public static PersonaField TriggerEvents { get; } = new("triggerEvents", Limits.MaxLongTextLength, p => p.TriggerEvents, (p, v) => p with { TriggerEvents = v });

    private static PersonaField Demographic(string name, Func<Demographics, string?> read, Func<Demographics, string?, Demographics> write) =>
        new("demographics." + name, Limits.MaxShortTextLength, p => read(p.Demographics), (p, v) => p with { Demographics = write(p.Demographics, v) });

    private static PersonaField Firmographic(string name, Func<Firmographics, string?> read, Func<Firmographics, string?, Firmographics> write) =>
        new("firmographics." + name, Limits.MaxShortTextLength, p => read(p.Firmographics), (p, v) => p with { Firmographics = write(p.Firmographics, v) });

    private static PersonaField Behavioural(string name, Func<PersonaBehaviour, string?> read, Func<PersonaBehaviour, string?, PersonaBehaviour> write) =>
        new("behaviour." + name, Limits.MaxLongTextLength, p => read(p.Behaviour), (p, v) => p with { Behaviour = write(p.Behaviour, v) });
}
