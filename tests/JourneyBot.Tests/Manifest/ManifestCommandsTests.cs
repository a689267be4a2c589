using System.Text.Json;
using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Manifest;

/// <summary>The Teams app manifest offers commands in the compose box; each must be one the bot really answers.</summary>
[Collection(BotTests.Name)]
public sealed class ManifestCommandsTests(BotEnvironment environment)
{
    /// <summary>Every command title of manifest.json and of its Korean localization file.</summary>
    public static TheoryData<string> Commands()
    {
        var titles = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "manifest.json", "ko-kr.json" })
        {
            using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "manifest", file)));
            titles.UnionWith(Titles(manifest.RootElement));
        }

        return new TheoryData<string>(titles);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_in_the_manifest_is_answered_by_the_bot(string title)
    {
        await using var bot = await environment.StartBotAsync();

        var personal = await bot.PersonalChat(TestUser.Alice).SendAndGetReplyAsync(title);
        var channel = await bot.Channel().SendAndGetReplyAsync(title, from: TestUser.Bora);

        Assert.DoesNotContain("I did not understand", personal.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I did not understand", channel.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_lists_at_least_start_and_help()
    {
        var titles = ((IEnumerable<object[]>)Commands()).Select(row => (string)row[0]).ToHashSet();

        Assert.Contains("start", titles);
        Assert.Contains("help", titles);
    }

    /// <summary>Titles in manifest.json (<c>bots[].commandLists[].commands[].title</c>) or its localization file (flat keys).</summary>
    private static IEnumerable<string> Titles(JsonElement root)
    {
        if (root.TryGetProperty("bots", out var bots))
        {
            foreach (var bot in bots.EnumerateArray())
            foreach (var list in bot.GetProperty("commandLists").EnumerateArray())
            foreach (var command in list.GetProperty("commands").EnumerateArray())
            {
                yield return command.GetProperty("title").GetString()!;
            }

            yield break;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Name.StartsWith("bots[", StringComparison.Ordinal) && property.Name.EndsWith(".title", StringComparison.Ordinal))
            {
                yield return property.Value.GetString()!;
            }
        }
    }
}
