using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Tests.Schema;

public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-11-22T10:00:00.123Z",
          "localTimestamp": "2026-11-22T19:00:00.123+09:00",
          "serviceUrl": "https://smba.trafficmanager.net/kr/",
          "channelId": "msteams",
          "from": { "id": "29:bora", "name": "박보라", "aadObjectId": "b0ea0000-0000-0000-0000-000000000000", "userRole": "user" },
          "conversation": { "conversationType": "channel", "tenantId": "t-1", "id": "19:abc@thread.tacv2;messageid=1700000000000", "isGroup": true },
          "recipient": { "id": "28:bot", "name": "JourneyBot" },
          "textFormat": "plain",
          "text": "<at>JourneyBot</at> help",
          "locale": "ko-KR",
          "entities": [
            { "type": "mention", "text": "<at>JourneyBot</at>", "mentioned": { "id": "28:bot", "name": "JourneyBot" } },
            { "type": "clientInfo", "locale": "ko-KR", "country": "KR", "platform": "Web", "timezone": "Asia/Seoul" }
          ],
          "channelData": {
            "teamsChannelId": "19:abc@thread.tacv2",
            "teamsTeamId": "19:team@thread.tacv2",
            "channel": { "id": "19:abc@thread.tacv2" },
            "team": { "id": "19:team@thread.tacv2" },
            "tenant": { "id": "t-1" },
            "settings": { "selectedChannel": { "id": "19:abc@thread.tacv2" } }
          },
          "attachments": [ { "contentType": "text/html", "content": "<div>help</div>" } ],
          "futureField": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void A_Teams_message_round_trips_with_every_field_including_unknown_ones()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ConnectorJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ConnectorJson.Options))!.AsObject();
        var original = JsonNode.Parse(TeamsMessage)!.AsObject();

        // Timestamps are instants: Teams writes "Z", .NET writes "+00:00"; the same moment either way.
        Assert.Equal(Instant(original, "timestamp"), Instant(written, "timestamp"));
        original.Remove("timestamp");
        written.Remove("timestamp");
        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }

    [Fact]
    public void The_fields_the_bot_reads_are_typed()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ConnectorJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("박보라", activity.From?.Name);
        Assert.Equal("b0ea0000-0000-0000-0000-000000000000", activity.From?.AadObjectId);
        Assert.Equal(ConversationTypes.Channel, activity.Conversation?.ConversationType);
        Assert.Equal("t-1", activity.ChannelData?.Tenant?.Id);
        Assert.Equal("19:team@thread.tacv2", activity.ChannelData?.Team?.Id);
        Assert.Equal("Asia/Seoul", activity.Entities?[1].Timezone);
    }

    [Fact]
    public void The_conversation_reference_keeps_what_a_proactive_message_needs()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ConnectorJson.Options)!;

        var reference = ConversationReference.From(activity)!;

        Assert.Equal("https://smba.trafficmanager.net/kr/", reference.ServiceUrl);
        Assert.Equal("19:abc@thread.tacv2", reference.ConversationId); // the channel, not the thread
        Assert.Equal("t-1", reference.TenantId);
        Assert.Equal("28:bot", reference.BotId);
        Assert.Equal("19:team@thread.tacv2", reference.TeamId);
        Assert.Equal("19:abc@thread.tacv2", reference.TeamsChannelId);
    }

    private static DateTimeOffset Instant(JsonObject activity, string name) =>
        DateTimeOffset.Parse(activity[name]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
