namespace JourneyBot.Workshop.Tests;

/// <summary>Sample workshops to start from, built through the domain's own commands.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public static NewWorkshop Setup(StageTemplate template = StageTemplate.Classic) => new()
    {
        Id = "ws1",
        Name = "Find the holes in inbound marketing",
        MapType = MapType.CurrentState,
        Template = template,
        Language = WorkshopLanguages.English,
        Facilitator = People.Facilitator,
        CreatedAt = Now,
    };

    /// <summary>A fresh workshop with the given template and Cody as co-facilitator.</summary>
    public static JourneyMap Workshop(StageTemplate template = StageTemplate.Classic)
    {
        var started = JourneyMap.Start(Setup(template));
        Assert.True(started.Succeeded, string.Join("; ", started.Errors));
        return started.Map.AddCoFacilitator(People.Facilitator, People.CoFacilitator).ShouldSucceed();
    }

    /// <summary>A classic workshop with Alice's persona "p1", one touchpoint "t1" by Bob in awareness.</summary>
    public static JourneyMap WithPersonaAndTouchpoint() =>
        Workshop()
            .AddPersona(People.Alice, "p1", Profile("Tech-minded founder"), Now).ShouldSucceed()
            .AddTouchpoint(People.Bob, "t1", StageKeys.Awareness, Touchpoint("Blog post"), Now).ShouldSucceed();

    public static PersonaProfile Profile(string name) => new() { Name = name };

    public static TouchpointDetails Touchpoint(string name, TouchpointCategory category = TouchpointCategory.Marketing) =>
        new() { Name = name, Category = category, Mode = ChannelMode.Online };

    public static KpiDetails Kpi(string name, decimal value, bool isVolume = false) =>
        new() { Name = name, Value = value, Source = EvidenceSource.WebAnalytics, IsStageVolume = isVolume };

    /// <summary>Applies the same command for several ids, e.g. to add eight touchpoints.</summary>
    public static JourneyMap Repeat(this JourneyMap map, int times, Func<JourneyMap, int, MapOutcome> command) =>
        Enumerable.Range(1, times).Aggregate(map, (current, index) => command(current, index).ShouldSucceed());
}
