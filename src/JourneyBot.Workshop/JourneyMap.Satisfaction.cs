namespace JourneyBot.Workshop;

/// <summary>Step 4: satisfaction per touchpoint, one rating per participant.</summary>
public sealed partial record JourneyMap
{
    /// <summary>How many rated the touchpoint and their mean, rounded to 2 places (null when nobody has).</summary>
    public SatisfactionSummary SatisfactionOf(string touchpointId)
    {
        var scores = SatisfactionRatings.Where(rating => rating.TouchpointId == touchpointId).Select(rating => (decimal)rating.Score).ToArray();
        return new SatisfactionSummary(touchpointId, scores.Length, scores.Length == 0 ? null : Math.Round(scores.Average(), 2));
    }

    /// <summary>Sets the actor's own rating (1..5) of a touchpoint; a second rating replaces the first.</summary>
    public MapOutcome RateSatisfaction(Participant actor, string touchpointId, int score, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Open();
        if (Touchpoints.All(touchpoint => touchpoint.Id != touchpointId))
        {
            checks.Fail("touchpointId", ErrorCodes.NotFound, touchpointId);
        }

        checks.Range("score", score, Limits.MinRating, Limits.MaxRating);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var id = SatisfactionRating.IdFor(touchpointId, actor.AadObjectId);
        var existing = SatisfactionRatings.FirstOrDefault(rating => rating.Id == id);
        if (existing is not null)
        {
            var updated = existing with { Score = score, Author = actor };
            return MapOutcome.Applied(this, this with { SatisfactionRatings = Replace(SatisfactionRatings, updated) }, [Updated(ItemKind.SatisfactionRating, id)]);
        }

        var added = new SatisfactionRating { Id = id, TouchpointId = touchpointId, Score = score, Author = actor, CreatedAt = at };
        return MapOutcome.Applied(this, this with { SatisfactionRatings = [.. SatisfactionRatings, added] }, [Added(ItemKind.SatisfactionRating, id)]);
    }

    /// <summary>Removes a rating (see <see cref="SatisfactionRating.IdFor"/>); its author or a facilitator only.</summary>
    public MapOutcome RemoveSatisfactionRating(Participant actor, string id) =>
        RemoveItem(actor, ItemKind.SatisfactionRating, id, removeDependents: false);
}
