using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.Analyze;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Step 6 through the real endpoint: findings from the map's own data, ideas, and dot voting that stays private in every
/// card the others receive until the facilitator closes it; the ranking, the grid and the shortlist after.
/// </summary>
[Collection(BotTests.Name)]
public sealed class AnalyzeStepTests(BotEnvironment environment, ITestOutputHelper output)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Votes_stay_private_in_every_card_others_get_until_the_facilitator_closes_then_everyone_sees_the_ranking()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (message, board) = await channel.StartAtStepAsync(TestUser.Alice, WorkshopStep.Analyze);
        await bot.ChangeStoredAsync(channel, board,
            map => map.AddGoal(TestUser.Alice.AsParticipant(), "g1", "More sign-ups", At),
            map => map.AddIdea(TestUser.Alice.AsParticipant(), "i1", new IdeaDetails { Title = "Show the price first", GoalId = "g1" }, At),
            map => map.AddIdea(TestUser.Bora.AsParticipant(), "i2", new IdeaDetails { Title = "Onboarding checklist" }, At),
            map => map.AddIdea(TestUser.Chris.AsParticipant(), "i3", new IdeaDetails { Title = "Live chat on pricing", GoalId = "g1" }, At));
        board = (await channel.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
        Assert.Contains("Serves no goal", board.Text, Exact); // i2 names no goal, and the board says so

        var opened = await channel.ClickAsync(message, board.Button(AnalyzeVerbs.OpenVoting),
            new Dictionary<string, object?> { [VotingSection.VotesPerPersonInput] = "2", [VotingSection.MultipleInput] = "false" }, TestUser.Alice);
        Assert.Contains("2 votes each", opened.Card.Text, Exact);

        var boraCard = (await channel.ClickAsync(message, opened.Card.Button(AnalyzeVerbs.MyVotes), by: TestUser.Bora)).Card;
        var boraVoted = await channel.ClickAsync(message, boraCard.Button(AnalyzeVerbs.SaveVotes), Votes(("i1", 1), ("i2", 1)), TestUser.Bora);
        Assert.Contains("used 2 of your 2 votes", boraVoted.Card.Text, Exact);
        var tooMany = await channel.ClickAsync(message, boraVoted.Card.Button(AnalyzeVerbs.SaveVotes), Votes(("i3", 1)), TestUser.Bora);
        Assert.Contains("more than your 2 votes", tooMany.Card.Text, Exact);
        var moved = await channel.ClickAsync(message, boraVoted.Card.Button(AnalyzeVerbs.SaveVotes), Votes(("i2", 0), ("i3", 1)), TestUser.Bora);
        Assert.Contains("used 2 of your 2 votes", moved.Card.Text, Exact);

        var chrisCard = (await channel.ClickAsync(message, opened.Card.Button(AnalyzeVerbs.MyVotes), by: TestUser.Chris)).Card;
        Assert.Equal(["0", "0", "0"], chrisCard.Inputs.Where(input => input.Id.StartsWith("vote.", Exact)).Select(input => input.Value));
        var chrisVoted = await channel.ClickAsync(message, chrisCard.Button(AnalyzeVerbs.SaveVotes), Votes(("i1", 1)), TestUser.Chris);
        var scoreForm = (await channel.ClickAsync(message, chrisVoted.Card.ButtonFor(AnalyzeVerbs.ScoreIdea, "i1"), by: TestUser.Chris)).Card;
        await channel.ClickAsync(message, scoreForm.Button(AnalyzeVerbs.SaveScore), new Dictionary<string, object?>
        {
            [VotingSection.CustomerImpactInput] = "5", [VotingSection.BusinessImpactInput] = "4", [VotingSection.EffortInput] = "2",
        }, TestUser.Chris);

        // While voting is open, the shared board and everyone else's cards only ever have counts.
        var shared = (await channel.SharedCardAsync(message))!;
        Assert.Contains("2 people have voted and 1 have scored", shared.Text, Exact);
        Assert.DoesNotContain("#1", shared.Text, Exact);
        var aliceCard = (await channel.ClickAsync(message, opened.Card.Button(AnalyzeVerbs.MyVotes), by: TestUser.Alice)).Card;
        Assert.Equal(["0", "0", "0"], aliceCard.Inputs.Where(input => input.Id.StartsWith("vote.", Exact)).Select(input => input.Value));
        Assert.Contains("Not scored by you yet", aliceCard.Text, Exact);
        var results = (await channel.ClickAsync(message, opened.Card.Button(WorkshopVerbs.Show), by: TestUser.Bora)).Card;
        Assert.DoesNotContain(results.Buttons, button => button.Verb == AnalyzeVerbs.Results);

        // Only the facilitator closes; then the ranking: i1 has two votes, i3 one, i2 none.
        var refused = await channel.ClickAsync(message, opened.Card.Button(AnalyzeVerbs.CloseVoting), by: TestUser.Bora);
        Assert.DoesNotContain("Voting closed", refused.Card.Text, Exact);
        var closed = await channel.ClickAsync(message, opened.Card.Button(AnalyzeVerbs.CloseVoting), by: TestUser.Alice);
        var text = closed.Card.Text;
        Assert.Contains("#1 Show the price first — 2 votes", text, Exact);
        Assert.True(text.IndexOf("#1 Show the price first", Exact) < text.IndexOf("#2 Live chat on pricing — 1 vote", Exact), text);
        Assert.Contains("Quick wins", text, Exact); // impact 4.5, effort 2
        var late = await channel.ClickAsync(message, moved.Card.Button(AnalyzeVerbs.SaveVotes), Votes(("i3", 0)), TestUser.Bora);
        Assert.Contains("Voting has closed", late.Card.Text, Exact);

        // The shortlist: the facilitator marks the winner for step 7 from the results; nobody else can.
        var resultsCard = (await channel.ClickAsync(message, closed.Card.Button(AnalyzeVerbs.Results), by: TestUser.Alice)).Card;
        var boraResults = (await channel.ClickAsync(message, closed.Card.Button(AnalyzeVerbs.Results), by: TestUser.Bora)).Card;
        Assert.DoesNotContain(boraResults.Buttons, button => button.Verb == AnalyzeVerbs.Shortlist);
        await channel.ClickAsync(message, resultsCard.ButtonFor(AnalyzeVerbs.Shortlist, "i3", 0), by: TestUser.Bora);
        await channel.ClickAsync(message, resultsCard.ButtonFor(AnalyzeVerbs.Shortlist, "i1", 0), by: TestUser.Alice);
        var stored = await bot.StoredMapAsync(channel, board);
        Assert.Equal(["i1"], stored.ShortlistedIdeas.Select(idea => idea.Id));
    }

    [Fact]
    public async Task Findings_come_from_the_maps_data_and_nobody_edits_anothers_idea_in_english_and_korean()
    {
        foreach (var (language, noTouchpoints, notAllowed) in new[] { ("en", "has no touchpoints", "Only"), ("ko", "터치포인트가 없습니다", "") })
        {
            await using var bot = await environment.StartBotAsync();
            var chat = bot.GroupChat(language == "ko" ? "ko-KR" : "en-US");
            var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Analyze, language: language);
            await bot.ChangeStoredAsync(chat, board,
                map => map.AddIdea(TestUser.Chris.AsParticipant(), "i1", new IdeaDetails { Title = "Chris's idea" }, At));
            board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Bora)).Card;

            Assert.Contains(noTouchpoints, board.Text, Exact); // every template stage starts without touchpoints
            var added = await chat.ClickAsync(message, board.Button(AnalyzeVerbs.AddIdea),
                new Dictionary<string, object?> { [IdeaForm.TitleInput] = "Bora's idea", [IdeaForm.FindingInput] = "noTouchpoints.awareness" }, TestUser.Bora);
            Assert.Contains("Bora's idea", added.Card.Text, Exact);
            // The shared board offers Edit to everyone; Chris's own view has it for his idea. Bora pressing it gets no form.
            var edit = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Chris)).Card.ButtonFor(AnalyzeVerbs.EditIdea, "i1");
            var saved = await chat.ClickAsync(message, edit, by: TestUser.Bora);
            Assert.DoesNotContain(saved.Card.Inputs, input => input.Id == IdeaForm.TitleInput); // not hers: no form to type into
            var forced = await chat.ClickAsync(message, new CardButton("Action.Execute", "Save", AnalyzeVerbs.SaveIdea, edit.Data),
                new Dictionary<string, object?> { [IdeaForm.TitleInput] = "Taken over" }, TestUser.Bora);
            Assert.Contains(notAllowed, forced.Card.Text, Exact);
            var stored = await bot.StoredMapAsync(chat, board);
            Assert.Equal("Chris's idea", stored.Ideas.Single(idea => idea.Id == "i1").Details.Title);
            Assert.Equal("noTouchpoints.awareness", stored.Ideas.Single(idea => idea.Details.Title == "Bora's idea").Details.FindingId);
        }
    }

    [Fact]
    public async Task Thirty_findings_and_forty_ideas_fit_every_card_in_both_languages()
    {
        foreach (var language in new[] { "en", "ko" })
        {
            await using var bot = await environment.StartBotAsync();
            var chat = bot.GroupChat();
            var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.Analyze, language: language);
            var alice = TestUser.Alice.AsParticipant();
            var commands = new List<Func<JourneyMap, MapOutcome>>();
            for (var p = 1; p <= 5; p++)
            {
                var id = $"p{p}";
                commands.Add(map => map.AddPersona(alice, id, new PersonaProfile { Name = new string('페', 60) + id }, At));
            }

            for (var t = 1; t <= 20; t++)
            {
                var (id, position) = ($"t{t}", t);
                commands.Add(map => map.AddTouchpoint(alice, id, map.Stages[position % map.Stages.Count].Id,
                    new TouchpointDetails { Name = new string('터', 90) + id, Category = TouchpointCategory.Sales, Mode = ChannelMode.Online }, At));
            }

            for (var i = 1; i <= 40; i++)
            {
                var id = $"i{i}";
                commands.Add(map => map.AddIdea(alice, id, new IdeaDetails { Title = new string('아', Limits.MaxNameLength - 3) + id, Description = new string('x', 500) }, At));
            }

            var map = await bot.ChangeStoredAsync(chat, board, [.. commands]);
            board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
            var findings = (await chat.ClickAsync(message, board.Button(AnalyzeVerbs.ListFindings), by: TestUser.Alice)).Card;
            var ideas = (await chat.ClickAsync(message, board.Button(AnalyzeVerbs.ListIdeas), by: TestUser.Alice)).Card;
            var open = await chat.ClickAsync(message, board.Button(AnalyzeVerbs.OpenVoting), new Dictionary<string, object?> { [VotingSection.VotesPerPersonInput] = "10" }, TestUser.Alice);
            var mine = (await chat.ClickAsync(message, open.Card.Button(AnalyzeVerbs.MyVotes), by: TestUser.Alice)).Card;
            var voted = (await chat.ClickAsync(message, mine.Button(AnalyzeVerbs.SaveVotes), Votes([.. map.Ideas.Take(10).Select(idea => (idea.Id, 1))]), TestUser.Alice)).Card;
            var score = (await chat.ClickAsync(message, voted.ButtonFor(AnalyzeVerbs.ScoreIdea, "i1"), by: TestUser.Alice)).Card;
            await chat.ClickAsync(message, score.Button(AnalyzeVerbs.SaveScore), new Dictionary<string, object?>
            {
                [VotingSection.CustomerImpactInput] = "5", [VotingSection.BusinessImpactInput] = "4", [VotingSection.EffortInput] = "2",
            }, TestUser.Alice);
            var closed = (await chat.ClickAsync(message, open.Card.Button(AnalyzeVerbs.CloseVoting), by: TestUser.Alice)).Card;
            var results = (await chat.ClickAsync(message, closed.Button(AnalyzeVerbs.Results), by: TestUser.Alice)).Card;
            var shortlisted = (await chat.ClickAsync(message, results.ButtonFor(AnalyzeVerbs.Shortlist, "i1", 0), by: TestUser.Alice)).Card;

            Assert.True(MapAnalysis.Of(map, AnalysisThresholds.Default).Findings.Count >= 30, "the map should give thirty findings or more");
            Assert.Equal(10, mine.Inputs.Count(input => input.Id.StartsWith("vote.", Exact))); // a page of ten
            Assert.Contains(language == "ko" ? "1위" : "#1", closed.Text, Exact); // the ranking, on the board after the close
            var cards = new (string Name, CardView Card)[]
            {
                ("board", board), ("findings", findings), ("ideas", ideas), ("voting open", open.Card), ("my votes", mine), ("my votes saved", voted),
                ("score form", score), ("board after the close", closed), ("results", results), ("results after a shortlist", shortlisted),
            };
            var largest = cards.MaxBy(entry => entry.Card.Bytes);
            output.WriteLine($"{language}: largest step 6 card is {largest.Name}, {largest.Card.Bytes:N0} bytes; "
                + string.Join(", ", cards.Select(entry => $"{entry.Name} {entry.Card.Bytes:N0}")));
            Assert.All(cards, entry => Assert.True(entry.Card.Bytes < 28 * 1024, $"{entry.Name}: {entry.Card.Bytes} bytes"));
        }
    }

    private static Dictionary<string, object?> Votes(params (string IdeaId, int Count)[] votes) =>
        votes.ToDictionary(vote => VotingSection.VoteInput(vote.IdeaId), vote => (object?)vote.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
