using System.Net;
using System.Web;
using JourneyBot.SharedMaps;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.Visualize;

namespace JourneyBot.Tests.SharedMaps;

/// <summary>
/// The map's links are safe to paste: any change to a link, an expired link, a link after "stop sharing" and a link to
/// another workshop all get 404 and nothing else; a genuine link works on any instance with the same key.
/// </summary>
[Collection(BotTests.Name)]
public sealed class MapLinkTests(BotEnvironment environment)
{
    private const string Key = "Dq1ChmCU8Yq5o2kHnZ3e6nnq6yJrJc8yLr+Vj8b1h0Q=";

    private static BotHostSettings WithKey(string? prefix = null) => new()
    {
        ExtraSettings = new Dictionary<string, string> { ["Maps:LinkSigningKey"] = Key },
        TablePrefix = prefix ?? "t" + Guid.NewGuid().ToString("N")[..12],
    };

    [Fact]
    public async Task Every_change_to_a_link_gets_404_with_an_empty_body()
    {
        await using var bot = await environment.StartBotAsync(WithKey());
        var (card, _) = await MapCardAsync(bot);
        var page = MapLinksOf.Button(card, "Open the whole map");
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, page)).StatusCode);
        var parts = page.AbsolutePath.Split('/'); // "", "maps", id, version, file
        var query = HttpUtility.ParseQueryString(page.Query);
        string Link(string? id = null, string? version = null, string? file = null, string? expires = null, string? sig = null) =>
            $"/maps/{id ?? parts[2]}/{version ?? parts[3]}/{file ?? parts[4]}?expires={expires ?? query["expires"]}&sig={sig ?? query["sig"]}";

        string[] tampered =
        [
            Link(id: parts[2][..^1] + (parts[2][^1] == 'a' ? 'b' : 'a')),
            Link(version: "0123456789abcdef"),
            Link(file: "map.xlsx"),
            Link(expires: (long.Parse(query["expires"]!, System.Globalization.CultureInfo.InvariantCulture) + 86_400).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Link(expires: "abc"),
            Link(sig: query["sig"]![..^2] + (query["sig"]![^2..] == "AA" ? "BB" : "AA")),
            Link(sig: string.Empty),
            Link(id: "../../api/messages"),
            Link(version: "v1"),
            Link(file: "map.exe"),
            $"/maps/{parts[2]}/{parts[3]}/{parts[4]}",
        ];
        foreach (var link in tampered)
        {
            using var response = await bot.Http.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{link}: {response.StatusCode}");
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task An_expired_link_gets_404_even_with_a_genuine_signature()
    {
        await using var bot = await environment.StartBotAsync(WithKey());
        var (_, map) = await MapCardAsync(bot);
        var expired = new MapLink(map.Id, MapLink.Latest, MapFormat.Page, DateTimeOffset.UtcNow.AddMinutes(-1));
        var fresh = expired with { Expires = DateTimeOffset.UtcNow.AddMinutes(5) };
        var key = Convert.FromBase64String(Key);

        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(expired.PathAndQuery(key, map.LinkSalt))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync(fresh.PathAndQuery(key, map.LinkSalt))).StatusCode);
    }

    [Fact]
    public async Task A_link_never_reaches_another_workshop()
    {
        await using var bot = await environment.StartBotAsync(WithKey());
        var (first, _) = await MapCardAsync(bot);
        var (_, other) = await MapCardAsync(bot, TestUser.Chris);
        var link = MapLinksOf.Button(first, "Open the whole map");
        var parts = link.AbsolutePath.Split('/');

        var moved = $"/maps/{other.Id}/{parts[3]}/{parts[4]}{link.Query}";

        Assert.Equal(HttpStatusCode.NotFound, (await bot.Http.GetAsync(moved)).StatusCode);
    }

    [Fact]
    public async Task Stop_sharing_ends_every_earlier_link_and_the_board_carries_new_ones()
    {
        await using var bot = await environment.StartBotAsync(WithKey());
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Visualize);
        var before = (MapLinksOf.Picture(board), MapLinksOf.Button(board, "Spreadsheet (XLSX)"));
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, before.Item2)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, before.Item1)).StatusCode); // rendered and kept: served from the header alone next time

        var after = (await chat.ClickAsync(message, board.Button(VisualizeVerbs.StopSharing), by: TestUser.Alice)).Card;

        Assert.Equal(HttpStatusCode.NotFound, (await MapLinksOf.GetAsync(bot, before.Item1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MapLinksOf.GetAsync(bot, before.Item2)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, MapLinksOf.Picture(after))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, MapLinksOf.Button(after, "Spreadsheet (XLSX)"))).StatusCode);
    }

    [Fact]
    public async Task Only_a_facilitator_may_stop_sharing()
    {
        await using var bot = await environment.StartBotAsync(WithKey());
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.Visualize);
        var link = MapLinksOf.Button(board, "Open the whole map");

        var refused = (await channel.ClickAsync(message, board.Button(VisualizeVerbs.StopSharing), by: TestUser.Chris)).Card;

        Assert.Contains("Only a facilitator", refused.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, link)).StatusCode);
    }

    [Fact]
    public async Task A_genuine_link_works_on_a_fresh_instance_with_the_same_key_and_not_with_another_key()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        Uri picture;
        Uri page;
        await using (var first = await environment.StartBotAsync(WithKey(prefix)))
        {
            var (card, _) = await MapCardAsync(first);
            (picture, page) = (MapLinksOf.Picture(card), MapLinksOf.Button(card, "Open the whole map"));
        }

        await using var second = await environment.StartBotAsync(WithKey(prefix));
        await using var otherKey = await environment.StartBotAsync(new BotHostSettings { TablePrefix = prefix });

        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(second, picture)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(second, page)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await MapLinksOf.GetAsync(otherKey, page)).StatusCode);
    }

    [Fact]
    public async Task Thirty_people_opening_the_same_picture_cost_one_render()
    {
        var logs = new RecordedLogs();
        await using var bot = await environment.StartBotAsync(WithKey() with { Logs = logs });
        var (card, _) = await MapCardAsync(bot);
        var picture = MapLinksOf.Picture(card);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => MapLinksOf.GetAsync(bot, picture)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(logs.Lines, line => line.EventId == 4000 && line.Message.Contains("Rendered the CardPicture ", StringComparison.Ordinal));
    }

    private static async Task<(CardView Card, JourneyMap Map)> MapCardAsync(BotHost bot, TestUser? facilitator = null)
    {
        var user = facilitator ?? TestUser.Alice;
        var chat = bot.PersonalChat(user);
        var (_, board) = await chat.StartAtStepAsync(user, WorkshopStep.Visualize);
        return (board, await bot.StoredMapAsync(chat, board));
    }
}
