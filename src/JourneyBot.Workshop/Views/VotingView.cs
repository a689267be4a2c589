namespace JourneyBot.Workshop;

/// <summary>Where the dot voting of step 6 stands: it opens, closes, and may open again.</summary>
public enum VotingState
{
    /// <summary>No vote has been opened yet: ideas are collected, nobody votes or scores.</summary>
    NotOpened,

    /// <summary>People vote and score, each seeing only their own.</summary>
    Open,

    /// <summary>Votes and scores no longer change, and everyone sees the results.</summary>
    Closed,
}

/// <summary>Where an idea falls on the impact x effort grid, from the means of its scores (see <see cref="Limits.GridHighFrom"/>).</summary>
public enum IdeaQuadrant
{
    /// <summary>High impact, low effort: do these first.</summary>
    QuickWin,

    /// <summary>High impact, high effort: worth planning for.</summary>
    BigBet,

    /// <summary>Low impact, low effort: when there is time.</summary>
    FillIn,

    /// <summary>Low impact, high effort: better left.</summary>
    MoneyPit,
}

/// <summary>The voting as one viewer may see it (<see cref="JourneyMap.VotingFor"/>): their own always, everyone's only once it closed.</summary>
public sealed record VotingView
{
    public required VotingState State { get; init; }

    public required int VotesPerPerson { get; init; }

    public required bool MultipleVotesPerIdea { get; init; }

    /// <summary>How many votes the viewer has cast, all ideas together.</summary>
    public required int OwnVotesUsed { get; init; }

    /// <summary>How many the viewer may still cast (0 when a reopened vote has a lower limit than they used).</summary>
    public int OwnVotesLeft => Math.Max(0, VotesPerPerson - OwnVotesUsed);

    /// <summary>How many people have cast at least one vote: progress, shown while open too, never who or on what.</summary>
    public required int Voters { get; init; }

    /// <summary>How many people have scored at least one idea: progress, like <see cref="Voters"/>.</summary>
    public required int Scorers { get; init; }

    /// <summary>Every idea in the order it was added, with the viewer's own votes and score (and the result once closed).</summary>
    public required IReadOnlyList<IdeaVotingView> Ideas { get; init; }

    /// <summary>Once closed, every idea best first (see <see cref="IdeaResult.Rank"/>); empty before.</summary>
    public required IReadOnlyList<IdeaVotingView> Ranking { get; init; }

    /// <summary>
    /// Once closed, the four quadrants in the order to act on them (quick wins, big bets, fill-ins, money pits), each
    /// with its scored ideas in rank order; ideas nobody scored are in none. Empty before.
    /// </summary>
    public required IReadOnlyList<GridQuadrant> Grid { get; init; }
}

/// <summary>One idea as one viewer may see it.</summary>
public sealed record IdeaVotingView
{
    public required Idea Idea { get; init; }

    /// <summary>How many votes the viewer put on it.</summary>
    public required int OwnVotes { get; init; }

    /// <summary>The viewer's own score, or null when they have not scored it.</summary>
    public IdeaScore? OwnScore { get; init; }

    /// <summary>Everyone's votes and scores summed up; null until voting closes (and again while a reopened vote runs).</summary>
    public IdeaResult? Result { get; init; }
}

/// <summary>An idea's votes and scores after voting closed.</summary>
public sealed record IdeaResult
{
    /// <summary>
    /// 1 for the best. Order: most votes; then highest <see cref="Impact"/>; then lowest <see cref="Effort"/> (an idea
    /// nobody scored after every scored one with as many votes). Ideas equal on all three share a rank (1, 1, 3) and
    /// are listed in the order they were added.
    /// </summary>
    public required int Rank { get; init; }

    /// <summary>Every vote on it, counting each of a person's votes when several per idea were allowed.</summary>
    public required int Votes { get; init; }

    /// <summary>How many people voted for it.</summary>
    public required int Voters { get; init; }

    /// <summary>How many people scored it.</summary>
    public required int Scorers { get; init; }

    /// <summary>The mean customer impact to two places; null when nobody scored it.</summary>
    public decimal? CustomerImpact { get; init; }

    /// <summary>The mean business impact to two places; null when nobody scored it.</summary>
    public decimal? BusinessImpact { get; init; }

    /// <summary>Customer and business impact together: the mean of both over every score, to two places; null when nobody scored it.</summary>
    public decimal? Impact { get; init; }

    /// <summary>The mean effort to two places; null when nobody scored it.</summary>
    public decimal? Effort { get; init; }

    /// <summary>Its place on the grid, from <see cref="Impact"/> and <see cref="Effort"/> as shown; null when nobody scored it.</summary>
    public IdeaQuadrant? Quadrant { get; init; }
}

/// <summary>One quadrant of the impact x effort grid and its ideas, best first.</summary>
public sealed record GridQuadrant(IdeaQuadrant Quadrant, IReadOnlyList<IdeaVotingView> Ideas);
