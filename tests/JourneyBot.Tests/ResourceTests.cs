using System.Text.RegularExpressions;
using System.Xml.Linq;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests;

public sealed partial class ResourceTests
{
    /// <summary>Every resource pair of the app (the cards' words, the catalog's, each step's), found on disk so none is missed.</summary>
    public static TheoryData<string> ResourcePairs => [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", "JourneyBot", "Resources"), "*.resx")
        .Select(Path.GetFileName).Where(file => !file!.EndsWith(".ko.resx", StringComparison.Ordinal)).Select(file => file![..^".resx".Length]).Order()];

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(RepositoryRoot.Path, "src", "JourneyBot", "Resources", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty);

    [Theory]
    [MemberData(nameof(ResourcePairs))]
    public void Every_English_text_has_a_Korean_translation_and_none_is_empty(string pair)
    {
        var english = Load($"{pair}.resx");
        var korean = Load($"{pair}.ko.resx");

        Assert.NotEmpty(english);
        Assert.Equal(english.Keys.Order(), korean.Keys.Order());
        Assert.All(english.Concat(korean), text => Assert.False(string.IsNullOrWhiteSpace(text.Value), text.Key));
    }

    // No allow-list: words that stay the same in Korean (SaaS, CRM, KPI) only ever appear inside a text that is otherwise
    // translated, so a Korean value equal to its English one and containing letters is always a missed translation.
    [Theory]
    [MemberData(nameof(ResourcePairs))]
    public void Korean_texts_are_not_left_in_English(string pair)
    {
        var english = Load($"{pair}.resx");
        var korean = Load($"{pair}.ko.resx");

        var untranslated = english.Where(text => korean[text.Key] == text.Value && text.Value.Any(char.IsAsciiLetter)).Select(text => text.Key);

        Assert.Empty(untranslated);
    }

    [Theory]
    [MemberData(nameof(ResourcePairs))]
    public void Korean_texts_fill_in_the_same_values_as_English(string pair)
    {
        var english = Load($"{pair}.resx");
        var korean = Load($"{pair}.ko.resx");

        var mismatched = english.Where(text => !Placeholders(text.Value).SetEquals(Placeholders(korean[text.Key]))).Select(text => text.Key);

        Assert.Empty(mismatched);
    }

    // Counts go through BotText.Counted with one|other forms; "(s)" is what that replaced.
    [Theory]
    [MemberData(nameof(ResourcePairs))]
    public void No_text_hedges_a_plural_with_s_in_brackets(string pair)
    {
        var hedged = Load($"{pair}.resx").Concat(Load($"{pair}.ko.resx")).Where(text => text.Value.Contains("(s)", StringComparison.Ordinal)).Select(text => text.Key);

        Assert.Empty(hedged);
    }

    [Theory]
    [MemberData(nameof(ResourcePairs))]
    public void Counted_texts_have_one_or_two_forms_in_English_one_in_Korean_and_the_same_values_in_each(string pair)
    {
        var english = Load($"{pair}.resx");
        var korean = Load($"{pair}.ko.resx");

        foreach (var (key, value) in english)
        {
            var forms = value.Split('|');
            Assert.True(forms.Length <= 2, $"{key}: at most one|other");
            Assert.All(forms, form => Assert.True(Placeholders(form).SetEquals(Placeholders(value)), $"{key}: each form fills in every value"));
            Assert.DoesNotContain('|', korean[key]);
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(match => match.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
