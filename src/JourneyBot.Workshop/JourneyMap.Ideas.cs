namespace JourneyBot.Workshop;

/// <summary>Step 6: the team's ideas (opportunities), and the shortlist a facilitator takes on to step 7.</summary>
public sealed partial record JourneyMap
{
    /// <summary>The shortlisted ideas, in the order they were added.</summary>
    public IReadOnlyList<Idea> ShortlistedIdeas => [.. Ideas.Where(idea => idea.IsShortlisted)];

    /// <summary>Adds an idea; anyone may, whatever the state of the voting (an idea added after voting closed has no votes).</summary>
    public MapOutcome AddIdea(Participant actor, string id, IdeaDetails details, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(details);
        var checks = Open();
        checks.NewId("id", id, Ideas, idea => idea.Id);
        var normalized = NormalizeIdea(checks, details);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var idea = new Idea { Id = id, Details = normalized, Author = actor, CreatedAt = at };
        return MapOutcome.Applied(this, this with { Ideas = [.. Ideas, idea] }, [Added(ItemKind.Idea, id)]);
    }

    /// <summary>Replaces an idea's details (its votes, scores and shortlist mark stay); its author or a facilitator only.</summary>
    public MapOutcome EditIdea(Participant actor, string id, IdeaDetails details)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(details);
        var checks = Existing(actor, ItemKind.Idea, "id", id, out var found);
        var normalized = NormalizeIdea(checks, details);
        return checks.Failed || found is not Idea idea
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { Ideas = Replace(Ideas, idea with { Details = normalized }) }, [Updated(ItemKind.Idea, id)]);
    }

    /// <summary>Removes an idea with its votes and scores; its author or a facilitator only.</summary>
    /// <remarks>
    /// Once voting has closed, an idea with votes or scores is refused with "inUse" unless
    /// <paramref name="removeDependents"/> confirms it, like any item others' work hangs on. While voting is open it
    /// never asks: the question would tell its author that someone voted for it. The votes go back to their voters.
    /// </remarks>
    public MapOutcome RemoveIdea(Participant actor, string id, bool removeDependents = false) =>
        RemoveItem(actor, ItemKind.Idea, id, removeDependents || VotingState == VotingState.Open);

    /// <summary>
    /// Marks an idea for step 7 (or takes the mark off); facilitators only, and not while voting is open. Allowed
    /// before any voting too: a small team may pick by talking it through. Marking it as it already is succeeds with no changes.
    /// </summary>
    public MapOutcome ShortlistIdea(Participant actor, string id, bool shortlisted)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Open();
        if (!IsFacilitator(actor))
        {
            checks.Fail("actor", ErrorCodes.NotAllowed);
        }

        var idea = Ideas.FirstOrDefault(candidate => candidate.Id == id);
        if (idea is null)
        {
            checks.Fail("id", ErrorCodes.NotFound, id);
        }

        if (VotingState == VotingState.Open)
        {
            checks.Fail("voting", ErrorCodes.VotingOpen);
        }

        if (checks.Failed || idea is null)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        // Two facilitators marking the same idea from the same card: the second has nothing to write.
        return idea.IsShortlisted == shortlisted
            ? MapOutcome.Applied(this, this, [])
            : MapOutcome.Applied(this, this with { Ideas = Replace(Ideas, idea with { IsShortlisted = shortlisted }) }, [Updated(ItemKind.Idea, id)]);
    }

    /// <summary>Checks the details in the order the card shows them, so errors read top to bottom.</summary>
    private IdeaDetails NormalizeIdea(Checks checks, IdeaDetails details)
    {
        var title = checks.Required("title", details.Title, Limits.MaxNameLength);
        var description = checks.Optional("description", details.Description, Limits.MaxLongTextLength);
        var findingId = checks.Reference("findingId", details.FindingId, Limits.MaxFindingIdLength);
        var goalId = string.IsNullOrWhiteSpace(details.GoalId) ? null : details.GoalId;
        if (goalId is not null && Goals.All(goal => goal.Id != goalId))
        {
            checks.Fail("goalId", ErrorCodes.NotFound, goalId);
        }

        return new IdeaDetails { Title = title, Description = description, FindingId = findingId, GoalId = goalId };
    }
}
