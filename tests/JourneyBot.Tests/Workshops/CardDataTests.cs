using System.Text.Json;
using JourneyBot.Connector.Schema;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;

namespace JourneyBot.Tests.Workshops;

[Collection(BotTests.Name)]
public sealed class CardDataTests(BotEnvironment environment)
{
    [Theory]
    [InlineData("""{"wid":"../other","v":1}""")]
    [InlineData("""{"wid":"ok","v":-1}""")]
    [InlineData("""{"wid":"ok","v":"1"}""")]
    [InlineData("""{"wid":"ok","v":1,"item":{"x":1}}""")]
    [InlineData("""{"wid":"ok","v":1,"stage":{"x":1}}""")]
    [InlineData("""{"wid":"ok","v":1,"touchpoint":"a/b"}""")]
    [InlineData("""{"wid":"ok","v":1,"replaces":""}""")]
    [InlineData("""{"wid":"ok","v":1,"n":100000}""")]
    [InlineData("""{"wid":"ok","v":1,"step":9}""")]
    [InlineData("""{"replaces":"w0","lang":"fr"}""")]
    [InlineData("""{"replaces":"w0","lang":1}""")]
    [InlineData("""["not","an","object"]""")]
    public void Card_data_that_is_not_what_a_card_sends_is_refused(string json)
    {
        Assert.Null(WorkshopCardData.Parse(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void Card_data_round_trips_and_leaves_inputs_to_the_inputs()
    {
        var data = new WorkshopCardData
        {
            WorkshopId = "w1", Version = 7, Seed = "s1", Number = 3, GoalId = "g1", PersonaId = "p1", StageId = "awareness", CellId = "p1.awareness",
            TouchpointId = "t1", KpiId = "k1", NoteId = "n1", ReplacesId = "w0", Language = JourneyBot.Resources.Language.Korean,
        };
        var json = JsonSerializer.SerializeToNode(data.ToJson())!.AsObject();
        json["goal.text"] = "typed";

        var read = WorkshopCardData.Parse(JsonSerializer.SerializeToElement(json));

        Assert.Equal(data, read);
        Assert.Equal("typed", new SubmittedInputs(JsonSerializer.SerializeToElement(json)).Text("goal.text"));
    }

    [Fact]
    public void Each_subject_is_written_under_its_own_name_and_no_card_writes_item()
    {
        var json = new WorkshopCardData { WorkshopId = "w1", StageId = "awareness", TouchpointId = "t1" }.ToJson();

        Assert.Equal("awareness", json.GetProperty("stage").GetString());
        Assert.Equal("t1", json.GetProperty("touchpoint").GetString());
        Assert.False(json.TryGetProperty("item", out _));
    }

    [Fact]
    public void Data_that_says_item_comes_from_a_card_an_older_version_drew()
    {
        var older = WorkshopCardData.Parse(JsonDocument.Parse("""{"wid":"w1","v":2,"item":"t1"}""").RootElement);
        var current = WorkshopCardData.Parse(JsonDocument.Parse("""{"wid":"w1","v":2,"touchpoint":"t1"}""").RootElement);

        Assert.True(older!.FromOlderVersion);
        Assert.Null(older.TouchpointId);
        Assert.False(current!.FromOlderVersion);
    }

    [Fact]
    public void A_person_without_an_Entra_id_gets_an_id_that_per_person_items_can_carry()
    {
        var participant = Participants.From(new Activity { Type = "message", From = new ChannelAccount { Id = "29:1AbC/x", Name = "Guest" } });

        Assert.Equal(new JourneyBot.Workshop.Participant("29-1AbC-x", "Guest"), participant);
    }

    [Fact]
    public async Task A_click_naming_another_conversations_workshop_finds_nothing_and_changes_nothing()
    {
        await using var bot = await environment.StartBotAsync();
        var alices = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await alices.StartWorkshopAsync(TestUser.Alice, name: "Alice's own");
        var boras = bot.PersonalChat(TestUser.Bora);

        var clicked = await boras.ClickAsync(setup, board.Button(GoalsAndPersonasVerbs.AddGoal),
            new Dictionary<string, object?> { [GoalsSection.TextInput] = "Injected" }, TestUser.Bora);

        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, clicked.Response!.Type);
        Assert.Contains("not in this conversation", clicked.Response.Value!.Value.Element.GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Injected", (await alices.SendAndGetReplyAsync("status")).Card.Text, StringComparison.Ordinal);
    }
}
