namespace JourneyBot.Workshop;

/// <summary>Step 2: what each persona goes through in each stage.</summary>
public sealed partial record JourneyMap
{
    /// <summary>The cell for a persona and a stage, or null when nobody has written it yet.</summary>
    public PersonaStageCell? CellFor(string personaId, string stageId) =>
        Cells.FirstOrDefault(cell => cell.PersonaId == personaId && cell.StageId == stageId);

    /// <summary>Writes a persona's goal, actions, thoughts and pain points in a stage; the cell is shared, so anyone may write it.</summary>
    public MapOutcome WriteCell(Participant actor, string personaId, string stageId, CellNotes notes, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(notes);
        var checks = Open();
        CheckPersonaAndStage(checks, personaId, stageId);
        var normalized = new CellNotes
        {
            CustomerGoal = checks.Optional("customerGoal", notes.CustomerGoal, Limits.MaxLongTextLength),
            Actions = checks.Optional("actions", notes.Actions, Limits.MaxLongTextLength),
            ThoughtsAndQuestions = checks.Optional("thoughtsAndQuestions", notes.ThoughtsAndQuestions, Limits.MaxLongTextLength),
            PainPoints = checks.Optional("painPoints", notes.PainPoints, Limits.MaxLongTextLength),
        };
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var existing = CellFor(personaId, stageId);
        if (existing is not null)
        {
            var updated = existing with { Notes = normalized, UpdatedBy = actor, UpdatedAt = at };
            return MapOutcome.Applied(this, this with { Cells = Replace(Cells, updated) }, [Updated(ItemKind.PersonaStageCell, existing.Id)]);
        }

        var cell = new PersonaStageCell
        {
            Id = PersonaStageCell.IdFor(personaId, stageId),
            PersonaId = personaId,
            StageId = stageId,
            Notes = normalized,
            Author = actor,
            CreatedAt = at,
            UpdatedBy = actor,
            UpdatedAt = at,
        };
        return MapOutcome.Applied(this, this with { Cells = [.. Cells, cell] }, [Added(ItemKind.PersonaStageCell, cell.Id)]);
    }

    private void CheckPersonaAndStage(Checks checks, string personaId, string stageId)
    {
        if (Personas.All(persona => persona.Id != personaId))
        {
            checks.Fail("personaId", ErrorCodes.NotFound, personaId);
        }

        CheckStage(checks, stageId);
    }

    private void CheckStage(Checks checks, string stageId)
    {
        if (Stages.All(stage => stage.Id != stageId))
        {
            checks.Fail("stageId", ErrorCodes.NotFound, stageId);
        }
    }
}
