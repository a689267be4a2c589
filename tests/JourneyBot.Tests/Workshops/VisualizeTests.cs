using System.Net;
using System.Text.Json;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.Visualize;

namespace JourneyBot.Tests.Workshops;

/// <summary>Step 5 in the chat: the map card on the board and from the <c>map</c> command, in English and Korean, personal chat and channel.</summary>
[Collection(BotTests.Name)]
public sealed class VisualizeTests(BotEnvironment environment)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;

    [Fact]
    public async Task The_step_5_board_shows_the_picture_the_summary_and_links_that_serve_the_map()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Visualize);
        await bot.ArrangeFullMapAsync(chat, board, personas: 3);

        var refreshed = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        var posted = await chat.SendAndGetReplyAsync("map", TestUser.Alice);
        var mapCard = (await chat.ClickAsync(posted, posted.Card.Button(VisualizeVerbs.ShowMap), by: TestUser.Alice)).Card;

        foreach (var shown in new[] { refreshed, posted.Card, mapCard })
        {
            Assert.Contains("At a glance", shown.Text, Exact);
            Assert.Contains("Tech-minded founder", shown.Text, Exact);
            Assert.Contains("Cannot find the team plan on the pricing…", shown.Text, Exact);
            Assert.Contains("→ 50%", shown.Text, Exact);
            Assert.Contains("2 (1 online)", shown.Text, Exact);
        }

        Assert.Contains("The map as a picture, a page and a spreadsheet", refreshed.Text, Exact);
        // The picture names the stored map's revision, so the render kept for it serves every later request.
        Assert.Equal(JourneyBot.SharedMaps.MapRevision.Of(await bot.StoredMapAsync(chat, board)), MapLinksOf.Picture(refreshed).AbsolutePath.Split('/')[3]);
        var picture = await MapLinksOf.GetAsync(bot, MapLinksOf.Picture(refreshed));
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        var (width, height) = PngSize(await picture.Content.ReadAsByteArrayAsync());
        Assert.True(width <= 1024 && height <= 1024, $"Teams shows card pictures up to 1024 x 1024, not {width} x {height}");
        var full = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(refreshed, "Picture (PNG)"));
        Assert.Equal(1600, PngSize(await full.Content.ReadAsByteArrayAsync()).Width);

        var page = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(refreshed, "Open the whole map"));
        Assert.Equal(("text/html", "utf-8"), (page.Content.Headers.ContentType?.MediaType, page.Content.Headers.ContentType?.CharSet));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Scaling team lead", html, Exact);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        var spreadsheet = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(refreshed, "Spreadsheet (XLSX)"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", spreadsheet.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", "Onboarding journey.xlsx"), (spreadsheet.Content.Headers.ContentDisposition?.DispositionType, spreadsheet.Content.Headers.ContentDisposition?.FileNameStar));
        var lists = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(refreshed, "Lists (CSV)"));
        Assert.Equal("application/zip", lists.Content.Headers.ContentType?.MediaType);
        foreach (var response in new[] { picture, full, page, spreadsheet, lists })
        {
            Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True(response.Headers.CacheControl?.Private, "Cache-Control: private");
        }
    }

    [Fact]
    public async Task The_map_command_in_a_Korean_channel_shows_a_partial_map_and_says_what_is_missing()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel("ko-KR");
        await channel.StartWorkshopAsync(TestUser.Bora, name: "인바운드 마케팅 지도", language: "ko");

        var card = (await channel.SendAndGetReplyAsync("지도", TestUser.Bora)).Card;

        Assert.Contains("인바운드 마케팅 지도: 고객 여정 지도", card.Text, Exact);
        Assert.Contains("아직 지도에 없는 것: 페르소나(스텝 1), 터치포인트(스텝 3), KPI(스텝 4), 공개된 감정 점수(스텝 2).", card.Text, Exact);
        Assert.Equal(["전체 지도 열기", "그림(PNG)", "스프레드시트(XLSX)", "목록(CSV)"], card.Buttons.Where(button => button.Type == "Action.OpenUrl").Select(button => button.Title).Distinct());
        var spreadsheet = await MapLinksOf.GetAsync(bot, MapLinksOf.Button(card, "스프레드시트(XLSX)"));
        Assert.Equal(HttpStatusCode.OK, spreadsheet.StatusCode);
        Assert.Equal("인바운드 마케팅 지도.xlsx", spreadsheet.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, MapLinksOf.Picture(card))).StatusCode);
    }

    [Fact]
    public async Task A_Korean_map_of_five_personas_is_summed_up_in_Korean_in_a_personal_chat()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, "ko-KR");
        var (_, board) = await chat.StartAtStepAsync(TestUser.Bora, WorkshopStep.Visualize, language: "ko");
        await bot.ArrangeFullMapAsync(chat, board, personas: 5, korean: true, facilitator: TestUser.Bora);

        var card = (await chat.SendAndGetReplyAsync("지도", TestUser.Bora)).Card;

        Assert.Contains("한눈에 보기", card.Text, Exact);
        Assert.Contains("대학생 인턴", card.Text, Exact);
        Assert.Contains("2개(온라인 1개)", card.Text, Exact);
        Assert.DoesNotContain("아직 지도에 없는 것", card.Text, Exact);
    }

    [Fact]
    public async Task Before_the_reveal_the_summary_hides_emotions_and_the_card_says_they_are_missing()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (_, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Visualize);
        await bot.ArrangeFullMapAsync(chat, board, personas: 2, reveal: false);

        var card = (await chat.SendAndGetReplyAsync("map", TestUser.Alice)).Card;

        Assert.DoesNotContain("Tech-minded founder\n", card.Text, Exact); // no emotion rows: the scores are private
        Assert.Contains("Top pain point", card.Text, Exact);
        Assert.Contains("Not on the map yet: revealed emotion scores (step 2).", card.Text, Exact);
    }

    [Fact]
    public async Task The_largest_map_keeps_every_card_under_28_KB_and_says_the_table_shows_eight_stages()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Visualize);
        var alice = TestUser.Alice.AsParticipant();
        var longName = new string('긴', 100);
        await bot.ArrangeAllAsync(chat, board, Enumerable.Range(1, 12).Select(number => (Func<JourneyMap, MapOutcome>)(m => m.AddCustomStage(alice, $"s{number}", $"{number} {longName}"[..100], DateTimeOffset.UtcNow))));
        await bot.ArrangeFullMapAsync(chat, board, personas: 10, korean: true);

        var card = (await chat.SendAndGetReplyAsync("map", TestUser.Alice)).Card;
        var shared = await chat.SharedCardAsync(message);

        Assert.Contains("The table shows the first 8 stages; 12 more are on the picture and the whole map.", card.Text, Exact);
        Assert.True(card.Bytes < 28_000, $"{card.Bytes} bytes");
        Assert.True(shared is null || shared.Bytes < 28_000, $"{shared?.Bytes} bytes");
        Assert.Equal(HttpStatusCode.OK, (await MapLinksOf.GetAsync(bot, MapLinksOf.Picture(card))).StatusCode);
    }

    /// <summary>A PNG's size from its header (IHDR: width and height, big-endian, at bytes 16 and 20), after checking its signature.</summary>
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}

/// <summary>Finds the map's links on a card and follows them on the bot under test (whatever host the link names).</summary>
internal static class MapLinksOf
{
    public static Uri Picture(CardView card) => new(Images(card.Json).Single());

    public static Uri Button(CardView card, string title) =>
        new(FindUrl(card.Json, title) is { Length: > 0 } url ? url : throw new Xunit.Sdk.XunitException($"No link titled '{title}' on the card:\n{card.Text}"));

    public static Task<HttpResponseMessage> GetAsync(Driver.BotHost bot, Uri link) => bot.Http.GetAsync(link.PathAndQuery);

    private static IEnumerable<string> Images(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Image")
            {
                yield return element.GetProperty("url").GetString()!;
            }

            foreach (var property in element.EnumerateObject())
            {
                foreach (var url in Images(property.Value))
                {
                    yield return url;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray().SelectMany(Images))
            {
                yield return item;
            }
        }
    }

    private static string FindUrl(JsonElement element, string title)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.OpenUrl" && element.GetProperty("title").GetString() == title)
            {
                return element.GetProperty("url").GetString()!;
            }

            foreach (var property in element.EnumerateObject())
            {
                if (FindUrl(property.Value, title) is { Length: > 0 } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindUrl(item, title) is { Length: > 0 } found)
                {
                    return found;
                }
            }
        }

        return string.Empty;
    }
}
