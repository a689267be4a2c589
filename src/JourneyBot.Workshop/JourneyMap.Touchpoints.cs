namespace JourneyBot.Workshop;

/// <summary>Step 3: touchpoints and channels per stage.</summary>
public sealed partial record JourneyMap
{
    /// <summary>The touchpoints of one stage, in the order they were added.</summary>
    public IReadOnlyList<Touchpoint> TouchpointsIn(string stageId) =>
        [.. Touchpoints.Where(touchpoint => touchpoint.StageId == stageId).OrderBy(touchpoint => touchpoint.CreatedAt)];

    /// <summary>Stages (in journey order) with more than <paramref name="threshold"/> touchpoints: the customer is asked to do too much there.</summary>
    public IReadOnlyList<LongTouchpointList> LongTouchpointLists(int threshold = Limits.DefaultTouchpointListThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        return
        [
            .. StagesInOrder
                .Select(stage => new LongTouchpointList(stage.Id, Touchpoints.Count(touchpoint => touchpoint.StageId == stage.Id), threshold))
                .Where(list => list.Count > threshold),
        ];
    }

    public MapOutcome AddTouchpoint(Participant actor, string id, string stageId, TouchpointDetails details, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(details);
        var checks = Open();
        checks.NewId("id", id, Touchpoints, touchpoint => touchpoint.Id);
        CheckStage(checks, stageId);
        var normalized = NormalizeTouchpoint(checks, details);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var touchpoint = new Touchpoint { Id = id, StageId = stageId, Details = normalized, Author = actor, CreatedAt = at };
        return MapOutcome.Applied(this, this with { Touchpoints = [.. Touchpoints, touchpoint] }, [Added(ItemKind.Touchpoint, id)]);
    }

    /// <summary>Replaces a touchpoint's details; its author or a facilitator only.</summary>
    public MapOutcome EditTouchpoint(Participant actor, string id, TouchpointDetails details)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(details);
        var checks = Existing(actor, ItemKind.Touchpoint, "id", id, out var found);
        var normalized = NormalizeTouchpoint(checks, details);
        return checks.Failed || found is not Touchpoint touchpoint
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { Touchpoints = Replace(Touchpoints, touchpoint with { Details = normalized }) }, [Updated(ItemKind.Touchpoint, id)]);
    }

    /// <summary>Judges a touchpoint's channel (each criterion 1..5); its author or a facilitator only.</summary>
    public MapOutcome RateChannelFit(Participant actor, string touchpointId, ChannelFit fit)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(fit);
        var checks = Existing(actor, ItemKind.Touchpoint, "touchpointId", touchpointId, out var found);
        checks.Range("personaPreference", fit.PersonaPreference, Limits.MinRating, Limits.MaxRating);
        checks.Range("stageRelevance", fit.StageRelevance, Limits.MinRating, Limits.MaxRating);
        checks.Range("resourceAvailability", fit.ResourceAvailability, Limits.MinRating, Limits.MaxRating);
        return checks.Failed || found is not Touchpoint touchpoint
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { Touchpoints = Replace(Touchpoints, touchpoint with { Fit = fit }) }, [Updated(ItemKind.Touchpoint, touchpointId)]);
    }

    /// <summary>Removes a touchpoint; with its satisfaction ratings and notes only when <paramref name="removeDependents"/> confirms it.</summary>
    public MapOutcome RemoveTouchpoint(Participant actor, string id, bool removeDependents = false) =>
        RemoveItem(actor, ItemKind.Touchpoint, id, removeDependents);

    /// <summary>Checks the details in the order the card shows them, so errors read top to bottom.</summary>
    private static TouchpointDetails NormalizeTouchpoint(Checks checks, TouchpointDetails details)
    {
        var name = checks.Required("name", details.Name, Limits.MaxNameLength);
        checks.Defined("category", details.Category);
        checks.Defined("mode", details.Mode);
        var channel = checks.Optional("channel", details.Channel, Limits.MaxShortTextLength);
        var owningTeam = checks.Optional("owningTeam", details.OwningTeam, Limits.MaxShortTextLength);
        var suggestionKey = checks.Optional("suggestionKey", details.SuggestionKey, Limits.MaxIdLength);
        if (suggestionKey is not null && !TouchpointSuggestions.All.Any(suggestion => suggestion.Key == suggestionKey))
        {
            checks.Fail("suggestionKey", ErrorCodes.Invalid, suggestionKey);
        }

        return details with { Name = name, Channel = channel, OwningTeam = owningTeam, SuggestionKey = suggestionKey };
    }
}
