namespace JourneyBot.Workshop;

/// <summary>Step 6: dot voting on the ideas, and each person's impact and effort scores, private until a facilitator closes the voting.</summary>
/// <remarks>
/// Like emotion scores (<see cref="EmotionsFor"/>), a vote or score is one item per person per idea, so two people
/// voting at once never conflict and nobody sees anyone else's until the results are out: before the close,
/// <see cref="VotingFor"/> shows each viewer their own and how many people took part, facilitators included.
/// </remarks>
public sealed partial record JourneyMap
{
    /// <summary>Whether people vote now; header state, so opening and closing bump <see cref="Version"/>.</summary>
    public VotingState VotingState { get; init; }

    /// <summary>How many votes each person has in the current (or last) round.</summary>
    public int VotesPerPerson { get; init; } = Limits.DefaultVotesPerPerson;

    /// <summary>True when a person may put several of their votes on one idea.</summary>
    public bool MultipleVotesPerIdea { get; init; }

    /// <summary>
    /// Opens the voting with <paramref name="votesPerPerson"/> votes each (1..10); facilitators only. Also reopens a
    /// closed vote (the votes and scores cast stay, and are private again until it closes) and changes the settings of
    /// an open one. A person who already holds more votes than a new, lower limit keeps them but may only withdraw.
    /// </summary>
    public MapOutcome OpenVoting(Participant actor, int votesPerPerson = Limits.DefaultVotesPerPerson, bool multipleVotesPerIdea = false) =>
        ChangeHeader(actor, leadOnly: false, checks =>
        {
            checks.Range("votesPerPerson", votesPerPerson, Limits.MinVotesPerPerson, Limits.MaxVotesPerPerson);
            return this with { VotingState = VotingState.Open, VotesPerPerson = votesPerPerson, MultipleVotesPerIdea = multipleVotesPerIdea };
        });

    /// <summary>Closes the voting and shows everyone the results (<see cref="VotingFor"/>); facilitators only, and only an open vote.</summary>
    public MapOutcome CloseVoting(Participant actor) =>
        ChangeHeader(actor, leadOnly: false, checks =>
        {
            CheckVotingOpen(checks, "voting");
            return this with { VotingState = VotingState.Closed };
        });

    /// <summary>Puts one more of the actor's votes on an idea (a card's "vote" button).</summary>
    public MapOutcome CastVote(Participant actor, string ideaId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeVotes(actor, [new VoteCount(ideaId, OwnVotesOn(actor, ideaId) + 1)], _ => "ideaId", "ideaId", at);
    }

    /// <summary>Takes one of the actor's votes off an idea (refused with "notFound" on "vote" when they have none there).</summary>
    public MapOutcome WithdrawVote(Participant actor, string ideaId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var own = OwnVotesOn(actor, ideaId);
        var checks = Open();
        CheckVotingOpen(checks, "voting");
        CheckIdea(checks, "ideaId", ideaId);
        if (!checks.Failed && own == 0)
        {
            checks.Fail("vote", ErrorCodes.NotFound, ideaId);
        }

        return checks.Failed
            ? MapOutcome.Rejected(this, checks.Errors)
            : ChangeVotes(actor, [new VoteCount(ideaId, own - 1)], _ => "ideaId", "ideaId", at: default); // fewer votes: nothing is added, so no time is recorded
    }

    /// <summary>
    /// Sets how many of the actor's votes are on each listed idea at once (a "my votes" card with a number per idea);
    /// ideas not listed keep theirs, so moving a vote is one command: one less here, one more there.
    /// </summary>
    /// <remarks>
    /// Errors name the idea's input, "votes.{ideaId}" (notFound, duplicate, outOfRange below 0, oneVotePerIdea), and
    /// "votes" for the total (noVotesLeft). A 0 for an idea that no longer exists is ignored, so a stale card still saves.
    /// Nothing changes when every count is what it was: the outcome succeeds with no changes.
    /// </remarks>
    public MapOutcome SetVotes(Participant actor, IReadOnlyList<VoteCount> votes, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(votes);
        return ChangeVotes(actor, votes, ideaId => $"votes.{ideaId}", "votes", at);
    }

    /// <summary>Sets the actor's own impact and effort score (each 1..5) for an idea while voting is open; scoring again replaces it.</summary>
    public MapOutcome ScoreIdea(Participant actor, string ideaId, int customerImpact, int businessImpact, int effort, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Open();
        CheckVotingOpen(checks, "voting");
        CheckIdea(checks, "ideaId", ideaId);
        checks.Range("customerImpact", customerImpact, Limits.MinRating, Limits.MaxRating);
        checks.Range("businessImpact", businessImpact, Limits.MinRating, Limits.MaxRating);
        checks.Range("effort", effort, Limits.MinRating, Limits.MaxRating);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var id = IdeaScore.IdFor(ideaId, actor.AadObjectId);
        var existing = IdeaScores.FirstOrDefault(score => score.Id == id);
        if (existing is not null)
        {
            var updated = existing with { CustomerImpact = customerImpact, BusinessImpact = businessImpact, Effort = effort, Author = actor };
            return MapOutcome.Applied(this, this with { IdeaScores = Replace(IdeaScores, updated) }, [Updated(ItemKind.IdeaScore, id)]);
        }

        var added = new IdeaScore
        {
            Id = id, IdeaId = ideaId, CustomerImpact = customerImpact, BusinessImpact = businessImpact, Effort = effort, Author = actor, CreatedAt = at,
        };
        return MapOutcome.Applied(this, this with { IdeaScores = [.. IdeaScores, added] }, [Added(ItemKind.IdeaScore, id)]);
    }

    /// <summary>Takes back the actor's own score of an idea while voting is open (refused with "notFound" on "ideaId" when they have none).</summary>
    public MapOutcome WithdrawIdeaScore(Participant actor, string ideaId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Open();
        CheckVotingOpen(checks, "voting");
        var id = IdeaScore.IdFor(ideaId, actor.AadObjectId);
        if (IdeaScores.All(score => score.Id != id))
        {
            checks.Fail("ideaId", ErrorCodes.NotFound, ideaId);
        }

        return checks.Failed
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { IdeaScores = [.. IdeaScores.Where(score => score.Id != id)] }, [Removed(ItemKind.IdeaScore, id)]);
    }

    /// <summary>
    /// The voting as <paramref name="viewer"/> may see it: their own votes and scores always; until voting closes only
    /// how many people voted and scored, whoever asks; once closed, every idea's result, the ranking and the grid.
    /// </summary>
    public VotingView VotingFor(Participant viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var closed = VotingState == VotingState.Closed;
        var results = closed ? Results() : null;
        var ideas = Ideas
            .Select(idea => new IdeaVotingView
            {
                Idea = idea,
                OwnVotes = OwnVotesOn(viewer, idea.Id),
                OwnScore = IdeaScores.FirstOrDefault(score => score.IdeaId == idea.Id && score.Author.IsSamePersonAs(viewer)),
                Result = results?[idea.Id],
            })
            .ToArray();
        IdeaVotingView[] ranking = closed
            ? [.. ideas.OrderBy(idea => idea.Result!.Rank).ThenBy(idea => idea.Idea.CreatedAt).ThenBy(idea => idea.Idea.Id, StringComparer.Ordinal)]
            : [];
        return new VotingView
        {
            State = VotingState,
            VotesPerPerson = VotesPerPerson,
            MultipleVotesPerIdea = MultipleVotesPerIdea,
            OwnVotesUsed = IdeaVotes.Where(vote => vote.Author.IsSamePersonAs(viewer)).Sum(vote => vote.Count),
            Voters = People(IdeaVotes),
            Scorers = People(IdeaScores),
            Ideas = ideas,
            Ranking = ranking,
            Grid = closed
                ? [.. Enum.GetValues<IdeaQuadrant>().Select(quadrant => new GridQuadrant(quadrant, [.. ranking.Where(idea => idea.Result!.Quadrant == quadrant)]))]
                : [],
        };
    }

    private static int People(IEnumerable<IContribution> items) =>
        items.Select(item => item.Author.AadObjectId.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count();

    private int OwnVotesOn(Participant person, string ideaId) =>
        IdeaVotes.FirstOrDefault(vote => vote.IdeaId == ideaId && vote.Author.IsSamePersonAs(person))?.Count ?? 0;

    /// <summary>Every idea's result, ranked (see <see cref="IdeaResult.Rank"/>), by idea id.</summary>
    private Dictionary<string, IdeaResult> Results()
    {
        var unranked = Ideas.Select(idea => (idea.Id, Result: ResultOf(idea.Id))).ToArray();
        var ordered = unranked
            .Select((entry, index) => (entry.Id, entry.Result, Index: index))
            .OrderByDescending(entry => entry.Result.Votes)
            .ThenByDescending(entry => entry.Result.Impact ?? decimal.MinValue)
            .ThenBy(entry => entry.Result.Effort ?? decimal.MaxValue)
            .ThenBy(entry => entry.Index) // the map's order: the order ideas were added
            .ToArray();
        var results = new Dictionary<string, IdeaResult>(StringComparer.Ordinal);
        for (var place = 0; place < ordered.Length; place++)
        {
            var (id, result, _) = ordered[place];
            var tiedWithPrevious = place > 0 && SameStanding(result, ordered[place - 1].Result);
            results[id] = result with { Rank = tiedWithPrevious ? results[ordered[place - 1].Id].Rank : place + 1 };
        }

        return results;
    }

    private static bool SameStanding(IdeaResult one, IdeaResult other) =>
        one.Votes == other.Votes && one.Impact == other.Impact && one.Effort == other.Effort;

    /// <summary>An idea's totals and means, rank not yet known.</summary>
    private IdeaResult ResultOf(string ideaId)
    {
        var votes = IdeaVotes.Where(vote => vote.IdeaId == ideaId).ToArray();
        var scores = IdeaScores.Where(score => score.IdeaId == ideaId).ToArray();
        decimal? Mean(Func<IdeaScore, decimal> of) => scores.Length == 0 ? null : Math.Round(scores.Average(of), 2);
        var impact = Mean(score => (score.CustomerImpact + score.BusinessImpact) / 2m);
        var effort = Mean(score => score.Effort);
        return new IdeaResult
        {
            Rank = 0,
            Votes = votes.Sum(vote => vote.Count),
            Voters = votes.Length,
            Scorers = scores.Length,
            CustomerImpact = Mean(score => score.CustomerImpact),
            BusinessImpact = Mean(score => score.BusinessImpact),
            Impact = impact,
            Effort = effort,
            Quadrant = QuadrantOf(impact, effort),
        };
    }

    private static IdeaQuadrant? QuadrantOf(decimal? impact, decimal? effort) => (impact, effort) switch
    {
        ({ } i, { } e) when i >= Limits.GridHighFrom => e >= Limits.GridHighFrom ? IdeaQuadrant.BigBet : IdeaQuadrant.QuickWin,
        ({ }, { } e) => e >= Limits.GridHighFrom ? IdeaQuadrant.MoneyPit : IdeaQuadrant.FillIn,
        _ => null,
    };

    /// <summary>Applies new counts of the actor's votes, idea by idea, after checking them all (see <see cref="SetVotes"/>).</summary>
    private MapOutcome ChangeVotes(Participant actor, IReadOnlyList<VoteCount> wanted, Func<string, string> fieldOf, string totalField, DateTimeOffset at)
    {
        var checks = Open();
        CheckVotingOpen(checks, "voting");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var accepted = new List<(VoteCount Wanted, IdeaVote? Existing)>();
        foreach (var entry in wanted)
        {
            ArgumentNullException.ThrowIfNull(entry);
            var field = fieldOf(entry.IdeaId);
            var existing = IdeaVotes.FirstOrDefault(vote => vote.IdeaId == entry.IdeaId && vote.Author.IsSamePersonAs(actor));
            var old = existing?.Count ?? 0;
            if (!seen.Add(entry.IdeaId))
            {
                checks.Fail(field, ErrorCodes.Duplicate, entry.IdeaId);
            }
            else if (Ideas.All(idea => idea.Id != entry.IdeaId))
            {
                if (entry.Count != 0)
                {
                    checks.Fail(field, ErrorCodes.NotFound, entry.IdeaId);
                }
            }
            else if (entry.Count < 0)
            {
                checks.Fail(field, ErrorCodes.OutOfRange, 0, VotesPerPerson);
            }
            else
            {
                if (entry.Count > old && entry.Count > 1 && !MultipleVotesPerIdea)
                {
                    checks.Fail(field, ErrorCodes.OneVotePerIdea);
                }

                // Counted in the total even when refused above, so the card hears about both at once.
                accepted.Add((entry, existing));
            }
        }

        var oldTotal = IdeaVotes.Where(vote => vote.Author.IsSamePersonAs(actor)).Sum(vote => vote.Count);
        var newTotal = oldTotal + accepted.Sum(change => change.Wanted.Count - (change.Existing?.Count ?? 0));
        if (newTotal > VotesPerPerson && newTotal > oldTotal)
        {
            checks.Fail(totalField, ErrorCodes.NoVotesLeft, VotesPerPerson);
        }

        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var votes = IdeaVotes.ToList();
        var changes = new List<MapChange>();
        foreach (var (entry, existing) in accepted.Where(change => change.Wanted.Count != (change.Existing?.Count ?? 0)))
        {
            var id = IdeaVote.IdFor(entry.IdeaId, actor.AadObjectId);
            if (existing is null)
            {
                votes.Add(new IdeaVote { Id = id, IdeaId = entry.IdeaId, Count = entry.Count, Author = actor, CreatedAt = at });
                changes.Add(Added(ItemKind.IdeaVote, id));
            }
            else if (entry.Count == 0)
            {
                votes.Remove(existing);
                changes.Add(Removed(ItemKind.IdeaVote, existing.Id));
            }
            else
            {
                votes[votes.IndexOf(existing)] = existing with { Count = entry.Count, Author = actor };
                changes.Add(Updated(ItemKind.IdeaVote, existing.Id));
            }
        }

        return changes.Count == 0 ? MapOutcome.Applied(this, this, []) : MapOutcome.Applied(this, this with { IdeaVotes = votes }, changes);
    }

    private void CheckVotingOpen(Checks checks, string field)
    {
        if (VotingState == VotingState.NotOpened)
        {
            checks.Fail(field, ErrorCodes.VotingNotOpen);
        }
        else if (VotingState == VotingState.Closed)
        {
            checks.Fail(field, ErrorCodes.VotingClosed);
        }
    }

    private void CheckIdea(Checks checks, string field, string ideaId)
    {
        if (Ideas.All(idea => idea.Id != ideaId))
        {
            checks.Fail(field, ErrorCodes.NotFound, ideaId);
        }
    }
}

/// <summary>How many of one person's votes they want on one idea (<see cref="JourneyMap.SetVotes"/>).</summary>
public sealed record VoteCount(string IdeaId, int Count);
