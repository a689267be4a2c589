namespace JourneyBot.Workshop;

/// <summary>Step 1: the goals of the map.</summary>
public sealed partial record JourneyMap
{
    public MapOutcome AddGoal(Participant actor, string id, string text, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Open();
        checks.NewId("id", id, Goals, goal => goal.Id);
        var goalText = checks.Required("text", text, Limits.MaxLongTextLength);
        return checks.Failed
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, 
                this with { Goals = [.. Goals, new Goal { Id = id, Text = goalText, Author = actor, CreatedAt = at }] },
                [Added(ItemKind.Goal, id)]);
    }

    /// <summary>Rewrites a goal; its author or a facilitator only.</summary>
    public MapOutcome EditGoal(Participant actor, string id, string text)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Existing(actor, ItemKind.Goal, "id", id, out var found);
        var goalText = checks.Required("text", text, Limits.MaxLongTextLength);
        return checks.Failed || found is not Goal goal
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { Goals = Replace(Goals, goal with { Text = goalText }) }, [Updated(ItemKind.Goal, id)]);
    }

    /// <summary>
    /// Removes a goal; its author or a facilitator only. Ideas serving it stay, now serving none (each reported as
    /// updated): an idea is the team's work in its own right, not part of the goal.
    /// </summary>
    public MapOutcome RemoveGoal(Participant actor, string id)
    {
        var removed = RemoveItem(actor, ItemKind.Goal, id, removeDependents: false);
        var serving = Ideas.Where(idea => idea.Details.GoalId == id).ToArray();
        if (!removed.Succeeded || serving.Length == 0)
        {
            return removed;
        }

        var ideas = Ideas.Select(idea => idea.Details.GoalId == id ? idea with { Details = idea.Details with { GoalId = null } } : idea);
        return MapOutcome.Applied(this, removed.Map with { Ideas = [.. ideas] }, [.. removed.Changes, .. serving.Select(idea => Updated(ItemKind.Idea, idea.Id))]);
    }
}
