namespace JourneyBot.Workshop;

/// <summary>
/// Step 7's end: finishing saves the map as a version and makes it read-only (except action status) until a revisit,
/// which starts the next version from it. The snapshot itself (<see cref="MapVersion"/>) is the app's to store.
/// </summary>
public sealed partial record JourneyMap
{
    /// <summary>
    /// Which version of the map this is: 1 for a new workshop, one more for each revisit. While <see cref="WorkshopStatus.Finished"/>
    /// it is the number the finished map was saved as. Not <see cref="Version"/>, which counts header changes for stale cards.
    /// </summary>
    public int MapVersionNumber { get; init; } = 1;

    /// <summary>When the map was last finished; null before the first finish.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Who last finished the map; null before the first finish.</summary>
    public Participant? FinishedBy { get; init; }

    /// <summary>
    /// Finishes the map as version <see cref="MapVersionNumber"/>: facilitators only, at step 7, with the revisit plan the
    /// facilitator picked (<see cref="CheckRevisitPlan"/>). The map is then read-only except action status, until <see cref="StartRevisit"/>.
    /// </summary>
    public MapOutcome Finish(Participant actor, RevisitPlan plan, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ChangeHeader(actor, leadOnly: false, checks =>
        {
            if (CurrentStep != WorkshopSteps.Last)
            {
                checks.Fail("step", ErrorCodes.NotLastStep, (int)CurrentStep);
            }

            CheckRevisitPlan(checks, plan, at);
            return this with { Status = WorkshopStatus.Finished, Revisit = plan, FinishedAt = at, FinishedBy = actor };
        });
    }

    /// <summary>Changes when the bot comes back (facilitators; on an active or a finished map).</summary>
    public MapOutcome ChangeRevisitPlan(Participant actor, RevisitPlan plan, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return ChangeFinishing(actor, requireFinished: false, checks =>
        {
            CheckRevisitPlan(checks, plan, at);
            return this with { Revisit = plan };
        });
    }

    /// <summary>
    /// Starts version <see cref="MapVersionNumber"/> + 1 from the finished map (facilitators; only when finished): active
    /// again, at step 1, everything kept so the team changes only what changed; the facilitator may go to any step.
    /// </summary>
    public MapOutcome StartRevisit(Participant actor) =>
        ChangeFinishing(actor, requireFinished: true, _ => this with
        {
            Status = WorkshopStatus.Active,
            CurrentStep = WorkshopSteps.First,
            MapVersionNumber = MapVersionNumber + 1,
        });

    /// <summary>
    /// A revisit plan is valid when its cadence is defined, and its date is given, and later than <paramref name="at"/>'s
    /// day (UTC), for <see cref="RevisitCadence.OnDate"/> and absent for every other cadence.
    /// </summary>
    private static void CheckRevisitPlan(Checks checks, RevisitPlan plan, DateTimeOffset at)
    {
        checks.Defined("revisitCadence", plan.Cadence);
        if (plan.Cadence == RevisitCadence.OnDate)
        {
            var today = DateOnly.FromDateTime(at.UtcDateTime);
            if (plan.OnDate is not { } date)
            {
                checks.Fail("revisitDate", ErrorCodes.Required);
            }
            else if (date <= today)
            {
                checks.Fail("revisitDate", ErrorCodes.NotInFuture, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        else if (plan.OnDate is not null)
        {
            checks.Fail("revisitDate", ErrorCodes.Invalid, plan.OnDate.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Header changes a finished map still takes: facilitators only; <paramref name="requireFinished"/> or active or finished.</summary>
    private MapOutcome ChangeFinishing(Participant actor, bool requireFinished, Func<Checks, JourneyMap> change)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var checks = new Checks();
        if (Status != WorkshopStatus.Finished && (requireFinished || Status != WorkshopStatus.Active))
        {
            checks.Fail("status", requireFinished && Status == WorkshopStatus.Active ? ErrorCodes.NotFinished : ErrorCodes.Closed, Status);
        }

        if (!IsFacilitator(actor))
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
