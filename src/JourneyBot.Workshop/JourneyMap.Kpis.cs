namespace JourneyBot.Workshop;

/// <summary>Step 4: KPIs per stage, and the conversion they show between stages.</summary>
public sealed partial record JourneyMap
{
    /// <summary>The KPIs of one stage, in the order they were added.</summary>
    public IReadOnlyList<Kpi> KpisIn(string stageId) => [.. Kpis.Where(kpi => kpi.StageId == stageId).OrderBy(kpi => kpi.CreatedAt)];

    /// <summary>The KPI marked as the stage's volume, or null.</summary>
    public Kpi? VolumeOf(string stageId) => Kpis.FirstOrDefault(kpi => kpi.StageId == stageId && kpi.Details.IsStageVolume);

    /// <summary>
    /// Conversion and drop-off for each pair of consecutive stages (journey order) that both have a volume KPI;
    /// a stage without one breaks the chain, so no pair skips over it.
    /// </summary>
    public IReadOnlyList<StageConversion> StageConversions()
    {
        var stages = StagesInOrder;
        var conversions = new List<StageConversion>();
        for (var index = 1; index < stages.Count; index++)
        {
            if (VolumeOf(stages[index - 1].Id) is { } from && VolumeOf(stages[index].Id) is { } to)
            {
                conversions.Add(StageConversion.Between(from, to));
            }
        }

        return conversions;
    }

    /// <summary>Adds a KPI; marking it as the stage's volume unmarks the previous one (reported as updated).</summary>
    public MapOutcome AddKpi(Participant actor, string id, string stageId, KpiDetails details, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(details);
        var checks = Open();
        checks.NewId("id", id, Kpis, kpi => kpi.Id);
        CheckStage(checks, stageId);
        var normalized = NormalizeKpi(checks, details);
        if (checks.Failed)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var kpi = new Kpi { Id = id, StageId = stageId, Details = normalized, Author = actor, CreatedAt = at };
        var (kpis, unmarked) = UnmarkOtherVolumes(kpi);
        return MapOutcome.Applied(this, this with { Kpis = [.. kpis, kpi] }, [Added(ItemKind.Kpi, id), .. unmarked]);
    }

    /// <summary>Replaces a KPI's details; its author or a facilitator only.</summary>
    public MapOutcome EditKpi(Participant actor, string id, KpiDetails details)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(details);
        var checks = Existing(actor, ItemKind.Kpi, "id", id, out var found);
        var normalized = NormalizeKpi(checks, details);
        if (checks.Failed || found is not Kpi kpi)
        {
            return MapOutcome.Rejected(this, checks.Errors);
        }

        var edited = kpi with { Details = normalized };
        var (kpis, unmarked) = UnmarkOtherVolumes(edited);
        return MapOutcome.Applied(this, this with { Kpis = Replace(kpis, edited) }, [Updated(ItemKind.Kpi, id), .. unmarked]);
    }

    public MapOutcome RemoveKpi(Participant actor, string id) => RemoveItem(actor, ItemKind.Kpi, id, removeDependents: false);

    /// <summary>One volume per stage: when <paramref name="kpi"/> is the volume, any other volume of its stage stops being one.</summary>
    private (IReadOnlyList<Kpi> Kpis, IReadOnlyList<MapChange> Unmarked) UnmarkOtherVolumes(Kpi kpi)
    {
        if (!kpi.Details.IsStageVolume)
        {
            return (Kpis, []);
        }

        var others = Kpis.Where(other => other.Id != kpi.Id && other.StageId == kpi.StageId && other.Details.IsStageVolume).ToArray();
        var kpis = others.Aggregate(Kpis, (list, other) => Replace(list, other with { Details = other.Details with { IsStageVolume = false } }));
        return (kpis, [.. others.Select(other => Updated(ItemKind.Kpi, other.Id))]);
    }

    /// <summary>Checks the details in the order the card shows them, so errors read top to bottom.</summary>
    private static KpiDetails NormalizeKpi(Checks checks, KpiDetails details)
    {
        var name = checks.Required("name", details.Name, Limits.MaxNameLength);
        // A volume counts customers, so it cannot be negative; other KPIs (e.g. NPS) can.
        checks.Range("value", details.Value, details.IsStageVolume ? 0 : -Limits.MaxKpiValue, Limits.MaxKpiValue);
        var period = checks.Optional("period", details.Period, Limits.MaxShortTextLength);
        if (details.Target is { } target)
        {
            checks.Range("target", target, -Limits.MaxKpiValue, Limits.MaxKpiValue);
        }

        checks.Defined("source", details.Source);
        var suggestionKey = checks.Optional("suggestionKey", details.SuggestionKey, Limits.MaxIdLength);
        if (suggestionKey is not null && !KpiSuggestions.AllKeys.Contains(suggestionKey))
        {
            checks.Fail("suggestionKey", ErrorCodes.Invalid, suggestionKey);
        }

        return details with { Name = name, Period = period, SuggestionKey = suggestionKey };
    }
}
