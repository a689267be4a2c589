using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;
using static JourneyBot.Tests.Workshops.TouchpointSteps;

namespace JourneyBot.Tests.Workshops;

/// <summary>Step 3 when a team adds a lot, or all at once: the long-list warning and its threshold, and 20 people adding together.</summary>
[Collection(BotTests.Name)]
public sealed class TouchpointCapacityTests(BotEnvironment environment)
{
    private const string Awareness = "awareness";
    private const string ThresholdSetting = "Workshop:LongTouchpointListThreshold";

    [Fact]
    public async Task A_stage_with_8_touchpoints_gets_the_long_list_warning_and_one_with_7_does_not()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);

        var seven = await chat.AddManyAsync(board, card, Awareness, TestUser.Alice, Names(7));
        var sevenStage = seven;
        seven = await chat.BoardAsync(board, seven, TestUser.Alice);
        var eight = await chat.AddManyAsync(board, seven, Awareness, TestUser.Alice, ["Touchpoint 8"]);
        var eightStage = eight;
        eight = await chat.BoardAsync(board, eight, TestUser.Alice);

        Assert.Contains("**Awareness** · 7 touchpoints", seven.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠", seven.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠", sevenStage.Text, StringComparison.Ordinal);
        Assert.Contains("⚠ A stage with more than 7 touchpoints asks too much of the customer: a long list is itself a finding.", eight.Text, StringComparison.Ordinal);
        Assert.Contains("**Awareness** · 8 touchpoints ⚠ more than 7", eight.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**Consideration** · no touchpoints yet ⚠", eight.Text, StringComparison.Ordinal);
        Assert.Contains("⚠ 8 touchpoints in this stage, more than 7. A long list is itself a finding: the customer is asked to do too much here.",
            eightStage.Text, StringComparison.Ordinal);
        var shared = await chat.SharedCardAsync(board);
        Assert.Contains("**Awareness** · 8 touchpoints ⚠ more than 7", shared!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_threshold_of_3_set_in_the_bots_settings_warns_from_the_4th_touchpoint()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings { ExtraSettings = new Dictionary<string, string> { [ThresholdSetting] = "3" } });
        var chat = bot.PersonalChat(TestUser.Alice);
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);

        var three = await chat.BoardAsync(board, await chat.AddManyAsync(board, card, Awareness, TestUser.Alice, Names(3)), TestUser.Alice);
        var four = await chat.AddManyAsync(board, three, Awareness, TestUser.Alice, ["Touchpoint 4"]);
        var fourStage = four;
        four = await chat.BoardAsync(board, four, TestUser.Alice);

        Assert.DoesNotContain("⚠", three.Text, StringComparison.Ordinal);
        Assert.Contains("**Awareness** · 4 touchpoints ⚠ more than 3", four.Text, StringComparison.Ordinal);
        Assert.Contains("⚠ 4 touchpoints in this stage, more than 3.", fourStage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    public async Task A_threshold_outside_1_to_100_stops_the_bot_at_start_up(string threshold)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var bot = await environment.StartBotAsync(new BotHostSettings { ExtraSettings = new Dictionary<string, string> { [ThresholdSetting] = threshold } });
        });

        Assert.Contains("Workshop:LongTouchpointListThreshold must be from 1 to 100.", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_people_adding_to_one_stage_at_once_all_land_and_the_shared_board_counts_20()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var stage = await chat.OpenStageAsync(board, card, Awareness, TestUser.Alice);
        var people = Enumerable.Range(1, 20)
            .Select(i => new TestUser($"29:person{i}", $"Person {i:00}", $"00000000-0000-0000-0000-{i:000000000000}"))
            .ToList();

        var answers = await Task.WhenAll(people.Select(person => chat.AddTouchpointAsync(board, stage, person, Typed($"Touchpoint of {person.Name}"))));
        var listed = await chat.OpenStageAsync(board, answers[0].Card, Awareness, TestUser.Alice);
        var shared = await chat.SharedCardAsync(board);

        Assert.All(answers, answer => Assert.Contains("Touchpoints · Awareness", answer.Card.Text, StringComparison.Ordinal));
        Assert.All(people, person => Assert.Contains($"Touchpoint of {person.Name} — {person.Name}", listed.Text, StringComparison.Ordinal));
        Assert.Equal(20, listed.Buttons.Count(button => button.Verb == TouchpointsAndChannelsVerbs.EditTouchpoint));
        Assert.DoesNotContain(listed.Buttons, button => button.Verb == TouchpointsAndChannelsVerbs.OpenStage && button.Title == "Next ▶");
        Assert.Contains("**Awareness** · 20 touchpoints ⚠ more than 7", shared!.Text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Names(int count) => Enumerable.Range(1, count).Select(i => $"Touchpoint {i}");
}
