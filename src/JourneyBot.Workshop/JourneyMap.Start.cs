namespace JourneyBot.Workshop;

/// <summary>Starting a workshop.</summary>
public sealed partial record JourneyMap
{
    /// <summary>A new workshop at step 1, active, version 1, with the template's stages (ids are their keys), authored by the facilitator.</summary>
    public static StartOutcome Start(NewWorkshop workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var checks = new Checks();
        checks.Id("id", workshop.Id);
        var name = checks.Required("name", workshop.Name, Limits.MaxWorkshopNameLength);
        checks.Defined("mapType", workshop.MapType);
        checks.Defined("template", workshop.Template);
        if (!WorkshopLanguages.All.Contains(workshop.Language))
        {
            checks.Fail("language", ErrorCodes.Invalid, workshop.Language);
        }

        checks.Required("facilitator", workshop.Facilitator.AadObjectId, Limits.MaxShortTextLength);
        if (checks.Failed)
        {
            return new StartOutcome { Errors = checks.Errors };
        }

        var stages = StageTemplates.StageKeysOf(workshop.Template)
            .Select((key, index) => new Stage
            {
                Id = key,
                Key = key,
                Position = index + 1,
                Author = workshop.Facilitator,
                CreatedAt = workshop.CreatedAt,
            })
            .ToArray();
        var map = new JourneyMap
        {
            Id = workshop.Id,
            Name = name,
            MapType = workshop.MapType,
            Template = workshop.Template,
            Language = workshop.Language,
            Facilitator = workshop.Facilitator,
            CurrentStep = WorkshopSteps.First,
            Status = WorkshopStatus.Active,
            CreatedAt = workshop.CreatedAt,
            Version = 1,
            Stages = stages,
        };
        return new StartOutcome
        {
            Map = map,
            Changes = [Added(ItemKind.Header, map.Id), .. stages.Select(stage => Added(ItemKind.Stage, stage.Id))],
        };
    }
}
