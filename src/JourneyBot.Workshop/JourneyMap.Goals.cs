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

    public MapOutcome RemoveGoal(Participant actor, string id) => RemoveItem(actor, ItemKind.Goal, id, removeDependents: false);
}
