using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.Analyze;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Step 6's storage cost through the real endpoint, counted at the Table client of the bot under test: the findings are
/// computed from the map the turn already loaded, so opening them is one partition query; a vote is a load and a batch.
/// </summary>
[Collection(BotTests.Name)]
public sealed class AnalyzeRoundTripTests(BotEnvironment environment, ITestOutputHelper output)
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Opening_the_findings_is_one_partition_query_and_a_vote_one_load_and_one_batch()
    {
        var counter = new RoundTripCounter();
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Services = services => counter.CountAppRequests(services, environment.Azurite.ConnectionString) });
        var chat = bot.GroupChat();
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Analyze);
        var alice = TestUser.Alice.AsParticipant();
        await bot.ChangeStoredAsync(chat, board,
            map => map.AddIdea(alice, "i1", new IdeaDetails { Title = "Show the price first" }, At),
            map => map.AddIdea(alice, "i2", new IdeaDetails { Title = "Onboarding checklist" }, At),
            map => map.OpenVoting(alice, 3));
        board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Bora)).Card;
        var mine = (await chat.ClickAsync(message, board.Button(AnalyzeVerbs.MyVotes), by: TestUser.Bora)).Card;
        await chat.SharedCardAsync(message); // the redraws of the clicks above are done

        counter.Reset();
        var findings = (await chat.ClickAsync(message, board.Button(AnalyzeVerbs.ListFindings), by: TestUser.Bora)).Card;
        var openFindings = counter.Count;

        counter.Reset();
        var voted = (await chat.ClickAsync(message, mine.Button(AnalyzeVerbs.SaveVotes),
            new Dictionary<string, object?> { [VotingSection.VoteInput("i1")] = "1" }, TestUser.Bora)).Card;
        var vote = counter.Count;
        await chat.SharedCardAsync(message);
        var voteAndRedraw = counter.Count;

        output.WriteLine($"Round trips to Table Storage: opening the findings {openFindings}; a vote {vote} in the turn, {voteAndRedraw} with the board's redraw after it.");
        Assert.Contains("Findings:", findings.Text, StringComparison.Ordinal);
        Assert.Contains("used 1 of your 3 votes", voted.Text, StringComparison.Ordinal);
        Assert.Equal(1, openFindings); // the workshop's partition query; the analysis adds none
        Assert.Equal(2, vote); // the load and the entity group transaction
        Assert.Equal(3, voteAndRedraw); // the redraw loads the board again once
    }
}
