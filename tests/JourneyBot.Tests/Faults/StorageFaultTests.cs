using System.Diagnostics;
using System.Net;
using Azure.Data.Tables;
using JourneyBot.Connector.Client;
using JourneyBot.Connector.Schema;
using JourneyBot.Storage;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Workshops;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using Microsoft.Extensions.DependencyInjection;

namespace JourneyBot.Tests.Faults;

/// <summary>
/// Storage that hangs or resets connections (a TCP proxy in front of Azurite): every turn still answers, with "try again",
/// before the turn's storage deadline plus a generous margin, well inside Teams' 15 seconds. The bounds are correctness
/// bounds (an answer in time, not silence or a 500 after 21 s), not performance figures.
/// </summary>
[Collection(BotTests.Name)]
public sealed class StorageFaultTests(BotEnvironment environment)
{
    /// <summary>What may pass beyond the deadline before the answer: the reply's own round trip, a busy test machine.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(4);

    private static readonly TimeSpan DefaultDeadline = new StorageOptions().TurnDeadline;

    /// <summary>A shorter deadline where the default is not the point, so the suite does not wait 8 seconds each time.</summary>
    private static readonly TimeSpan ShortDeadline = TimeSpan.FromSeconds(3);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_click_answers_try_again_with_the_input_kept_before_the_deadline_when_storage_hangs_or_resets(bool hangs)
    {
        await using var proxy = TablesProxy.Start(environment.Azurite.ConnectionString);
        await using var bot = await StartAsync(proxy, hangs ? null : ShortDeadline);
        var chat = bot.PersonalChat(TestUser.Alice);
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);

        Break(proxy, hangs);
        var clock = Stopwatch.StartNew();
        var clicked = await chat.ClickAsync(message, board.Button(GoalsAndPersonasVerbs.AddGoal), new Dictionary<string, object?> { [GoalsSection.TextInput] = "Keep me" });
        clock.Stop();

        Assert.Equal(200, clicked.HttpStatus);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, clicked.Response!.Type);
        Assert.Contains("Your input is still on the card", clicked.Response.Value!.Value.Element.GetString(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < (hangs ? DefaultDeadline : ShortDeadline) + Margin, $"Answered after {clock.Elapsed}.");
    }

    [Theory]
    [InlineData("status", true)]
    [InlineData("start", true)]
    [InlineData("next", false)]
    public async Task A_typed_command_gets_a_try_again_reply_before_the_deadline_when_storage_hangs_or_resets(string command, bool hangs)
    {
        await using var proxy = TablesProxy.Start(environment.Azurite.ConnectionString);
        await using var bot = await StartAsync(proxy, ShortDeadline);
        var chat = bot.PersonalChat(TestUser.Alice);
        await chat.StartWorkshopAsync(TestUser.Alice);

        Break(proxy, hangs);
        var clock = Stopwatch.StartNew();
        var reply = await chat.SendAndGetReplyAsync(command);
        clock.Stop();

        Assert.Contains("Please try again in a moment", reply.Card.Text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < ShortDeadline + Margin, $"Answered after {clock.Elapsed}.");
    }

    [Fact]
    public async Task A_board_redraw_gives_up_within_the_deadline_when_storage_hangs_and_the_bot_goes_on()
    {
        var window = TimeSpan.FromMilliseconds(500);
        var logs = new RecordedLogs();
        await using var proxy = TablesProxy.Start(environment.Azurite.ConnectionString);
        await using var bot = await StartAsync(proxy, ShortDeadline, logs, new Dictionary<string, string> { ["Connector:UpdateCoalescingWindow"] = "00:00:00.500" });
        var chat = bot.Channel();
        var (message, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        await bot.Services.GetRequiredService<MessageUpdateCoalescer>().WhenIdleAsync();
        var putsBefore = environment.Connector.Calls.Count(call => call.Method == "PUT" && call.ActivityId == message.ActivityId);

        var clicked = await chat.ClickAsync(message, board.Button(GoalsAndPersonasVerbs.AddGoal), new Dictionary<string, object?> { [GoalsSection.TextInput] = "Saved before the hang" });
        proxy.Hang(); // the click is saved; the redraw, a window later, finds storage hanging
        var clock = Stopwatch.StartNew();
        await bot.Services.GetRequiredService<MessageUpdateCoalescer>().WhenIdleAsync();
        clock.Stop();

        Assert.Contains("Saved before the hang", clicked.Card.Text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < window + ShortDeadline + Margin, $"The redraw gave up after {clock.Elapsed}.");
        Assert.Equal(putsBefore, environment.Connector.Calls.Count(call => call.Method == "PUT" && call.ActivityId == message.ActivityId));
        Assert.Contains(logs.Lines, line => line.EventId == 3010);

        // Storage back: the next click answers and redraws as ever.
        proxy.Forward();
        var again = await chat.ClickAsync(message, clicked.Card.Button(GoalsAndPersonasVerbs.AddGoal), new Dictionary<string, object?> { [GoalsSection.TextInput] = "After the hang" });
        Assert.Contains("After the hang", again.Card.Text, StringComparison.Ordinal);
        Assert.Contains("After the hang", (await chat.SharedCardAsync(message))?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_answers_not_ready_within_its_timeout_when_storage_hangs()
    {
        await using var proxy = TablesProxy.Start(environment.Azurite.ConnectionString);
        await using var bot = await StartAsync(proxy, deadline: null);

        proxy.Hang();
        var clock = Stopwatch.StartNew();
        using var ready = await bot.Http.GetAsync("/readyz");
        clock.Stop();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.True(clock.Elapsed < new StorageOptions().ReadinessTimeout + TimeSpan.FromSeconds(2), $"/readyz answered after {clock.Elapsed}.");
    }

    [Fact]
    public async Task Readyz_checks_every_table_the_app_uses_and_recreates_one_that_went_missing()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        await using var bot = await environment.StartBotAsync(new BotHostSettings { TablePrefix = prefix });
        var service = new TableServiceClient(environment.Azurite.ConnectionString);
        var names = bot.Services.GetRequiredService<TableNames>().All;
        using (var first = await bot.Http.GetAsync("/readyz"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // Every table but the first (which /readyz once checked alone) is deleted: only a check of each one notices.
        foreach (var table in names.Skip(1))
        {
            await service.DeleteTableAsync(table);
        }

        using var ready = await bot.Http.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var existing = new List<string>();
        await foreach (var table in service.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName ge {prefix}")))
        {
            existing.Add(table.Name);
        }

        Assert.All(names, name => Assert.Contains(name, existing));
    }

    [Fact]
    public async Task Readyz_comes_back_by_itself_after_the_tables_were_deleted_without_any_turn()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N")[..12];
        await using var bot = await environment.StartBotAsync(new BotHostSettings { TablePrefix = prefix });
        var service = new TableServiceClient(environment.Azurite.ConnectionString);
        var names = bot.Services.GetRequiredService<TableNames>().All;
        foreach (var table in names)
        {
            await service.DeleteTableAsync(table);
        }

        var clock = Stopwatch.StartNew();
        HttpStatusCode status;
        do
        {
            using var ready = await bot.Http.GetAsync("/readyz");
            status = ready.StatusCode;
        }
        while (status != HttpStatusCode.OK && clock.Elapsed < TimeSpan.FromSeconds(15) && await Delay());

        Assert.Equal(HttpStatusCode.OK, status);
        var existing = new List<string>();
        await foreach (var table in service.QueryAsync(TableServiceClient.CreateQueryFilter($"TableName ge {prefix}")))
        {
            existing.Add(table.Name);
        }

        Assert.All(names, name => Assert.Contains(name, existing));

        static async Task<bool> Delay()
        {
            await Task.Delay(200);
            return true;
        }
    }

    private static void Break(TablesProxy proxy, bool hangs)
    {
        if (hangs)
        {
            proxy.Hang();
        }
        else
        {
            proxy.Reset();
        }
    }

    /// <summary>A bot whose storage goes through <paramref name="proxy"/>, ready (tables created) before the test breaks it.</summary>
    private async Task<BotHost> StartAsync(TablesProxy proxy, TimeSpan? deadline, RecordedLogs? logs = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>(extra ?? new Dictionary<string, string>());
        if (deadline is { } turnDeadline)
        {
            settings["Storage:TurnDeadline"] = turnDeadline.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        }

        var bot = await environment.StartBotAsync(new BotHostSettings { TablesConnectionString = proxy.ConnectionString, Logs = logs, ExtraSettings = settings });
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var ready = await bot.Http.GetAsync("/readyz");
            if (ready.IsSuccessStatusCode)
            {
                return bot;
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException("The bot behind the proxy did not become ready.");
    }
}
