using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;

namespace JourneyBot.Tests.Workshops;

[Collection(BotTests.Name)]
public sealed class PersonaTests(BotEnvironment environment)
{
    [Fact]
    public async Task A_persona_added_on_the_board_shows_its_name_key_attributes_and_author_to_everyone()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var added = await chat.AddPersonaAsync(setup, board, TestUser.Alice, "Tech-minded *founder*", jobTitle: "Founder", channels: "Email, forums");

        Assert.Contains("Tech-minded \\*founder\\*", added.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Founder · Email, forums — Alice Kim", added.Card.Text, StringComparison.Ordinal);
        var shared = await chat.SharedCardAsync(setup);
        Assert.NotNull(shared);
        Assert.Contains("Founder · Email, forums — Alice Kim", shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_persona_without_a_name_comes_back_with_the_error_beside_the_name_and_the_input_kept()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var refused = await chat.AddPersonaAsync(setup, board, TestUser.Alice, "   ", jobTitle: "Founder", channels: "Email");

        Assert.Equal("Required.", refused.Card.ErrorBelow(PersonaField.Name.InputId));
        Assert.Null(refused.Card.ErrorBelow(PersonaField.JobTitle.InputId));
        Assert.Equal("Founder", refused.Card.Inputs.Single(input => input.Id == PersonaField.JobTitle.InputId).Value);
        Assert.Equal("Email", refused.Card.Inputs.Single(input => input.Id == PersonaField.PreferredChannels.InputId).Value);
        Assert.Empty(refused.Card.PersonaIds());
    }

    [Fact]
    public async Task A_name_too_long_is_refused_beside_the_field_and_the_corrected_form_adds_the_persona_once()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var longName = new string('n', Limits.MaxNameLength + 1);

        var refused = await chat.AddPersonaAsync(setup, board, TestUser.Alice, longName, jobTitle: "Founder");
        var corrected = await chat.ClickAsync(setup, refused.Card.Button(GoalsAndPersonasVerbs.AddPersona), new Dictionary<string, object?>
        {
            [PersonaField.Name.InputId] = "Founder Kim",
            [PersonaField.JobTitle.InputId] = "Founder",
        }, TestUser.Alice);
        var again = await chat.ClickAsync(setup, refused.Card.Button(GoalsAndPersonasVerbs.AddPersona), new Dictionary<string, object?>
        {
            [PersonaField.Name.InputId] = "Founder Kim",
        }, TestUser.Alice);

        Assert.Equal("At most 100 characters.", refused.Card.ErrorBelow(PersonaField.Name.InputId));
        Assert.Equal(longName, refused.Card.Inputs.Single(input => input.Id == PersonaField.Name.InputId).Value);
        Assert.Contains("(required, up to 100 characters)", refused.Card.Inputs.Single(input => input.Id == PersonaField.Name.InputId).Label, StringComparison.Ordinal);
        Assert.Single(corrected.Card.PersonaIds());
        Assert.Contains("That was already saved.", again.Card.Text, StringComparison.Ordinal);
        Assert.Single(again.Card.PersonaIds());
    }

    [Fact]
    public async Task Saving_a_section_replaces_its_fields_and_keeps_the_rest_of_the_persona()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var added = await chat.AddPersonaAsync(setup, board, TestUser.Alice, "Founder Kim", jobTitle: "Founder");
        var id = Assert.Single(added.Card.PersonaIds());

        var saved = await chat.SaveSectionAsync(setup, added.Card, id, PersonaSection.Demographics, new Dictionary<string, object?>
        {
            [PersonaField.AgeRange.InputId] = "25-35",
            [PersonaField.Location.InputId] = "Seoul",
        }, TestUser.Alice);
        var profile = await chat.SaveSectionAsync(setup, saved.Card, id, PersonaSection.Profile, new Dictionary<string, object?>
        {
            [PersonaField.Name.InputId] = "Founder Kim",
            [PersonaField.JobTitle.InputId] = "CEO",
            [PersonaSections.ResearchSourcesInput] = "Interviews,WebAnalytics",
        }, TestUser.Alice);
        var details = await chat.ClickAsync(setup, profile.Card.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, id), by: TestUser.Alice);

        Assert.Contains("CEO · 25-35 — Alice Kim", profile.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Age range: 25-35", details.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Location: Seoul", details.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Job title: CEO", details.Card.Text, StringComparison.Ordinal);
        Assert.Contains("The research it rests on: Interviews, Web analytics", details.Card.Text, StringComparison.Ordinal);
        var stored = Assert.Single((await bot.StoredMapAsync(chat, added.Card.WorkshopIdOf())).Personas).Profile;
        Assert.Equal(ResearchSources.Interviews | ResearchSources.WebAnalytics, stored.ResearchSources);
        Assert.Equal("Seoul", stored.Demographics.Location);
    }

    [Fact]
    public async Task An_unknown_research_source_is_refused_beside_the_check_boxes_and_nothing_is_saved()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var added = await chat.AddPersonaAsync(setup, board, TestUser.Alice, "Founder Kim", jobTitle: "Founder");
        var id = Assert.Single(added.Card.PersonaIds());

        var refused = await chat.SaveSectionAsync(setup, added.Card, id, PersonaSection.Profile, new Dictionary<string, object?>
        {
            [PersonaField.Name.InputId] = "Founder Kim",
            [PersonaField.JobTitle.InputId] = "CEO",
            [PersonaSections.ResearchSourcesInput] = "Interviews,Astrology",
        }, TestUser.Alice);

        Assert.Equal("Not a value this accepts: Astrology", refused.Card.ErrorBelow(PersonaSections.ResearchSourcesInput));
        Assert.Equal("CEO", refused.Card.Inputs.Single(input => input.Id == PersonaField.JobTitle.InputId).Value);
        var stored = Assert.Single((await bot.StoredMapAsync(chat, added.Card.WorkshopIdOf())).Personas).Profile;
        Assert.Equal("Founder", stored.Role.JobTitle);
    }

    [Fact]
    public async Task The_details_show_every_attribute_group_and_every_filled_attribute()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var current = (await chat.AddPersonaAsync(setup, board, TestUser.Alice, "Founder Kim")).Card;
        var id = Assert.Single(current.PersonaIds());
        var empty = await chat.ClickAsync(setup, current.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, id), by: TestUser.Alice);

        foreach (var section in PersonaSections.InOrder)
        {
            var values = PersonaSections.Fields(section).ToDictionary(field => field.InputId, field => (object?)(field == PersonaField.Name ? "Founder Kim" : $"value of {field.Path}"));
            current = (await chat.SaveSectionAsync(setup, current, id, section, values, TestUser.Alice)).Card;
        }

        var details = await chat.ClickAsync(setup, current.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, id), by: TestUser.Alice);

        Assert.Equal(PersonaSections.InOrder.Count, empty.Card.Text.Split('\n').Count(line => line.Trim() == "Nothing written yet."));
        foreach (var heading in new[] { "Profile and role", "Demographics", "Firmographics", "Behaviour", "Goals, pain points and questions", "Their day and trigger events" })
        {
            Assert.Contains(heading, details.Card.Text, StringComparison.Ordinal);
        }

        foreach (var field in PersonaSections.InOrder.SelectMany(PersonaSections.Fields).Where(field => field != PersonaField.Name))
        {
            Assert.Contains($": value of {field.Path}", details.Card.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Nothing written yet.", details.Card.Text, StringComparison.Ordinal);
        Assert.Equal(PersonaSections.InOrder.Count, details.Card.Buttons.Count(button => button.Verb == GoalsAndPersonasVerbs.EditPersonaSection));
    }

    [Fact]
    public async Task The_count_hint_shows_below_three_personas_and_goes_at_three()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var one = await chat.AddPersonaAsync(setup, board, TestUser.Alice, "First");
        var two = await chat.AddPersonaAsync(setup, one.Card, TestUser.Alice, "Second");
        var three = await chat.AddPersonaAsync(setup, two.Card, TestUser.Alice, "Third");

        Assert.Contains("No personas yet: guides recommend 3 to 5.", board.Text, StringComparison.Ordinal);
        Assert.Contains("Only 1 persona: guides recommend 3 to 5.", one.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("guides recommend", three.Card.Text, StringComparison.Ordinal);
        Assert.Equal(3, three.Card.PersonaIds().Count);
    }

    [Fact]
    public async Task The_example_personas_load_once_in_English()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        var loaded = await chat.ClickOnBoardAsync(setup, board, GoalsAndPersonasVerbs.LoadExamplePersonas, TestUser.Alice);
        var again = await chat.ClickOnBoardAsync(setup, board, GoalsAndPersonasVerbs.LoadExamplePersonas, TestUser.Alice);
        var byBora = await chat.ClickOnBoardAsync(setup, board, GoalsAndPersonasVerbs.LoadExamplePersonas, TestUser.Bora);

        Assert.Contains("Tech-minded founder", loaded.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Founder · 25-35 · 1-10 employees · B2B software · Email, social media, forums — Alice Kim", loaded.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Budget-conscious startup", loaded.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Non-technical manager", loaded.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(loaded.Card.Buttons, button => button.Verb == GoalsAndPersonasVerbs.LoadExamplePersonas);
        Assert.Contains("That was already saved.", again.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Already taken: Tech-minded founder", byBora.Card.Text, StringComparison.Ordinal);
        var stored = await bot.StoredMapAsync(chat, board.WorkshopIdOf());
        Assert.Equal([ExamplePersonas.TechFounderKey, ExamplePersonas.BudgetStartupKey, ExamplePersonas.NonTechnicalManagerKey], stored.Personas.Select(p => p.ExampleKey));
    }

    [Fact]
    public async Task The_example_personas_load_in_Korean_in_a_Korean_workshop()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice, locale: "ko-KR");
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice, language: "ko");

        var loaded = await chat.ClickOnBoardAsync(setup, board, GoalsAndPersonasVerbs.LoadExamplePersonas, TestUser.Alice);
        var details = await chat.ClickAsync(setup, loaded.Card.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, loaded.Card.PersonaIds()[2]), by: TestUser.Alice);

        Assert.Contains("기술에 밝은 창업자", loaded.Card.Text, StringComparison.Ordinal);
        Assert.Contains("예산을 아끼는 스타트업", loaded.Card.Text, StringComparison.Ordinal);
        Assert.Contains(@"창업자 · 25\~35세 · 직원 1\~10명 · 기업용 소프트웨어 · 이메일, 소셜 미디어, 포럼 — Alice Kim", loaded.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("guides recommend", loaded.Card.Text, StringComparison.Ordinal);
        Assert.Contains("기술을 잘 모르는 관리자", details.Card.Text, StringComparison.Ordinal);
        Assert.Contains("업종: 제조업", details.Card.Text, StringComparison.Ordinal);
        Assert.Contains("추가한 사람: Alice Kim", details.Card.Text, StringComparison.Ordinal);
    }
}
