using System.Text.Json;
using JourneyBot.Reminders;
using JourneyBot.Testing;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Workshops;
using JourneyBot.Workshop;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Reminders;

/// <summary>The reminder cards: valid for the official library and under 28 KB in English and Korean, however large the map; user text escaped.</summary>
[Collection(BotTests.Name)]
public sealed class ReminderCardTests(BotEnvironment environment, ITestOutputHelper output)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_map_with_the_most_of_everything_makes_valid_reminder_cards_under_28_KB(string language)
    {
        var map = LargeMap(language);
        var overdue = map.Actions.Where(action => action.Details.DueDate is not null).ToList();

        var revisit = ReminderCards.Revisit(map);
        var overdueCard = ReminderCards.Overdue(map, overdue);
        var snoozed = ReminderCards.Revisit(map, "Snoozed by someone");

        foreach (var card in new[] { revisit, overdueCard, snoozed })
        {
            await environment.Cards.AssertValidAsync(card, CancellationToken.None);
            var bytes = System.Text.Encoding.UTF8.GetByteCount(card.GetRawText());
            Assert.True(bytes < 28 * 1024, $"{bytes} bytes");
            output.WriteLine($"{language}: {bytes:N0} bytes");
        }

        var text = new CardView(revisit).Text;
        Assert.Contains(language == "ko" ? "외 30개" : "and 30 more", text, StringComparison.Ordinal); // 40 goals, 10 shown
        Assert.Equal(3, new CardView(revisit).Json.GetProperty("msteams").GetProperty("entities").GetArrayLength()); // three owners, each once
    }

    [Fact]
    public async Task Names_and_titles_cannot_mention_anyone_or_carry_markdown_and_an_undeclared_mention_is_refused()
    {
        var eve = new Participant("00000000-0000-0000-0000-0000000000e5", "Eve <at>Alice Kim</at> [x](https://evil.example)");
        var map = LargeMap("en") with
        {
            Name = "<at>Everyone</at>",
            Goals = [],
            Kpis = [],
            Actions = [StepSevenMaps.Action("x1", "- [click](https://evil.example) <at>Bora</at>", null, new DateOnly(2027, 1, 1)) with { Details = new ActionDetails { Title = "- [click](https://evil.example) <at>Bora</at>", Owner = eve, DueDate = new DateOnly(2027, 1, 1) } }],
        };

        var card = ReminderCards.Overdue(map, map.Actions);
        await environment.Cards.AssertValidAsync(card, CancellationToken.None); // no link, list or mention it did not declare
        var entity = Assert.Single(card.GetProperty("msteams").GetProperty("entities").EnumerateArray());
        Assert.Equal(eve.AadObjectId, entity.GetProperty("mentioned").GetProperty("id").GetString());
        Assert.DoesNotContain("<at>Alice", entity.GetProperty("text").GetString(), StringComparison.Ordinal);

        var undeclared = JsonSerializer.SerializeToElement(new
        {
            type = "AdaptiveCard",
            version = "1.5",
            body = new[] { new { type = "TextBlock", text = "<at>Bora</at> and <at>Chris</at>", wrap = true } },
            msteams = new { entities = new[] { new { type = "mention", text = "<at>Bora</at>", mentioned = new { id = TestUser.Bora.AadObjectId, name = "Bora" } } } },
        });
        var refused = await Assert.ThrowsAsync<InvalidAdaptiveCardException>(() => environment.Cards.AssertValidAsync(undeclared, CancellationToken.None));
        Assert.Contains("mention", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_button_reaches_only_its_own_conversations_reminders()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 4, 5, 0, 0, TimeSpan.Zero));
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Time = clock, ExtraSettings = new Dictionary<string, string> { ["Reminders:Enabled"] = "false" } });
        var ours = bot.GroupChat();
        var theirs = bot.GroupChat();
        var theirWorkshop = await theirs.StartAtStepSevenAsync();
        await bot.FinishAsync(theirs, theirWorkshop, RevisitPlan.Default);
        var help = await ours.SendAndGetReplyAsync("help");
        var store = bot.Services.GetRequiredService<IReminderStore>();
        var before = await store.FindAsync(theirs.Owner(), theirWorkshop, ReminderKind.Revisit, CancellationToken.None);

        var forged = new CardButton("Action.Execute", "Stop reminders", ReminderVerbs.Stop, ReminderButtonData.For(theirWorkshop, ReminderKind.Revisit));
        var stop = await ours.ClickAsync(help, forged, by: TestUser.Alice);
        var malformed = await ours.ClickAsync(help, forged with { Data = JsonSerializer.SerializeToElement(new { wid = theirWorkshop, reminder = "Everything" }) }, by: TestUser.Alice);

        Assert.Equal("This reminder is no longer planned: nothing to snooze or stop.", stop.Response?.Value?.Element.GetString());
        Assert.Equal(400, malformed.Response?.StatusCode);
        var after = await store.FindAsync(theirs.Owner(), theirWorkshop, ReminderKind.Revisit, CancellationToken.None);
        Assert.Equal(before!.ETag, after!.ETag); // untouched
    }

    private static JourneyMap LargeMap(string language)
    {
        var started = JourneyMap.Start(new NewWorkshop
        {
            Id = "w1",
            Name = new string(language == "ko" ? '여' : 'W', Limits.MaxWorkshopNameLength),
            MapType = MapType.CurrentState,
            Template = StageTemplate.Saas,
            Language = language,
            Facilitator = TestUser.Alice.AsParticipant(),
            CreatedAt = DateTimeOffset.UnixEpoch,
        }).Map!;
        var author = TestUser.Alice.AsParticipant();
        var long_ = new string(language == "ko" ? '가' : 'x', 400);
        var owners = new[] { TestUser.Alice, TestUser.Bora, TestUser.Chris };
        return started with
        {
            Status = WorkshopStatus.Finished,
            Goals = [.. Enumerable.Range(1, 40).Select(i => new Goal { Id = $"g{i}", Text = long_ + i, Author = author, CreatedAt = DateTimeOffset.UnixEpoch })],
            Kpis = [.. Enumerable.Range(1, 30).Select(i => new Kpi
            {
                Id = $"k{i}",
                StageId = started.Stages[0].Id,
                Details = new KpiDetails { Name = long_ + i, Value = 123456.78m, Target = 234567.89m, Source = EvidenceSource.Crm },
                Author = author,
                CreatedAt = DateTimeOffset.UnixEpoch,
            })],
            Actions = [.. Enumerable.Range(1, 40).Select(i => StepSevenMaps.Action($"a{i}", long_ + i, owners[i % 3], i % 2 == 0 ? new DateOnly(2027, 1, i % 28 + 1) : null) with
            {
                Details = new ActionDetails { Title = long_ + i, Owner = owners[i % 3].AsParticipant(), DueDate = i % 2 == 0 ? new DateOnly(2027, 1, i % 28 + 1) : null, KpiId = $"k{i % 30 + 1}", KpiTarget = 99.5m },
            })],
        };
    }
}
