namespace JourneyBot.Workshops.Steps.Analyze;

/// <summary>
/// Every card verb of step 6, spelled <c>subject.action</c>. The card data names the idea (<c>idea</c>), a page (<c>n</c>),
/// or, on an add form opened from a finding, the finding (<c>finding</c>).
/// </summary>
public static class AnalyzeVerbs
{
    /// <summary>Every finding with its numbers, a page at a time (data: <c>n</c>).</summary>
    public const string ListFindings = "finding.list";

    /// <summary>Add the idea typed in the folded form (data: <c>seed</c>).</summary>
    public const string AddIdea = "idea.add";

    /// <summary>Show the edit form of <c>idea</c> (its author or a facilitator).</summary>
    public const string EditIdea = "idea.edit";

    public const string SaveIdea = "idea.save";

    /// <summary>Ask whether to remove <c>idea</c>, from its edit form.</summary>
    public const string RemoveIdea = "idea.remove";

    /// <summary>Remove <c>idea</c> after the question, its votes and scores with it (the question said it cannot be undone).</summary>
    public const string ConfirmRemoveIdea = "idea.removeConfirmed";

    /// <summary>Every idea, a page at a time (data: <c>n</c>).</summary>
    public const string ListIdeas = "idea.list";

    /// <summary>Open (or reopen) the dot voting with the votes per person typed in the folded form (facilitators).</summary>
    public const string OpenVoting = "voting.open";

    /// <summary>Close the voting and show everyone the results (facilitators).</summary>
    public const string CloseVoting = "voting.close";

    /// <summary>The clicker's own card: their votes on every idea, a page at a time (data: <c>n</c>).</summary>
    public const string MyVotes = "vote.mine";

    /// <summary>Save the clicker's votes on the ideas of the page (data: <c>n</c>).</summary>
    public const string SaveVotes = "vote.save";

    /// <summary>The clicker's impact and effort score form for <c>idea</c>.</summary>
    public const string ScoreIdea = "idea.score";

    /// <summary>Save the clicker's score of <c>idea</c>.</summary>
    public const string SaveScore = "idea.saveScore";

    /// <summary>The results after voting closed: the ranked list and the impact x effort grid, a page at a time (data: <c>n</c>).</summary>
    public const string Results = "voting.results";

    /// <summary>Mark <c>idea</c> for step 7 (facilitators), from the results.</summary>
    public const string Shortlist = "idea.shortlist";

    /// <summary>Take <c>idea</c> off the shortlist (facilitators).</summary>
    public const string Unshortlist = "idea.unshortlist";
}
