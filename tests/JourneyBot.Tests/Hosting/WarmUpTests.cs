using JourneyBot.Tests.Driver;

namespace JourneyBot.Tests.Hosting;

/// <summary>
/// Right after start the app draws every step's board in both languages and writes and reads their JSON (Hosting/WarmUp.cs),
/// so the first turn does not compile that code while Teams waits. How much faster the first answer is, is a figure of
/// scripts/bench.sh compare first, not of a test.
/// </summary>
[Collection(BotTests.Name)]
public sealed class WarmUpTests(BotEnvironment environment)
{
    [Fact]
    public async Task After_start_every_board_is_drawn_once_in_each_language_without_a_failure()
    {
        var logs = new RecordedLogs();
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Logs = logs });

        LoggedLine? warmed = null;
        for (var attempt = 0; attempt < 300 && warmed is null; attempt++)
        {
            warmed = logs.Lines.FirstOrDefault(line => line.EventId is 2900 or 2901);
            if (warmed is null)
            {
                await Task.Delay(100);
            }
        }

        Assert.NotNull(warmed);
        Assert.Equal(2900, warmed.EventId);
        Assert.Contains($"{2 * Enum.GetValues<JourneyBot.Workshop.WorkshopStep>().Length} cards", warmed.Message, StringComparison.Ordinal);
    }
}
