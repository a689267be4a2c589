using System.Text;
using System.Text.Json;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Connector.Tests.Schema;

public sealed class WireJsonTests
{
    [Theory]
    [InlineData("가", "\"가\"")]
    [InlineData("😀", "\"😀\"")]
    [InlineData("\uE000", "\"\uE000\"")]
    [InlineData("<at>&'", "\"<at>&'\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("line\nbreak\u0001", "\"line\\nbreak\\u0001\"")]
    public void Text_goes_on_the_wire_as_UTF_8_escaping_only_what_JSON_requires(string text, string expected)
    {
        var json = JsonSerializer.Serialize(text, ConnectorJson.Options);

        Assert.Equal(expected, json);
        Assert.Equal(text, JsonSerializer.Deserialize<string>(json, ConnectorJson.Options));
    }

    [Fact]
    public void A_lone_surrogate_which_UTF_8_cannot_hold_becomes_the_replacement_character()
    {
        Assert.Equal("\"\uFFFD\"", JsonSerializer.Serialize("\uD83D", ConnectorJson.Options));
    }

    [Fact]
    public void An_emoji_costs_its_four_UTF_8_bytes_not_twelve()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { text = string.Concat(Enumerable.Repeat("😀", 100)) }, ConnectorJson.Options);

        Assert.Equal(Encoding.UTF8.GetByteCount("{\"text\":\"\"}") + 400, bytes.Length);
    }
}
