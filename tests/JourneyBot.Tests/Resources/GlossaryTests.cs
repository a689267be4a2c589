using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Resources;

/// <summary>The Korean resources use the terms docs/glossary.md fixes: none of the terms its table rules out.</summary>
public sealed partial class GlossaryTests
{
    private static readonly string Glossary = Path.Combine(RepositoryRoot.Path, "docs", "glossary.md");

    /// <summary>The terms in the glossary table's "ruled out" column, read from the page itself so the two cannot drift.</summary>
    private static IReadOnlyList<string> RuledOutTerms()
    {
        var rows = File.ReadLines(Glossary).Where(line => line.StartsWith('|')).Select(Cells).ToList();
        var header = rows.First(cells => cells.Contains("ruled out"));
        var column = header.IndexOf("ruled out");
        return [.. rows.SkipWhile(cells => cells != header).Skip(2)
            .SelectMany(cells => Quoted().Matches(cells[column]).Select(match => match.Groups[1].Value))];
    }

    private static List<string> Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(cell => cell.Trim())];

    /// <summary>Every Korean text people see: the resources and the Teams store listing, each by where it comes from.</summary>
    private static IEnumerable<(string Where, string Text)> KoreanTexts()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", "JourneyBot", "Resources"), "*.ko.resx"))
        {
            foreach (var data in XDocument.Load(file).Root!.Elements("data"))
            {
                yield return ($"{Path.GetFileName(file)}: {(string)data.Attribute("name")!}", (string?)data.Element("value") ?? string.Empty);
            }
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "manifest", "ko-kr.json")));
        foreach (var property in manifest.RootElement.EnumerateObject().Where(property => property.Value.ValueKind == JsonValueKind.String))
        {
            yield return ($"ko-kr.json: {property.Name}", property.Value.GetString()!);
        }
    }

    [Fact]
    public void The_glossary_rules_out_terms_for_the_concepts_issue_10_found_mixed()
    {
        var terms = RuledOutTerms();

        Assert.Contains("#단계", terms);
        Assert.Contains("고통 요인", terms);
        Assert.Contains("맵", terms);
        Assert.Contains("노트", terms);
        Assert.Contains("접점", terms);
        Assert.Equal(terms.Count, terms.Distinct().Count());
    }

    [Fact]
    public void No_Korean_text_uses_a_term_the_glossary_rules_out()
    {
        var terms = RuledOutTerms();

        var offending = KoreanTexts()
            .SelectMany(text => terms.Where(term => NumbersAsHash(text.Text).Contains(term, StringComparison.Ordinal)).Select(term => $"{text.Where} uses “{term}”: {text.Text}"));

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("{0}단계로 돌아가기", "#단계로 돌아가기")]
    [InlineData("1/7단계 · {2:N0}개", "#/#단계 · #개")]
    public void Numbers_and_placeholders_read_as_hash(string text, string read) => Assert.Equal(read, NumbersAsHash(text));

    private static string NumbersAsHash(string text) => NumberOrPlaceholder().Replace(text, "#");

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}|\d+")]
    private static partial Regex NumberOrPlaceholder();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Quoted();
}
