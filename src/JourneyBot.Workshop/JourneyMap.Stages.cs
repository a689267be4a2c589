namespace JourneyBot.Workshop;

/// <summary>Step 2: the stages. They shape everyone's work, so only facilitators add, rename, move or remove them.</summary>
public sealed partial record JourneyMap
{
    /// <summary>A stage the team names itself, placed last.</summary>
    public MapOutcome AddCustomStage(Participant actor, string id, string name, DateTimeOffset at)
    {
        var checks = StageChecks(actor);
        checks.NewId("id", id, Stages, stage => stage.Id);
        var stageName = checks.Required("name", name, Limits.MaxNameLength);
        CheckUniqueStageName(checks, stageName, exceptId: null);
        if (Stages.Count >= Limits.MaxStages)
        {
            checks.Fail("id", ErrorCodes.OutOfRange, 0, Limits.MaxStages);
        }

        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var stage = new Stage { Id = id, Name = stageName, Position = Stages.Count + 1, Author = actor, CreatedAt = at };
        return MapOutcome.Applied(this, this with { Stages = [.. StagesInOrder, stage] }, [Added(ItemKind.Stage, id)]);
    }

    /// <summary>Names a stage; for a template stage a blank name goes back to the template's label, for a custom one it is required.</summary>
    public MapOutcome RenameStage(Participant actor, string id, string? name)
    {
        var checks = StageChecks(actor);
        var stage = Stages.FirstOrDefault(candidate => candidate.Id == id);
        if (stage is null)
        {
            checks.Fail("id", ErrorCodes.NotFound, id);
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var stageName = stage.Key is null
            ? checks.Required("name", name, Limits.MaxNameLength)
            : checks.Optional("name", name, Limits.MaxNameLength);
        CheckUniqueStageName(checks, stageName, exceptId: id);
        return checks.Failed
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { Stages = Replace(Stages, stage with { Name = stageName }) }, [Updated(ItemKind.Stage, id)]);
    }

    /// <summary>Moves a stage to <paramref name="position"/> (1..n); the stages between shift by one, and each moved stage is reported.</summary>
    public MapOutcome MoveStage(Participant actor, string id, int position)
    {
        var checks = StageChecks(actor);
        var ordered = StagesInOrder.ToList();
        var stage = ordered.FirstOrDefault(candidate => candidate.Id == id);
        if (stage is null)
        {
            checks.Fail("id", ErrorCodes.NotFound, id);
        }

        checks.Range("position", position, 1, Math.Max(1, ordered.Count));
        if (checks.Failed || stage is null)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        ordered.Remove(stage);
        ordered.Insert(position - 1, stage);
        return Renumbered(ordered, []);
    }

    /// <summary>Removes a stage; with its cells, scores, touchpoints, KPIs and notes only when <paramref name="removeDependents"/> confirms it.</summary>
    public MapOutcome RemoveStage(Participant actor, string id, bool removeDependents = false)
    {
        var checks = StageChecks(actor);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var removed = RemoveItem(actor, ItemKind.Stage, id, removeDependents);
        return removed.Succeeded ? removed.Map.Renumbered(removed.Map.StagesInOrder, removed.Changes) with { Before = this } : removed;
    }

    /// <summary>Gives <paramref name="ordered"/> positions 1..n and reports the stages whose position changed.</summary>
    private MapOutcome Renumbered(IReadOnlyList<Stage> ordered, IReadOnlyList<MapChange> changesSoFar)
    {
        var renumbered = ordered.Select((stage, index) => stage with { Position = index + 1 }).ToArray();
        var moved = renumbered
            .Where(stage => Stages.First(before => before.Id == stage.Id).Position != stage.Position)
            .Select(stage => Updated(ItemKind.Stage, stage.Id));
        return MapOutcome.Applied(this, this with { Stages = renumbered }, [.. changesSoFar, .. moved]);
    }

    private Checks StageChecks(Participant actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Open();
        if (!IsFacilitator(actor))
        {
            checks.Fail("actor", ErrorCodes.NotAllowed);
        }

        return checks;
    }

    private void CheckUniqueStageName(Checks checks, string? name, string? exceptId)
    {
        if (!string.IsNullOrEmpty(name)
            && Stages.Any(stage => stage.Id != exceptId && (string.Equals(stage.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(stage.Key, name, StringComparison.OrdinalIgnoreCase))))
        {
            checks.Fail("name", ErrorCodes.Duplicate, name);
        }
    }
}
