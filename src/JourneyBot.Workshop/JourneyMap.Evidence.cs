namespace JourneyBot.Workshop;

/// <summary>Step 4: evidence notes about stages and touchpoints, each marked by how well it is backed.</summary>
public sealed partial record JourneyMap
{
    public MapOutcome AddEvidenceNote(Participant actor, string id, string text, EvidenceTarget target, EvidenceBacking backing, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(target);
        var checks = Open();
        checks.NewId("id", id, EvidenceNotes, note => note.Id);
        var noteText = checks.Required("text", text, Limits.MaxLongTextLength);
        checks.Defined("backing", backing);
        CheckEvidenceTarget(checks, target);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var note = new EvidenceNote { Id = id, Text = noteText, Target = target, Backing = backing, Author = actor, CreatedAt = at };
        return MapOutcome.Applied(this, this with { EvidenceNotes = [.. EvidenceNotes, note] }, [Added(ItemKind.EvidenceNote, id)]);
    }

    /// <summary>Rewrites a note and its backing (e.g. an assumption that data now backs); its author or a facilitator only.</summary>
    public MapOutcome EditEvidenceNote(Participant actor, string id, string text, EvidenceBacking backing)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Existing(actor, ItemKind.EvidenceNote, "id", id, out var found);
        var noteText = checks.Required("text", text, Limits.MaxLongTextLength);
        checks.Defined("backing", backing);
        return checks.Failed || found is not EvidenceNote note
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, this with { EvidenceNotes = Replace(EvidenceNotes, note with { Text = noteText, Backing = backing }) }, [Updated(ItemKind.EvidenceNote, id)]);
    }

    public MapOutcome RemoveEvidenceNote(Participant actor, string id) => RemoveItem(actor, ItemKind.EvidenceNote, id, removeDependents: false);

    /// <summary>The notes about a stage or a touchpoint, in the order they were added.</summary>
    public IReadOnlyList<EvidenceNote> EvidenceAbout(EvidenceTarget target) =>
        [.. EvidenceNotes.Where(note => note.Target == target).OrderBy(note => note.CreatedAt)];

    private void CheckEvidenceTarget(Checks checks, EvidenceTarget target)
    {
        if (target.Kind is not (ItemKind.Stage or ItemKind.Touchpoint))
        {
            checks.Fail("target", ErrorCodes.Invalid, target.Kind);
        }
        else if (Find(target.Kind, target.Id) is null)
        {
            checks.Fail("target", ErrorCodes.NotFound, target.Id);
        }
    }
}
