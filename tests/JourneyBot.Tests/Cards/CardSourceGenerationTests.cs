using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyBot.Cards;
using JourneyBot.Connector.Schema;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Flow;
using Microsoft.Extensions.DependencyInjection;
using static JourneyBot.Tests.Storage.Workshops.SampleWorkshops;

namespace JourneyBot.Tests.Cards;

/// <summary>
/// Cards are written with source-generated metadata (<c>CardJson</c>): the JSON Teams gets must be byte for byte what the
/// reflection-based serializer wrote before, for every step's board as each kind of viewer sees it.
/// </summary>
[Collection(BotTests.Name)]
public sealed class CardSourceGenerationTests(BotEnvironment environment)
{
    /// <summary>The wire settings with reflection only: how cards were written before.</summary>
    private static readonly JsonSerializerOptions Reflection = new(ConnectorJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    [Fact]
    public async Task Every_step_board_and_the_cards_outside_a_workshop_are_written_exactly_as_reflection_writes_them()
    {
        await using var bot = await environment.StartBotAsync();
        var board = bot.Services.GetRequiredService<WorkshopBoard>();
        var map = Rich(); // every kind of item, ideas and an action included
        var text = WorkshopText.Of(map);
        var cards = new List<AdaptiveCard>
        {
            HelpCard.Build(text, HowToType.Plain),
            StartCard.Build(text),
            WelcomeCard.Build(text, HowToType.Mentioning("JourneyBot")),
            SetupCard.Build(text, "w-new", replaces: map.Id),
            ReplaceCard.Build(text, map),
        };
        foreach (var step in Enum.GetValues<WorkshopStep>())
        {
            foreach (var viewer in new[] { Alice, Chris, null })
            {
                cards.Add(board.Build(new StepView { Map = map with { CurrentStep = step }, Text = text, Viewer = viewer }));
            }
        }

        Assert.All(cards, card => Assert.Equal(JsonSerializer.Serialize(card, Reflection), card.ToJson().GetRawText()));
    }

    [Fact]
    public void Button_data_is_written_exactly_as_reflection_writes_it()
    {
        var data = WorkshopCardData.For(Rich()) with { Seed = "s-1", Number = 3 };

        var written = data.ToJson().GetRawText();

        Assert.Contains("\"seed\":\"s-1\"", written, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(written), Reflection), written);
    }

    [Fact]
    public void Cards_come_from_the_generated_context_not_reflection()
    {
        // Guards the tests above: were the context not in use, both sides would be reflection and agree trivially.
        Assert.IsType<CardJsonContext>(CardJson.Options.GetTypeInfo(typeof(AdaptiveCard)).OriginatingResolver);
    }
}
