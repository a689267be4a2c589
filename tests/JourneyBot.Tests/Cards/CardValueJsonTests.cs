using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Connector.Schema;

namespace JourneyBot.Tests.Cards;

/// <summary>Every typed card value is written as the word the Adaptive Card 1.5 schema (and the adaptivecards library) expects.</summary>
public sealed class CardValueJsonTests
{
    // The schema's words, typed out here rather than derived, so a renamed member cannot quietly change a card.
    private static readonly Dictionary<Enum, string> SchemaWords = new()
    {
        [TextSize.Default] = "Default", [TextSize.Small] = "Small", [TextSize.Medium] = "Medium", [TextSize.Large] = "Large",
        [TextSize.ExtraLarge] = "ExtraLarge",
        [TextWeight.Default] = "Default", [TextWeight.Lighter] = "Lighter", [TextWeight.Bolder] = "Bolder",
        [TextColor.Default] = "Default", [TextColor.Dark] = "Dark", [TextColor.Light] = "Light", [TextColor.Accent] = "Accent",
        [TextColor.Good] = "Good", [TextColor.Warning] = "Warning", [TextColor.Attention] = "Attention",
        [TextBlockStyle.Default] = "default", [TextBlockStyle.Heading] = "heading",
        [Spacing.Default] = "Default", [Spacing.None] = "None", [Spacing.Small] = "Small", [Spacing.Medium] = "Medium",
        [Spacing.Large] = "Large", [Spacing.ExtraLarge] = "ExtraLarge", [Spacing.Padding] = "Padding",
        [ContainerStyle.Default] = "default", [ContainerStyle.Emphasis] = "emphasis", [ContainerStyle.Good] = "good",
        [ContainerStyle.Attention] = "attention", [ContainerStyle.Warning] = "warning", [ContainerStyle.Accent] = "accent",
        [ActionStyle.Default] = "default", [ActionStyle.Positive] = "positive", [ActionStyle.Destructive] = "destructive",
        [ColumnWidth.Auto] = "auto", [ColumnWidth.Stretch] = "stretch",
        [VerticalAlignment.Top] = "Top", [VerticalAlignment.Center] = "Center", [VerticalAlignment.Bottom] = "Bottom",
        [ChoiceInputStyle.Compact] = "compact", [ChoiceInputStyle.Expanded] = "expanded",
    };

    private static readonly Type[] ValueTypes =
    [
        typeof(TextSize), typeof(TextWeight), typeof(TextColor), typeof(TextBlockStyle), typeof(Spacing), typeof(ContainerStyle),
        typeof(ActionStyle), typeof(ColumnWidth), typeof(VerticalAlignment), typeof(ChoiceInputStyle),
    ];

    public static TheoryData<Enum> Values()
    {
        var data = new TheoryData<Enum>();
        foreach (var value in ValueTypes.SelectMany(type => Enum.GetValues(type).Cast<Enum>()))
        {
            data.Add(value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Each_value_is_written_as_the_schema_word(Enum value)
    {
        Assert.True(SchemaWords.TryGetValue(value, out var word), $"{value.GetType().Name}.{value} has no schema word in this test");
        Assert.Equal($"\"{word}\"", JsonSerializer.Serialize(value, value.GetType(), ConnectorJson.Options));
    }

    [Fact]
    public void A_card_writes_the_words_and_leaves_unset_values_out()
    {
        var card = new AdaptiveCard(
        [
            new TextBlock("Title") { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading, Spacing = Spacing.None },
            new ColumnSet([new Column([new TextBlock("x")]) { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalAlignment.Center }]),
        ])
        {
            Actions = [new ExecuteAction("Go", "go") { Style = ActionStyle.Positive }],
        };

        var json = card.ToJson().GetRawText();

        Assert.Contains("""{"type":"TextBlock","text":"Title","wrap":true,"size":"Large","weight":"Bolder","style":"heading","spacing":"None"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"Column","items":[{"type":"TextBlock","text":"x","wrap":true}],"width":"stretch","verticalContentAlignment":"Center"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"Action.Execute","verb":"go","title":"Go","style":"positive"}""", json, StringComparison.Ordinal);
    }
}
