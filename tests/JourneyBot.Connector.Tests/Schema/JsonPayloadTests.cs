using System.Text;
using System.Text.Json;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Tests.Schema;

/// <summary>A card carried as JSON already written goes to the wire byte for byte as the same card as an element would.</summary>
public sealed class JsonPayloadTests
{
    private const string Card = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"여정 지도 😀 <at>Bora</at> \"quoted\"\nnext line"}],"actions":[{"type":"Action.Execute","verb":"goal.add","data":{"wid":"w1","v":3}}]}""";

    [Fact]
    public void A_reply_with_a_written_card_is_the_same_bytes_as_with_the_card_as_an_element()
    {
        var written = Encoding.UTF8.GetBytes(Card);
        var element = JsonSerializer.Deserialize<JsonElement>(Card);

        var fromWritten = JsonSerializer.SerializeToUtf8Bytes(Activity.FromCard(JsonPayload.FromWritten(written)), ConnectorJson.Options);
        var fromElement = JsonSerializer.SerializeToUtf8Bytes(Activity.FromCard(element), ConnectorJson.Options);

        Assert.Equal(Encoding.UTF8.GetString(fromElement), Encoding.UTF8.GetString(fromWritten));
        Assert.Contains(Card, Encoding.UTF8.GetString(fromWritten), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invoke_answer_with_a_written_card_reads_back_as_that_card()
    {
        var answer = AdaptiveCardInvokeResponse.Card(JsonPayload.FromWritten(Encoding.UTF8.GetBytes(Card)));

        var read = JsonSerializer.Deserialize<AdaptiveCardInvokeResponse>(JsonSerializer.SerializeToUtf8Bytes(answer, ConnectorJson.Options), ConnectorJson.Options);

        Assert.Equal("여정 지도 😀 <at>Bora</at> \"quoted\"\nnext line", read!.Value!.Value.Element.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal(answer.Value, read.Value);
    }

    [Fact]
    public void A_written_payload_is_also_an_element_for_whoever_reads_it()
    {
        var payload = JsonPayload.FromWritten(Encoding.UTF8.GetBytes(Card));

        Assert.Equal("goal.add", payload.Element.GetProperty("actions")[0].GetProperty("verb").GetString());
        Assert.Equal(Card, payload.ToString());
    }
}
