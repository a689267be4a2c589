namespace JourneyBot.Workshop;

/// <summary>Step 7: the action plan, action items made from the shortlisted ideas of step 6 or on their own (docs/method.md, Step 7).</summary>
/// <remarks>
/// Anyone adds an action. Its author, its owner or a facilitator edits it; its owner or a facilitator moves its status,
/// also once the workshop is finished (a finished map is read-only except action status); its author or a facilitator
/// removes it. An action's KPI and idea are links, not parents: removing either unlinks the action (see RemoveItem).
/// </remarks>
public sealed partial record JourneyMap
{
    /// <summary>True when <paramref name="person"/> may edit <paramref name="action"/>: its author, its owner or a facilitator.</summary>
    public bool CanEdit(ActionItem action, Participant person)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(person);
        return CanChange(action, person) || IsOwner(action, person);
    }

    /// <summary>True when <paramref name="person"/> may move <paramref name="action"/>'s status: its owner or a facilitator, nobody else.</summary>
    public bool CanSetStatus(ActionItem action, Participant person)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(person);
        return IsOwner(action, person) || IsFacilitator(person);
    }

    /// <summary>
    /// Adds an action item; anyone may. <paramref name="ideaId"/> is a shortlisted idea it is made from, or null (blank is
    /// null). <paramref name="at"/> is also the day the due date's range is counted from.
    /// </summary>
    public MapOutcome AddAction(Participant actor, string id, ActionDetails details, string? ideaId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(details);
        var checks = Open();
        checks.NewId("id", id, Actions, action => action.Id);
        var normalized = NormalizeAction(checks, details, at, keptDueDate: null);
        var idea = string.IsNullOrWhiteSpace(ideaId) ? null : ideaId;
        var found = idea is null ? null : Ideas.FirstOrDefault(candidate => candidate.Id == idea);
        if (idea is not null && found is null)
        {
            checks.Fail("ideaId", ErrorCodes.NotFound, idea);
        }
        else if (idea is not null && found is { IsShortlisted: false })
        {
            checks.Fail("ideaId", ErrorCodes.NotShortlisted, idea);
        }

        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var action = new ActionItem { Id = id, Details = normalized, IdeaId = idea, Author = actor, CreatedAt = at };
        return MapOutcome.Applied(this, this with { Actions = [.. Actions, action] }, [Added(ItemKind.ActionItem, id)]);
    }

    /// <summary>
    /// Replaces an action's details (its status, idea, author and time stay); its author, its owner or a facilitator. A due
    /// date left as it was is kept even when it now lies outside the range a new one must fall in.
    /// </summary>
    public MapOutcome EditAction(Participant actor, string id, ActionDetails details, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(details);
        var checks = Open();
        var action = Actions.FirstOrDefault(candidate => candidate.Id == id);
        if (action is null)
        {
            checks.Fail("id", ErrorCodes.NotFound, id);
        }
        else if (!CanEdit(action, actor))
        {
            checks.Fail("actor", ErrorCodes.NotAllowed);
        }

        var normalized = NormalizeAction(checks, details, at, action?.Details.DueDate);
        return checks.Failed || action is null
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { Actions = Replace(Actions, action with { Details = normalized }) }, [Updated(ItemKind.ActionItem, id)]);
    }

    /// <summary>
    /// Moves an action's status; its owner or a facilitator only. Allowed on an active workshop and on a finished one (the
    /// team reports progress after the workshop), refused on a cancelled or completed one. The same status again succeeds
    /// with no changes (two people pressing Done at once).
    /// </summary>
    public MapOutcome SetActionStatus(Participant actor, string id, ActionStatus status)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = new Checks();
        if (Status is not (WorkshopStatus.Active or WorkshopStatus.Finished))
        {
            checks.Fail("status", ErrorCodes.Closed, Status);
        }

        var action = Actions.FirstOrDefault(candidate => candidate.Id == id);
        if (action is null)
        {
            checks.Fail("id", ErrorCodes.NotFound, id);
        }
        else if (!CanSetStatus(action, actor))
        {
            checks.Fail("actor", ErrorCodes.NotOwner);
        }

        checks.Defined("actionStatus", status);
        if (checks.Failed || action is null)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        return action.Status == status
            ? MapOutcome.Applied(this, this, [])
            : MapOutcome.Applied(this, this with { Actions = Replace(Actions, action with { Status = status }) }, [Updated(ItemKind.ActionItem, id)]);
    }

    /// <summary>Removes an action item; its author or a facilitator only (its owner did not write it, so may not make it disappear).</summary>
    public MapOutcome RemoveAction(Participant actor, string id) => RemoveItem(actor, ItemKind.ActionItem, id, removeDependents: false);

    private static bool IsOwner(ActionItem action, Participant person) => action.Details.Owner is { } owner && owner.IsSamePersonAs(person);

    /// <summary>The actions unlinked from the KPIs and ideas in <paramref name="removals"/>, and each reported as updated.</summary>
    private (JourneyMap Map, IReadOnlyList<MapChange> Unlinked) UnlinkActions(IReadOnlyList<MapChange> removals)
    {
        var kpis = removals.Where(change => change.Item == ItemKind.Kpi).Select(change => change.Id).ToHashSet(StringComparer.Ordinal);
        var ideas = removals.Where(change => change.Item == ItemKind.Idea).Select(change => change.Id).ToHashSet(StringComparer.Ordinal);
        var touched = Actions
            .Where(action => (action.Details.KpiId is { } kpi && kpis.Contains(kpi)) || (action.IdeaId is { } idea && ideas.Contains(idea)))
            .ToArray();
        if (touched.Length == 0)
        {
            return (this, []);
        }

        var actions = touched.Aggregate(Actions, (list, action) => Replace(list, Unlinked(action)));
        return (this with { Actions = actions }, [.. touched.Select(action => Updated(ItemKind.ActionItem, action.Id))]);

        ActionItem Unlinked(ActionItem action) => action with
        {
            Details = action.Details.KpiId is { } kpi && kpis.Contains(kpi) ? action.Details with { KpiId = null, KpiTarget = null } : action.Details,
            IdeaId = action.IdeaId is { } idea && ideas.Contains(idea) ? null : action.IdeaId,
        };
    }

    /// <summary>Checks the details in the order the card shows them (title, owner, due date, KPI, target), so errors read top to bottom.</summary>
    private ActionDetails NormalizeAction(Checks checks, ActionDetails details, DateTimeOffset at, DateOnly? keptDueDate)
    {
        var title = checks.Required("title", details.Title, Limits.MaxActionTitleLength);
        var owner = details.Owner;
        if (owner is not null)
        {
            checks.Required("owner", owner.AadObjectId, Limits.MaxShortTextLength);
            owner = owner with { Name = checks.Required("owner", owner.Name, Limits.MaxShortTextLength) };
        }

        if (details.DueDate is { } due && due != keptDueDate)
        {
            var today = DateOnly.FromDateTime(at.UtcDateTime);
            var (earliest, latest) = (today.AddYears(-Limits.ActionDueYearsBack), today.AddYears(Limits.ActionDueYearsAhead));
            if (due < earliest || due > latest)
            {
                checks.Fail("dueDate", ErrorCodes.DateOutOfRange, earliest, latest);
            }
        }

        var kpiId = string.IsNullOrWhiteSpace(details.KpiId) ? null : details.KpiId;
        if (kpiId is not null && Kpis.All(kpi => kpi.Id != kpiId))
        {
            checks.Fail("kpiId", ErrorCodes.NotFound, kpiId);
        }

        if (details.KpiTarget is { } target)
        {
            if (kpiId is null)
            {
                checks.Fail("kpiTarget", ErrorCodes.NeedsKpi);
            }

            checks.Range("kpiTarget", target, -Limits.MaxKpiValue, Limits.MaxKpiValue);
        }

        return new ActionDetails { Title = title, Owner = owner, DueDate = details.DueDate, KpiId = kpiId, KpiTarget = details.KpiTarget };
    }
}
