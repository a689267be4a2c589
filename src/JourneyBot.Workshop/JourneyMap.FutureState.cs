namespace JourneyBot.Workshop;

/// <summary>Step 7: a future-state map drawn from a current-state one, so the comparison shows current against future.</summary>
public sealed partial record JourneyMap
{
    /// <summary>For a future-state map started from a current-state map: which one, and which of its versions; null otherwise.</summary>
    public CurrentStateLink? CurrentState { get; init; }

    /// <summary>
    /// Starts a future-state map (facilitators of <paramref name="current"/>, a current-state map that is active or finished)
    /// with <paramref name="current"/>'s personas and stages (same ids, so the comparison matches them), linked to it and
    /// to its latest finished version (0 when it has none yet). <paramref name="workshop"/>'s map type and template are ignored.
    /// </summary>
    public static StartOutcome StartFutureState(NewWorkshop workshop, JourneyMap current, Participant actor)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(actor);
        var refused = new List<ValidationError>();
        if (current.MapType != MapType.CurrentState)
        {
            refused.Add(ValidationError.Of("mapType", ErrorCodes.Invalid, current.MapType));
        }

        if (current.Status is not (WorkshopStatus.Active or WorkshopStatus.Finished))
        {
            refused.Add(ValidationError.Of("status", ErrorCodes.Closed, current.Status));
        }

        if (!current.IsFacilitator(actor))
        {
            refused.Add(ValidationError.Of("actor", ErrorCodes.NotAllowed));
        }

        var started = Start(workshop with { MapType = MapType.FutureState, Template = current.Template });
        if (refused.Count > 0 || !started.Succeeded)
        {
            return new StartOutcome { Errors = [.. refused, .. started.Errors] };
        }

        var latest = current.Status == WorkshopStatus.Finished ? current.MapVersionNumber : current.MapVersionNumber - 1;
        var map = started.Map with
        {
            Personas = current.Personas,
            Stages = current.Stages,
            CurrentState = new CurrentStateLink(current.Id, latest),
        };
        return new StartOutcome
        {
            Map = map,
            Changes =
            [
                Added(ItemKind.Header, map.Id),
                .. map.Personas.Select(persona => Added(ItemKind.Persona, persona.Id)),
                .. map.Stages.Select(stage => Added(ItemKind.Stage, stage.Id)),
            ],
        };
    }
}

/// <summary>A version of another workshop in the same conversation: a future-state map's current state.</summary>
/// <param name="WorkshopId">The current-state workshop.</param>
/// <param name="VersionNumber">Its latest finished version when the future-state map was started; 0 when it had none.</param>
public sealed record CurrentStateLink(string WorkshopId, int VersionNumber);
