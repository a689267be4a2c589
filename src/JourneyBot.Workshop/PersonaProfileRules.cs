namespace JourneyBot.Workshop;

/// <summary>Validates a persona profile field by field and returns it trimmed, blanks as null.</summary>
internal static class PersonaProfileRules
{
    private const int Short = Limits.MaxShortTextLength;
    private const int Long = Limits.MaxLongTextLength;

    public static PersonaProfile Normalize(Checks checks, PersonaProfile profile)
    {
        var demographics = profile.Demographics;
        var firmographics = profile.Firmographics;
        var role = profile.Role;
        var behaviour = profile.Behaviour;
        if ((profile.ResearchSources & ~AllSources) != 0)
        {
            checks.Fail("researchSources", ErrorCodes.Invalid, profile.ResearchSources);
        }

        return new PersonaProfile
        {
            Name = checks.Required("name", profile.Name, Limits.MaxNameLength),
            Demographics = new Demographics
            {
                AgeRange = checks.Optional("demographics.ageRange", demographics.AgeRange, Short),
                Gender = checks.Optional("demographics.gender", demographics.Gender, Short),
                Location = checks.Optional("demographics.location", demographics.Location, Short),
                Income = checks.Optional("demographics.income", demographics.Income, Short),
                Education = checks.Optional("demographics.education", demographics.Education, Short),
            },
            Firmographics = new Firmographics
            {
                CompanySize = checks.Optional("firmographics.companySize", firmographics.CompanySize, Short),
                Industry = checks.Optional("firmographics.industry", firmographics.Industry, Short),
                Revenue = checks.Optional("firmographics.revenue", firmographics.Revenue, Short),
                Location = checks.Optional("firmographics.location", firmographics.Location, Short),
                TechStack = checks.Optional("firmographics.techStack", firmographics.TechStack, Short),
            },
            Role = new PersonaRole
            {
                JobTitle = checks.Optional("role.jobTitle", role.JobTitle, Short),
                ReportsTo = checks.Optional("role.reportsTo", role.ReportsTo, Short),
            },
            Behaviour = new PersonaBehaviour
            {
                WebActivity = checks.Optional("behaviour.webActivity", behaviour.WebActivity, Long),
                PurchaseHistory = checks.Optional("behaviour.purchaseHistory", behaviour.PurchaseHistory, Long),
                ProductUsage = checks.Optional("behaviour.productUsage", behaviour.ProductUsage, Long),
                SupportContacts = checks.Optional("behaviour.supportContacts", behaviour.SupportContacts, Long),
            },
            Goals = checks.Optional("goals", profile.Goals, Long),
            PainPoints = checks.Optional("painPoints", profile.PainPoints, Long),
            PreferredChannels = checks.Optional("preferredChannels", profile.PreferredChannels, Short),
            TypicalQuestions = checks.Optional("typicalQuestions", profile.TypicalQuestions, Long),
            DayInTheLife = checks.Optional("dayInTheLife", profile.DayInTheLife, Long),
            TriggerEvents = checks.Optional("triggerEvents", profile.TriggerEvents, Long),
            ResearchSources = profile.ResearchSources,
        };
    }

    private const ResearchSources AllSources =
        ResearchSources.Interviews | ResearchSources.Surveys | ResearchSources.SocialListening | ResearchSources.WebAnalytics;
}
