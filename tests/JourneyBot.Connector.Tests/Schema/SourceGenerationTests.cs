using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Tests.Schema;

/// <summary>
/// The wire schema is read and written with source-generated metadata (<c>ConnectorJsonContext</c>): the JSON must be
/// byte for byte what the reflection-based serializer writes with the same settings, and read back the same.
/// </summary>
public sealed class SourceGenerationTests
{
    private static readonly JsonSerializerOptions Reflection = new(ConnectorJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static readonly JsonElement Card = JsonDocument.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"가 😀"}]}""").RootElement;

    public static TheoryData<object> Bodies() => new()
    {
        Activity.FromCard(Card, "summary") with
        {
            Id = "a-1",
            ReplyToId = "r-1",
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/kr/",
            From = new ChannelAccount { Id = "28:bot", Name = "JourneyBot" },
            Recipient = new ChannelAccount { Id = "29:user", Name = "김민지", AadObjectId = "aad-1" },
            Conversation = new ConversationAccount { Id = "19:c@thread.v2", ConversationType = ConversationTypes.GroupChat, TenantId = "t-1", IsGroup = true },
            ChannelData = new TeamsChannelData { Tenant = new TeamsIdentity { Id = "t-1" } },
            Entities = [new Entity { Type = "mention", Text = "<at>JourneyBot</at>", Mentioned = new ChannelAccount { Id = "28:bot" } }],
            Timestamp = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9)),
        },
        Activity.FromText("**hello** 안녕하세요"),
        AdaptiveCardInvokeResponse.Card(Card),
        AdaptiveCardInvokeResponse.Message("Try again"),
        AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Bad data"),
        TaskModuleResponse.Continue("제목", Card),
        TaskModuleResponse.Message("Saved."),
        new ConversationParameters { IsGroup = false, Bot = new ChannelAccount { Id = "28:bot" }, Members = [new ChannelAccount { Id = "29:user" }], TenantId = "t-1" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Outbound_bodies_are_written_exactly_as_reflection_writes_them(object body)
    {
        Assert.Equal(JsonSerializer.Serialize(body, body.GetType(), Reflection), JsonSerializer.Serialize(body, body.GetType(), ConnectorJson.Options));
    }

    [Fact]
    public void An_inbound_invoke_reads_the_same_and_keeps_unknown_fields()
    {
        const string json = """
            {"type":"invoke","name":"adaptiveCard/action","id":"f:1","timestamp":"2026-12-01T00:00:00.000Z","serviceUrl":"https://smba.trafficmanager.net/kr/",
             "channelId":"msteams","from":{"id":"29:u","name":"Alice","aadObjectId":"aad-1"},"recipient":{"id":"28:b","name":"JourneyBot"},
             "conversation":{"id":"19:c@thread.v2","conversationType":"groupChat","tenantId":"t-1","isGroup":true},
             "channelData":{"tenant":{"id":"t-1"},"source":{"name":"message"}},"locale":"ko-KR","replyToId":"m-1",
             "value":{"action":{"type":"Action.Execute","verb":"goal.add","data":{"wid":"w","v":3}},"trigger":"manual"},"unknownField":[1,2]}
            """;

        var generated = JsonSerializer.Deserialize<Activity>(json, ConnectorJson.Options)!;
        var reflected = JsonSerializer.Deserialize<Activity>(json, Reflection)!;

        Assert.Equal(JsonSerializer.Serialize(reflected, Reflection), JsonSerializer.Serialize(generated, ConnectorJson.Options));
        Assert.True(generated.ExtensionData!.ContainsKey("unknownField"));
        var value = generated.Value!.Value.Deserialize<AdaptiveCardInvokeValue>(ConnectorJson.Options)!;
        Assert.Equal("goal.add", value.Action.Verb);
    }

    [Fact]
    public void The_schema_types_come_from_the_generated_context_not_reflection()
    {
        // Guards the tests above: were the context not in use, both sides would be reflection and agree trivially.
        var info = ConnectorJson.Options.GetTypeInfo(typeof(Activity));

        Assert.NotEqual(typeof(DefaultJsonTypeInfoResolver), info.OriginatingResolver?.GetType());
        Assert.IsAssignableFrom<System.Text.Json.Serialization.JsonSerializerContext>(info.OriginatingResolver);
    }
}
