using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class PersonaTests
{
    private static readonly PersonaProfile Complete = new()
    {
        Name = "  Tech-minded founder ",
        Demographics = new Demographics { AgeRange = "25-35", Gender = "any", Location = "Seoul", Income = "high", Education = "BSc" },
        Firmographics = new Firmographics { CompanySize = "1-10", Industry = "SaaS", Revenue = "<1M", Location = "Seoul", TechStack = "AWS" },
        Role = new PersonaRole { JobTitle = "CEO", ReportsTo = "the board" },
        Behaviour = new PersonaBehaviour { WebActivity = "HN daily", PurchaseHistory = "monthly plans", ProductUsage = "API", SupportContacts = "rare" },
        Goals = "ship fast",
        PainPoints = "setup time",
        PreferredChannels = "email, forums",
        TypicalQuestions = "Does it have an API?",
        DayInTheLife = "Codes in the morning, sells in the afternoon",
        TriggerEvents = "first hire",
        ResearchSources = ResearchSources.Interviews | ResearchSources.WebAnalytics,
    };

    /// <summary>Each optional attribute, by the field name its error carries, set to text of the given length.</summary>
    private static readonly Dictionary<string, (int Max, Func<PersonaProfile, string?, PersonaProfile> Set)> Attributes = new()
    {
        ["demographics.ageRange"] = (200, (p, v) => p with { Demographics = p.Demographics with { AgeRange = v } }),
        ["demographics.gender"] = (200, (p, v) => p with { Demographics = p.Demographics with { Gender = v } }),
        ["demographics.location"] = (200, (p, v) => p with { Demographics = p.Demographics with { Location = v } }),
        ["demographics.income"] = (200, (p, v) => p with { Demographics = p.Demographics with { Income = v } }),
        ["demographics.education"] = (200, (p, v) => p with { Demographics = p.Demographics with { Education = v } }),
        ["firmographics.companySize"] = (200, (p, v) => p with { Firmographics = p.Firmographics with { CompanySize = v } }),
        ["firmographics.industry"] = (200, (p, v) => p with { Firmographics = p.Firmographics with { Industry = v } }),
        ["firmographics.revenue"] = (200, (p, v) => p with { Firmographics = p.Firmographics with { Revenue = v } }),
        ["firmographics.location"] = (200, (p, v) => p with { Firmographics = p.Firmographics with { Location = v } }),
        ["firmographics.techStack"] = (200, (p, v) => p with { Firmographics = p.Firmographics with { TechStack = v } }),
        ["role.jobTitle"] = (200, (p, v) => p with { Role = p.Role with { JobTitle = v } }),
        ["role.reportsTo"] = (200, (p, v) => p with { Role = p.Role with { ReportsTo = v } }),
        ["behaviour.webActivity"] = (2000, (p, v) => p with { Behaviour = p.Behaviour with { WebActivity = v } }),
        ["behaviour.purchaseHistory"] = (2000, (p, v) => p with { Behaviour = p.Behaviour with { PurchaseHistory = v } }),
        ["behaviour.productUsage"] = (2000, (p, v) => p with { Behaviour = p.Behaviour with { ProductUsage = v } }),
        ["behaviour.supportContacts"] = (2000, (p, v) => p with { Behaviour = p.Behaviour with { SupportContacts = v } }),
        ["goals"] = (2000, (p, v) => p with { Goals = v }),
        ["painPoints"] = (2000, (p, v) => p with { PainPoints = v }),
        ["preferredChannels"] = (200, (p, v) => p with { PreferredChannels = v }),
        ["typicalQuestions"] = (2000, (p, v) => p with { TypicalQuestions = v }),
        ["dayInTheLife"] = (2000, (p, v) => p with { DayInTheLife = v }),
        ["triggerEvents"] = (2000, (p, v) => p with { TriggerEvents = v }),
    };

    public static TheoryData<string> AttributeFields() => [.. Attributes.Keys];

    [Fact]
    public void A_persona_keeps_every_attribute_group_trimmed()
    {
        var map = Sample.Workshop();

        var persona = Assert.Single(map.AddPersona(People.Alice, "p1", Complete, Sample.Now).ShouldChange(Added(ItemKind.Persona, "p1")).Personas);

        Assert.Equal(Complete with { Name = "Tech-minded founder" }, persona.Profile);
        Assert.Equal((People.Alice, Sample.Now), (persona.Author, persona.CreatedAt));
    }

    [Fact]
    public void A_persona_needs_only_a_name()
    {
        var map = Sample.Workshop();

        map.AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now).ShouldSucceed();
        map.AddPersona(People.Alice, "p1", Sample.Profile(" "), Sample.Now).ShouldBeRefused(map, ("name", ErrorCodes.Required));
        map.AddPersona(People.Alice, "p1", Sample.Profile(new string('n', 101)), Sample.Now).ShouldBeRefused(map, ("name", ErrorCodes.TooLong));
    }

    [Theory]
    [MemberData(nameof(AttributeFields))]
    public void Each_persona_attribute_has_a_length_limit_and_blank_means_unknown(string field)
    {
        var map = Sample.Workshop();
        var (max, set) = Attributes[field];

        map.AddPersona(People.Alice, "p1", set(Complete, new string('x', max + 1)), Sample.Now).ShouldBeRefused(map, (field, ErrorCodes.TooLong));
        var atLimit = map.AddPersona(People.Alice, "p1", set(Complete, new string('x', max)), Sample.Now).ShouldSucceed();
        var blank = map.AddPersona(People.Alice, "p1", set(Complete, "   "), Sample.Now).ShouldSucceed();
        Assert.Equal(set(Complete, new string('x', max)) with { Name = "Tech-minded founder" }, atLimit.Personas[0].Profile);
        Assert.Equal(set(Complete, null) with { Name = "Tech-minded founder" }, blank.Personas[0].Profile);
    }

    [Theory]
    [InlineData("Tech-minded founder")]
    [InlineData("TECH-MINDED FOUNDER")]
    [InlineData("  tech-minded founder  ")]
    public void Persona_names_are_unique_whatever_their_case(string name)
    {
        var map = Sample.Workshop().AddPersona(People.Alice, "p1", Sample.Profile("Tech-minded founder"), Sample.Now).ShouldSucceed();

        map.AddPersona(People.Bob, "p2", Sample.Profile(name), Sample.Now).ShouldBeRefused(map, ("name", ErrorCodes.Duplicate));
    }

    [Fact]
    public void A_persona_may_keep_its_own_name_when_edited_but_not_take_anothers()
    {
        var map = Sample.Workshop()
            .AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now).ShouldSucceed()
            .AddPersona(People.Alice, "p2", Sample.Profile("Manager"), Sample.Now).ShouldSucceed();

        map.EditPersona(People.Alice, "p1", Sample.Profile("FOUNDER") with { Goals = "grow" }).ShouldChange(Updated(ItemKind.Persona, "p1"));
        map.EditPersona(People.Alice, "p1", Sample.Profile("manager")).ShouldBeRefused(map, ("name", ErrorCodes.Duplicate));
    }

    [Fact]
    public void Research_sources_are_a_set_of_the_four_kinds()
    {
        var map = Sample.Workshop();
        var all = ResearchSources.Interviews | ResearchSources.Surveys | ResearchSources.SocialListening | ResearchSources.WebAnalytics;

        Assert.Equal(all, map.AddPersona(People.Alice, "p1", Sample.Profile("F") with { ResearchSources = all }, Sample.Now).ShouldSucceed().Personas[0].Profile.ResearchSources);
        map.AddPersona(People.Alice, "p1", Sample.Profile("F") with { ResearchSources = (ResearchSources)16 }, Sample.Now)
            .ShouldBeRefused(map, ("researchSources", ErrorCodes.Invalid));
    }

    [Theory]
    [InlineData(0, PersonaCountHint.TooFew)]
    [InlineData(1, PersonaCountHint.TooFew)]
    [InlineData(2, PersonaCountHint.TooFew)]
    [InlineData(3, null)]
    [InlineData(5, null)]
    [InlineData(6, PersonaCountHint.TooMany)]
    [InlineData(7, PersonaCountHint.TooMany)]
    public void The_persona_count_hint_asks_for_3_to_5_but_never_refuses(int count, PersonaCountHint? hint)
    {
        var map = Sample.Workshop().Repeat(count, (current, index) =>
            current.AddPersona(People.Alice, $"p{index}", Sample.Profile($"Persona {index}"), Sample.Now));

        Assert.Equal(count, map.Personas.Count);
        Assert.Equal(hint, map.PersonaCountHint);
    }

    [Fact]
    public void The_three_example_personas_load_in_one_command_and_keep_their_keys()
    {
        var map = Sample.Workshop();
        var examples = ExamplePersonas.All.Select((example, index) => new NewPersona($"ex{index}", example.Profile, example.Key)).ToArray();

        var loaded = map.AddPersonas(People.Facilitator, examples, Sample.Now)
            .ShouldChange(Added(ItemKind.Persona, "ex0"), Added(ItemKind.Persona, "ex1"), Added(ItemKind.Persona, "ex2"));

        Assert.Equal(["techFounder", "budgetStartup", "nonTechnicalManager"], loaded.Personas.Select(persona => persona.ExampleKey));
        Assert.Equal(["Tech-minded founder", "Budget-conscious startup", "Non-technical manager"], loaded.Personas.Select(persona => persona.Profile.Name));
        Assert.Equal(["25-35", "35-45", "45-55"], loaded.Personas.Select(persona => persona.Profile.Demographics.AgeRange));
        Assert.Equal("Manufacturing", loaded.Personas[2].Profile.Firmographics.Industry);
        Assert.Null(loaded.PersonaCountHint);
    }

    [Fact]
    public void Loading_several_personas_is_all_or_nothing_and_names_the_failing_one()
    {
        var map = Sample.Workshop().AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now).ShouldSucceed();
        NewPersona[] batch = [new("p2", Sample.Profile("Manager")), new("p3", Sample.Profile("founder")), new("p2", Sample.Profile("Manager 2"))];

        map.AddPersonas(People.Alice, batch, Sample.Now)
            .ShouldBeRefused(map, ("personas[1].name", ErrorCodes.Duplicate), ("personas[2].id", ErrorCodes.Duplicate));
    }

    [Fact]
    public void Only_the_known_example_keys_mark_a_persona_as_an_example()
    {
        var map = Sample.Workshop();

        map.AddPersonas(People.Alice, [new NewPersona("p1", Sample.Profile("Founder"), "rockStar")], Sample.Now)
            .ShouldBeRefused(map, ("exampleKey", ErrorCodes.Invalid));
    }

    [Fact]
    public void Loading_no_personas_at_all_is_refused()
    {
        var map = Sample.Workshop();

        map.AddPersonas(People.Alice, [], Sample.Now).ShouldBeRefused(map, ("personas", ErrorCodes.Required));
    }

    [Fact]
    public void A_persona_with_cells_or_scores_is_in_use_until_removal_is_confirmed()
    {
        var map = Sample.Workshop()
            .AddPersona(People.Alice, "p1", Sample.Profile("Founder"), Sample.Now).ShouldSucceed()
            .WriteCell(People.Bob, "p1", StageKeys.Awareness, new CellNotes { Actions = "searches" }, Sample.Now).ShouldSucceed()
            .ScoreEmotion(People.Carol, "p1", StageKeys.Decision, -1, null, Sample.Now).ShouldSucceed();

        var refused = map.RemovePersona(People.Alice, "p1");
        refused.ShouldBeRefused(map, ("id", ErrorCodes.InUse));
        Assert.Equal([2], refused.Errors.Single().Arguments);

        var removed = map.RemovePersona(People.Alice, "p1", removeDependents: true).ShouldChange(
            Removed(ItemKind.Persona, "p1"),
            Removed(ItemKind.PersonaStageCell, "p1.awareness"),
            Removed(ItemKind.EmotionScore, EmotionScore.IdFor("p1", StageKeys.Decision, People.Carol.AadObjectId)));
        Assert.Empty(removed.Personas);
        Assert.Empty(removed.Cells);
        Assert.Empty(removed.EmotionScores);
    }
}
