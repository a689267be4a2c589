namespace JourneyBot.Workshop;

/// <summary>The header commands: moving through the steps, renaming, co-facilitators, revealing, cancelling.</summary>
/// <remarks>Co-facilitators may do everything a facilitator does except cancel and name co-facilitators.</remarks>
public sealed partial record JourneyMap
{
    /// <summary>On to the next step; refused (outOfRange) at step 7.</summary>
    public MapOutcome NextStep(Participant actor) =>
        ChangeHeader(actor, leadOnly: false, checks => MoveTo(checks, CurrentStep.Next()));

    /// <summary>Back to the previous step; refused (outOfRange) at step 1.</summary>
    public MapOutcome PreviousStep(Participant actor) =>
        ChangeHeader(actor, leadOnly: false, checks => MoveTo(checks, CurrentStep.Previous()));

    /// <summary>To step <paramref name="number"/> (1 to 7): any step may be revisited.</summary>
    public MapOutcome GoToStep(Participant actor, int number) =>
        ChangeHeader(actor, leadOnly: false, checks => MoveTo(checks, WorkshopSteps.FromNumber(number)));

    public MapOutcome Rename(Participant actor, string name) =>
        ChangeHeader(actor, leadOnly: false, checks => this with { Name = checks.Required("name", name, Limits.MaxWorkshopNameLength) });

    /// <summary>Switches the language the bot speaks in this workshop.</summary>
    public MapOutcome ChangeLanguage(Participant actor, string language) =>
        ChangeHeader(actor, leadOnly: false, checks =>
        {
            if (!WorkshopLanguages.All.Contains(language))
            {
                checks.Fail("language", ErrorCodes.Invalid, language);
            }

            return this with { Language = language };
        });

    /// <summary>Shows everyone the emotion scores' aggregates (see <see cref="EmotionsFor"/>); scores given later show too.</summary>
    public MapOutcome RevealEmotions(Participant actor) =>
        ChangeHeader(actor, leadOnly: false, _ => this with { EmotionsRevealed = true });

    /// <summary>Ends the workshop for good; its data stays, but it no longer changes. Lead facilitator only.</summary>
    public MapOutcome Cancel(Participant actor) =>
        ChangeHeader(actor, leadOnly: true, _ => this with { Status = WorkshopStatus.Cancelled });

    /// <summary>Marks the workshop done; like cancelling, it then no longer changes.</summary>
    public MapOutcome Complete(Participant actor) =>
        ChangeHeader(actor, leadOnly: false, _ => this with { Status = WorkshopStatus.Completed });

    /// <summary>Lets <paramref name="person"/> facilitate too. Lead facilitator only.</summary>
    public MapOutcome AddCoFacilitator(Participant actor, Participant person) =>
        ChangeHeader(actor, leadOnly: true, checks =>
        {
            checks.Required("coFacilitator", person.AadObjectId, Limits.MaxShortTextLength);
            if (IsFacilitator(person))
            {
                checks.Fail("coFacilitator", ErrorCodes.Duplicate, person.Name);
            }
            else if (CoFacilitators.Count >= Limits.MaxCoFacilitators)
            {
                checks.Fail("coFacilitator", ErrorCodes.OutOfRange, 0, Limits.MaxCoFacilitators);
            }

            return this with { CoFacilitators = [.. CoFacilitators, person] };
        });

    /// <summary>Takes facilitation back from the co-facilitator with <paramref name="aadObjectId"/>. Lead facilitator only.</summary>
    public MapOutcome RemoveCoFacilitator(Participant actor, string aadObjectId) =>
        ChangeHeader(actor, leadOnly: true, checks =>
        {
            var remaining = CoFacilitators
                .Where(co => !string.Equals(co.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))
                .ToArray();
            if (remaining.Length == CoFacilitators.Count)
            {
                checks.Fail("coFacilitator", ErrorCodes.NotFound, aadObjectId);
            }

            return this with { CoFacilitators = remaining };
        });

    private JourneyMap MoveTo(Checks checks, WorkshopStep? step)
    {
        if (step is not { } target)
        {
            checks.Fail("step", ErrorCodes.OutOfRange, (int)WorkshopSteps.First, (int)WorkshopSteps.Last);
            return this;
        }

        return this with { CurrentStep = target };
    }

    private MapOutcome ChangeHeader(Participant actor, bool leadOnly, Func<Checks, JourneyMap> change)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = Open();
        if (leadOnly ? !IsLeadFacilitator(actor) : !IsFacilitator(actor))
        {
            checks.Fail("actor", ErrorCodes.NotAllowed);
        }

        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var changed = change(checks);
        return checks.Failed
            ? MapOutcome.Rejected(this, checks.Errors)
            : MapOutcome.Applied(this, changed with { Version = Version + 1 }, [HeaderUpdated]);
    }
}
