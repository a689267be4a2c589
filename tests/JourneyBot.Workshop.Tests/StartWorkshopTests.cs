using static JourneyBot.Workshop.Tests.OutcomeAssertions;

namespace JourneyBot.Workshop.Tests;

public sealed class StartWorkshopTests
{
    [Theory]
    [InlineData(StageTemplate.Saas, "awareness,consideration,signUp,onboarding,adoption,retention,expansion,advocacy")]
    [InlineData(StageTemplate.Services, "awareness,consideration,purchase,retention,advocacy")]
    [InlineData(StageTemplate.Classic, "awareness,consideration,decision,retention,loyalty")]
    [InlineData(StageTemplate.BuyersJourney, "awareness,consideration,decision")]
    [InlineData(StageTemplate.Custom, "")]
    public void A_new_workshop_has_its_templates_stages_in_journey_order(StageTemplate template, string keys)
    {
        var expected = keys.Split(',', StringSplitOptions.RemoveEmptyEntries);

        var started = JourneyMap.Start(Sample.Setup(template));

        Assert.True(started.Succeeded);
        Assert.Equal(expected, started.Map.StagesInOrder.Select(stage => stage.Key));
        Assert.Equal(expected, started.Map.StagesInOrder.Select(stage => stage.Id));
        Assert.Equal(Enumerable.Range(1, expected.Length), started.Map.StagesInOrder.Select(stage => stage.Position));
        Assert.All(started.Map.Stages, stage => Assert.Null(stage.Name));
    }

    [Fact]
    public void A_new_workshop_is_active_at_step_1_in_version_1_with_its_starter_as_facilitator()
    {
        var started = JourneyMap.Start(Sample.Setup());

        Assert.True(started.Succeeded);
        var map = started.Map;
        Assert.Equal(("ws1", "Find the holes in inbound marketing", MapType.CurrentState, "en"), (map.Id, map.Name, map.MapType, map.Language));
        Assert.Equal((WorkshopStep.GoalsAndPersonas, WorkshopStatus.Active, 1L), (map.CurrentStep, map.Status, map.Version));
        Assert.Equal(People.Facilitator, map.Facilitator);
        Assert.Empty(map.CoFacilitators);
        Assert.False(map.EmotionsRevealed);
        Assert.Equal(Sample.Now, map.CreatedAt);
        Assert.All(map.Stages, stage => Assert.Equal((People.Facilitator, Sample.Now), (stage.Author, stage.CreatedAt)));
    }

    [Fact]
    public void Starting_reports_the_header_and_every_template_stage_as_added()
    {
        var started = JourneyMap.Start(Sample.Setup(StageTemplate.BuyersJourney));

        Assert.Equal(
            [Added(ItemKind.Header, "ws1"), Added(ItemKind.Stage, "awareness"), Added(ItemKind.Stage, "consideration"), Added(ItemKind.Stage, "decision")],
            started.Changes);
    }

    [Theory]
    [InlineData("", "name", ErrorCodes.Required)]
    [InlineData("   ", "name", ErrorCodes.Required)]
    [InlineData("x101", "name", ErrorCodes.TooLong)]
    public void A_workshop_name_is_required_and_at_most_100_characters(string name, string field, string code)
    {
        var setup = Sample.Setup() with { Name = name == "x101" ? new string('x', 101) : name };

        var started = JourneyMap.Start(setup);

        Assert.False(started.Succeeded);
        Assert.Null(started.Map);
        Assert.Empty(started.Changes);
        Assert.Equal([(field, code)], started.Errors.Select(error => (error.Field, error.Code)));
    }

    [Fact]
    public void The_name_limit_is_stated_as_the_errors_argument()
    {
        var started = JourneyMap.Start(Sample.Setup() with { Name = new string('x', Limits.MaxWorkshopNameLength + 1) });

        Assert.Equal([Limits.MaxWorkshopNameLength], started.Errors.Single().Arguments);
    }

    [Fact]
    public void A_workshop_name_of_exactly_100_characters_is_accepted_and_trimmed()
    {
        var started = JourneyMap.Start(Sample.Setup() with { Name = "  " + new string('x', 100) + "  " });

        Assert.True(started.Succeeded);
        Assert.Equal(new string('x', 100), started.Map.Name);
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("ko", true)]
    [InlineData("fr", false)]
    [InlineData("", false)]
    public void A_workshop_speaks_english_or_korean(string language, bool accepted)
    {
        var started = JourneyMap.Start(Sample.Setup() with { Language = language });

        Assert.Equal(accepted, started.Succeeded);
        if (!accepted)
        {
            Assert.Equal([("language", ErrorCodes.Invalid)], started.Errors.Select(error => (error.Field, error.Code)));
        }
    }

    [Fact]
    public void An_undefined_map_type_or_template_is_invalid()
    {
        var started = JourneyMap.Start(Sample.Setup() with { MapType = (MapType)42, Template = (StageTemplate)42 });

        Assert.Equal([("mapType", ErrorCodes.Invalid), ("template", ErrorCodes.Invalid)], started.Errors.Select(error => (error.Field, error.Code)));
    }

    [Theory]
    [InlineData("", ErrorCodes.Required)]
    [InlineData("has space", ErrorCodes.Invalid)]
    [InlineData("slash/es", ErrorCodes.Invalid)]
    [InlineData("hash#", ErrorCodes.Invalid)]
    [InlineData("dot.ted", ErrorCodes.Invalid)]
    [InlineData("x65", ErrorCodes.TooLong)]
    public void A_workshop_id_is_short_and_table_key_safe(string id, string code)
    {
        var started = JourneyMap.Start(Sample.Setup() with { Id = id == "x65" ? new string('x', 65) : id });

        Assert.Equal([("id", code)], started.Errors.Select(error => (error.Field, error.Code)));
    }

    [Fact]
    public void Every_error_of_a_setup_is_reported_at_once()
    {
        var started = JourneyMap.Start(Sample.Setup() with { Id = "", Name = "", Language = "de" });

        Assert.Equal(
            [("id", ErrorCodes.Required), ("name", ErrorCodes.Required), ("language", ErrorCodes.Invalid)],
            started.Errors.Select(error => (error.Field, error.Code)));
    }
}
