namespace JourneyBot.Workshop.Tests;

public sealed class CatalogTests
{
    [Theory]
    [InlineData(TouchpointCategory.Marketing, "website,blog,socialMedia,ads,events,webinars,whitePaperDownload,newsletterSignUp,paidAdClick,offSiteMention,socialMediaMention")]
    [InlineData(TouchpointCategory.Sales, "demo,salesCall,proposal,pricingPage,demoRequest")]
    [InlineData(TouchpointCategory.CustomerSuccess, "onboardingEmails,tutorials,knowledgeBase,supportTickets,feedbackSurveys")]
    [InlineData(TouchpointCategory.Service, "phoneBooking")]
    [InlineData(TouchpointCategory.Other, "")]
    public void Touchpoint_suggestions_come_per_category_as_stable_keys(TouchpointCategory category, string keys)
    {
        Assert.Equal(keys.Split(',', StringSplitOptions.RemoveEmptyEntries), TouchpointSuggestions.For(category).Select(suggestion => suggestion.Key));
    }

    [Fact]
    public void Touchpoint_suggestion_keys_are_unique()
    {
        Assert.Equal(22, TouchpointSuggestions.All.Select(suggestion => suggestion.Key).Distinct().Count());
    }

    [Theory]
    [InlineData(StageKeys.Awareness, "digitalImpressions")]
    [InlineData(StageKeys.Consideration, "sessions,phoneCalls")]
    [InlineData(StageKeys.Purchase, "onlineBookingsStarted,onlineBookingsCompleted,jobsBooked")]
    [InlineData(StageKeys.SignUp, "onlineBookingsStarted,onlineBookingsCompleted,jobsBooked")]
    [InlineData(StageKeys.Decision, "onlineBookingsStarted,onlineBookingsCompleted,jobsBooked")]
    [InlineData(StageKeys.Retention, "repeatCustomers")]
    [InlineData(StageKeys.Loyalty, "repeatCustomers")]
    [InlineData(StageKeys.Advocacy, "customerReviews")]
    [InlineData(StageKeys.Onboarding, "")]
    [InlineData(null, "")]
    public void Kpi_suggestions_follow_the_home_services_guide_per_stage_key(string? stageKey, string keys)
    {
        Assert.Equal(keys.Split(',', StringSplitOptions.RemoveEmptyEntries), KpiSuggestions.ForStage(stageKey));
    }

    [Fact]
    public void Every_example_persona_is_a_valid_persona_with_a_distinct_key()
    {
        var map = Sample.Workshop();

        Assert.Equal(["techFounder", "budgetStartup", "nonTechnicalManager"], ExamplePersonas.All.Select(example => example.Key));
        foreach (var example in ExamplePersonas.All)
        {
            map.AddPersona(People.Alice, "p1", example.Profile, Sample.Now).ShouldSucceed();
        }
    }

    /// <summary>An example shows what a finished persona looks like, so each fills in every text the method asks for.</summary>
    [Fact]
    public void Every_example_persona_is_complete()
    {
        Assert.All(ExamplePersonas.All, example =>
        {
            var profile = example.Profile;
            string?[] texts =
            [
                profile.Demographics.AgeRange, profile.Firmographics.CompanySize, profile.Firmographics.Industry, profile.Firmographics.TechStack,
                profile.Role.JobTitle, profile.Behaviour.WebActivity, profile.Behaviour.PurchaseHistory, profile.Behaviour.ProductUsage,
                profile.Behaviour.SupportContacts, profile.Goals, profile.PainPoints, profile.PreferredChannels, profile.TypicalQuestions,
                profile.DayInTheLife, profile.TriggerEvents,
            ];
            Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text), example.Key));
        });
    }
}
