using System.Xml.Linq;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests;

public sealed class ResourceTests
{
    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "JourneyBot", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    [Fact]
    public void Every_English_text_has_a_Korean_translation_and_none_is_empty()
    {
        var english = Load("BotText.resx");
        var korean = Load("BotText.ko.resx");

        Assert.Equal(english.Keys.Order(), korean.Keys.Order());
        Assert.All(english.Concat(korean), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Korean_texts_are_not_left_in_English()
    {
        var english = Load("BotText.resx");
        var korean = Load("BotText.ko.resx");

        var untranslated = english.Where(pair => korean[pair.Key] == pair.Value && pair.Value.Any(char.IsAsciiLetter)).Select(pair => pair.Key);

        Assert.Empty(untranslated);
    }
}
