using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Storage.Workshops;

[Collection(BotTests.Name)]
public sealed class WorkshopRoundTripTests(BotEnvironment environment)
{
    /// <summary>A string property holds at most 64 KiB: 32K UTF-16 characters (docs/protocol.md, Azure Table Storage).</summary>
    private const int MaxStringProperty = 32 * 1024;

    [Fact]
    public async Task A_created_workshop_loads_back_with_every_kind_of_item_and_every_field()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        Assert.Empty(SampleWorkshops.NullFields(map));
        Assert.All(Enum.GetValues<ItemKind>().Where(kind => kind != ItemKind.Header), kind => Assert.Contains(RowsOf(map), row => row.Kind == kind));

        Assert.Equal(SaveStatus.Saved, (await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None)).Status);
        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(SampleWorkshops.Canonical(map), SampleWorkshops.Canonical(loaded.Map));
    }

    [Fact]
    public async Task Items_load_in_the_order_they_were_added_not_in_key_order()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        map = SampleWorkshops.Ok(map.AddGoal(SampleWorkshops.Bora, "zz-first", "First", SampleWorkshops.Start.AddMinutes(1)));
        map = SampleWorkshops.Ok(map.AddGoal(SampleWorkshops.Bora, "aa-second", "Second", SampleWorkshops.Start.AddMinutes(2)));
        // Two added in the same instant come in id order.
        map = SampleWorkshops.Ok(map.AddGoal(SampleWorkshops.Bora, "cc-tied", "Tied", SampleWorkshops.Start.AddMinutes(3)));
        map = SampleWorkshops.Ok(map.AddGoal(SampleWorkshops.Bora, "bb-tied", "Tied too", SampleWorkshops.Start.AddMinutes(3)));
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        Assert.Equal(["zz-first", "aa-second", "bb-tied", "cc-tied"], loaded?.Map.Goals.Select(goal => goal.Id));
    }

    [Fact]
    public async Task Ids_with_slashes_backslashes_hashes_and_question_marks_are_escaped_in_keys_and_round_trip()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        const string odd = "a/b\\c#d?e%f";
        var map = SampleWorkshops.New() with { Id = "workshop/" + odd };
        map = map with
        {
            Goals = [new Goal { Id = odd, Text = "Odd id", Author = SampleWorkshops.Bora, CreatedAt = SampleWorkshops.Start }],
            Touchpoints = [new Touchpoint { Id = odd, StageId = StageKeys.Awareness, Details = new TouchpointDetails { Name = "Odd", Category = TouchpointCategory.Other, Mode = ChannelMode.Offline }, Author = SampleWorkshops.Bora, CreatedAt = SampleWorkshops.Start }],
        };

        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var applied = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.EditGoal(SampleWorkshops.Bora, odd, "Edited"), CancellationToken.None);
        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        Assert.Equal(WorkshopCommandStatus.Applied, applied.Status);
        Assert.NotNull(loaded);
        Assert.Equal(SampleWorkshops.Canonical(map with { Goals = [map.Goals[0] with { Text = "Edited" }] }), SampleWorkshops.Canonical(loaded.Map));
        var rows = await tables.RowsAsync(map.Id);
        Assert.Contains("Goal|a%2Fb%5Cc%23d%3Fe%25f", rows.Keys);
        Assert.All(rows.Values, row => Assert.Equal("workshop%2Fa%2Fb%5Cc%23d%3Fe%25f", row.PartitionKey));
    }

    [Theory]
    [InlineData("가")]
    [InlineData("😀")]
    [InlineData("\\")]
    public async Task A_maximal_persona_fits_the_entity_limits_and_round_trips(string character)
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Ok(SampleWorkshops.New().AddPersona(SampleWorkshops.Bora, "persona-max", MaximalProfile(character), SampleWorkshops.Start));

        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var row = (await tables.RowsAsync(map.Id))["Persona|persona-max"];
        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        var strings = ((IDictionary<string, object>)row).Values.OfType<string>().ToArray();
        Assert.All(strings, text => Assert.InRange(text.Length, 0, MaxStringProperty));
        Assert.InRange(strings.Sum(text => 2L * text.Length), 0, 1024 * 1024);
        Assert.NotNull(loaded);
        Assert.Equal(SampleWorkshops.Canonical(map), SampleWorkshops.Canonical(loaded.Map));
    }

    [Fact]
    public async Task A_workshop_of_more_than_a_thousand_entities_is_written_in_batches_of_100_and_read_in_one_paged_query()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        map = map with
        {
            Goals = [.. Enumerable.Range(0, 1150).Select(index => new Goal { Id = $"goal-{index:D4}", Text = "Goal " + index, Author = SampleWorkshops.Bora, CreatedAt = SampleWorkshops.Start.AddSeconds(index) })],
        };
        var entities = 1 + map.Stages.Count + map.Goals.Count;

        tables.RoundTrips.Reset();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var batches = tables.RoundTrips.Count;
        tables.RoundTrips.Reset();
        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        Assert.Equal((entities + 99) / 100, batches);
        Assert.Equal(2, tables.RoundTrips.Count); // one query, two pages of at most 1,000
        Assert.Equal(map.Goals.Select(goal => goal.Id), loaded?.Map.Goals.Select(goal => goal.Id));
    }

    [Fact]
    public async Task A_workshop_that_was_never_created_loads_as_null_and_takes_no_command()
    {
        var tables = await WorkshopTables.CreateAsync(environment);

        Assert.Null(await tables.Store.LoadAsync(SampleWorkshops.Owner, "nobody-made-this", CancellationToken.None));
        var result = await tables.Store.ApplyAsync(SampleWorkshops.Owner, "nobody-made-this", map => map.NextStep(SampleWorkshops.Alice), CancellationToken.None);

        Assert.Equal(WorkshopCommandStatus.NotFound, result.Status);
        Assert.Null(result.Outcome);
    }

    [Fact]
    public async Task The_bot_registers_the_store_and_the_index_and_creates_their_tables()
    {
        await using var bot = await environment.StartBotAsync();
        var store = bot.Services.GetRequiredService<IWorkshopStore>();
        var index = bot.Services.GetRequiredService<IConversationWorkshops>();
        var map = SampleWorkshops.Rich();

        await store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        await index.SetActiveAsync("tenant", "19:chat", new ConversationWorkshop { WorkshopId = map.Id, Name = map.Name, CreatedAt = map.CreatedAt }, CancellationToken.None);

        Assert.Equal(SampleWorkshops.Canonical(map), SampleWorkshops.Canonical((await store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None))?.Map ?? SampleWorkshops.New()));
        Assert.Equal(map.Id, (await index.FindActiveAsync("tenant", "19:chat", CancellationToken.None))?.WorkshopId);
    }

    private static PersonaProfile MaximalProfile(string character)
    {
        string Fill(int length) => string.Concat(Enumerable.Repeat(character, length / character.Length));
        var shortText = Fill(Limits.MaxShortTextLength);
        var longText = Fill(Limits.MaxLongTextLength);
        return new PersonaProfile
        {
            Name = Fill(Limits.MaxNameLength),
            Demographics = new Demographics { AgeRange = shortText, Gender = shortText, Location = shortText, Income = shortText, Education = shortText },
            Firmographics = new Firmographics { CompanySize = shortText, Industry = shortText, Revenue = shortText, Location = shortText, TechStack = shortText },
            Role = new PersonaRole { JobTitle = shortText, ReportsTo = shortText },
            Behaviour = new PersonaBehaviour { WebActivity = longText, PurchaseHistory = longText, ProductUsage = longText, SupportContacts = longText },
            Goals = longText,
            PainPoints = longText,
            PreferredChannels = shortText,
            TypicalQuestions = longText,
            DayInTheLife = longText,
            TriggerEvents = longText,
            ResearchSources = ResearchSources.Interviews | ResearchSources.Surveys | ResearchSources.SocialListening | ResearchSources.WebAnalytics,
        };
    }

    private static IEnumerable<(ItemKind Kind, string Id)> RowsOf(JourneyMap map) =>
        ItemKinds.All.SelectMany(declaration => declaration.ItemsIn(map).Select(item => (declaration.Kind, item.Id)));
}
