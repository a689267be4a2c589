using JourneyBot.Cards;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Tests.Cards;

/// <summary>The named pieces write the same JSON the cards wrote by hand before them, so no card's look or size changes.</summary>
public sealed class CardPartsTests
{
    public static TheoryData<string, string> Pieces() => new()
    {
        { Json(CardParts.Title("T")), """{"type":"TextBlock","text":"T","wrap":true,"size":"Large","weight":"Bolder","style":"heading"}""" },
        { Json(CardParts.Title("T", Spacing.None)), """{"type":"TextBlock","text":"T","wrap":true,"size":"Large","weight":"Bolder","style":"heading","spacing":"None"}""" },
        { Json(CardParts.SectionHeading("S")), """{"type":"TextBlock","text":"S","wrap":true,"size":"Medium","weight":"Bolder","separator":true,"spacing":"Medium"}""" },
        { Json(CardParts.MinorHeading("M")), """{"type":"TextBlock","text":"M","wrap":true,"size":"Small","weight":"Bolder","isSubtle":true,"separator":true,"spacing":"Medium"}""" },
        { Json(CardParts.Note("N", Spacing.None)), """{"type":"TextBlock","text":"N","wrap":true,"size":"Small","isSubtle":true,"spacing":"None"}""" },
        { Json(CardParts.Subtle("s")), """{"type":"TextBlock","text":"s","wrap":true,"isSubtle":true}""" },
        { Json(CardParts.Warning("W")), """{"type":"Container","items":[{"type":"TextBlock","text":"W","wrap":true}],"style":"warning"}""" },
    };

    [Theory]
    [MemberData(nameof(Pieces))]
    public void Each_piece_writes_the_schema_words(string written, string expected)
    {
        Assert.Equal(expected, written);
    }

    private static string Json(CardElement element) => System.Text.Json.JsonSerializer.Serialize(element, ConnectorJson.Options);
}
