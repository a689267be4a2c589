using JourneyBot.Storage;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>Step 6 through the real store on Azurite: ideas, votes, scores, the shortlist and the voting state in the header.</summary>
[Collection(BotTests.Name)]
public sealed class IdeaStorageTests(BotEnvironment environment)
{
    [Fact]
    public async Task Ideas_votes_scores_the_shortlist_and_open_voting_load_back_as_saved()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.WithIdeas(
            SampleWorkshops.Ok(SampleWorkshops.New().AddGoal(SampleWorkshops.Chris, "goal-1", "Shorten the trial", SampleWorkshops.Start)),
            SampleWorkshops.Start.AddMinutes(1));
        Assert.Equal((VotingState.Open, 5, true), (map.VotingState, map.VotesPerPerson, map.MultipleVotesPerIdea));

        Assert.Equal(SaveStatus.Saved, (await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None)).Status);
        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);
        var rows = await tables.RowsAsync(map.Id);

        Assert.NotNull(loaded);
        Assert.Equal(SampleWorkshops.Canonical(map), SampleWorkshops.Canonical(loaded.Map));
        Assert.Equal((VotingState.Open, 5, true, map.Version), (loaded.Map.VotingState, loaded.Map.VotesPerPerson, loaded.Map.MultipleVotesPerIdea, loaded.Map.Version));
        Assert.Equal(["idea-1"], loaded.Map.ShortlistedIdeas.Select(idea => idea.Id));
        Assert.Equal(map.IdeaVotes.OrderBy(vote => vote.Id), loaded.Map.IdeaVotes.OrderBy(vote => vote.Id));
        Assert.Equal(map.IdeaScores, loaded.Map.IdeaScores);
        Assert.Contains("IdeaVote|idea-1.aad-chris", rows.Keys);
        Assert.Contains("IdeaScore|idea-1.aad-dana", rows.Keys);
        Assert.Contains("\"votingState\":\"Open\"", rows["header"].GetString("Json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_the_vote_through_the_store_persists_the_header_and_the_results_read_back()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.Rich();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);

        var voted = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.CastVote(SampleWorkshops.Dana, "idea-2", SampleWorkshops.Start), CancellationToken.None);
        var closed = await tables.Store.ApplyAsync(SampleWorkshops.Owner, map.Id, current => current.CloseVoting(SampleWorkshops.Alice), CancellationToken.None);
        var fresh = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        Assert.Equal((WorkshopCommandStatus.Applied, WorkshopCommandStatus.Applied), (voted.Status, closed.Status));
        Assert.NotNull(fresh);
        Assert.Equal((VotingState.Closed, map.Version + 1), (fresh.Map.VotingState, fresh.Map.Version));
        var results = fresh.Map.VotingFor(SampleWorkshops.Bora).Ranking.Select(idea => (idea.Idea.Id, idea.Result?.Votes, idea.Result?.Effort));
        Assert.Equal([("idea-1", 2, 2.00m), ("idea-2", 2, null)], results);
    }

    [Fact]
    public async Task A_header_stored_before_voting_existed_loads_with_voting_not_opened()
    {
        var tables = await WorkshopTables.CreateAsync(environment);
        var map = SampleWorkshops.New();
        await tables.Store.CreateAsync(SampleWorkshops.Owner, map, CancellationToken.None);
        var header = (await tables.RowsAsync(map.Id))["header"];
        var json = header.GetString("Json")
            .Replace(",\"votingState\":\"NotOpened\"", string.Empty, StringComparison.Ordinal)
            .Replace(",\"votesPerPerson\":3", string.Empty, StringComparison.Ordinal)
            .Replace(",\"multipleVotesPerIdea\":false", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("vot", json, StringComparison.OrdinalIgnoreCase);
        header["Json"] = json;
        await tables.WriteRowAsync(map.Id, "header", header);

        var loaded = await tables.Store.LoadAsync(SampleWorkshops.Owner, map.Id, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal((VotingState.NotOpened, 3, false), (loaded.Map.VotingState, loaded.Map.VotesPerPerson, loaded.Map.MultipleVotesPerIdea));
        Assert.Equal(SampleWorkshops.Canonical(map), SampleWorkshops.Canonical(loaded.Map));
    }
}
