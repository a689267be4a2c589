using JourneyBot.Workshop;

namespace JourneyBot.Maps.Model;

/// <summary>The lists behind the map, as tables: personas, touchpoints, KPIs, evidence notes.</summary>
internal static class MapTables
{
    public static IReadOnlyList<MapTable> Of(JourneyMap map, IMapWords words, IReadOnlyList<MapStage> stages)
    {
        var stageNames = stages.ToDictionary(stage => stage.Id, stage => stage.Name, StringComparer.Ordinal);
        var stageOrder = stages.Select((stage, index) => (stage.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        string StageName(string id) => stageNames.GetValueOrDefault(id, string.Empty);
        int StageIndex(string id) => stageOrder.GetValueOrDefault(id, int.MaxValue);
        MapValue Number(decimal? value) => value is { } number ? new MapValue(words.Number(number), number) : MapValue.Empty;
        IReadOnlyList<string> Columns(params MapWord[] columns) => [.. columns.Select(column => words[column])];

        var personas = new MapTable(
            "personas",
            words[MapWord.PersonasTable],
            Columns(
                MapWord.ColumnName, MapWord.ColumnGoals, MapWord.ColumnPainPoints, MapWord.ColumnPreferredChannels, MapWord.ColumnTypicalQuestions,
                MapWord.ColumnDayInTheLife, MapWord.ColumnTriggerEvents, MapWord.ColumnJobTitle, MapWord.ColumnReportsTo, MapWord.ColumnAgeRange,
                MapWord.ColumnGender, MapWord.ColumnLocation, MapWord.ColumnIncome, MapWord.ColumnEducation, MapWord.ColumnCompanySize,
                MapWord.ColumnIndustry, MapWord.ColumnRevenue, MapWord.ColumnCompanyLocation, MapWord.ColumnTechStack, MapWord.ColumnWebActivity,
                MapWord.ColumnPurchaseHistory, MapWord.ColumnProductUsage, MapWord.ColumnSupportContacts, MapWord.ColumnResearchSources),
            [
                .. MapDocumentBuilder.InOrder(map.Personas).Select(persona => persona.Profile).Select(profile => (IReadOnlyList<MapValue>)
                [
                    profile.Name, profile.Goals, profile.PainPoints, profile.PreferredChannels, profile.TypicalQuestions,
                    profile.DayInTheLife, profile.TriggerEvents, profile.Role.JobTitle, profile.Role.ReportsTo, profile.Demographics.AgeRange,
                    profile.Demographics.Gender, profile.Demographics.Location, profile.Demographics.Income, profile.Demographics.Education,
                    profile.Firmographics.CompanySize, profile.Firmographics.Industry, profile.Firmographics.Revenue, profile.Firmographics.Location,
                    profile.Firmographics.TechStack, profile.Behaviour.WebActivity, profile.Behaviour.PurchaseHistory, profile.Behaviour.ProductUsage,
                    profile.Behaviour.SupportContacts, words.ResearchSources(profile.ResearchSources),
                ]),
            ]);

        var touchpoints = new MapTable(
            "touchpoints",
            words[MapWord.TouchpointsTable],
            Columns(
                MapWord.ColumnStage, MapWord.ColumnName, MapWord.ColumnCategory, MapWord.ColumnMode, MapWord.ColumnChannel,
                MapWord.ColumnOwningTeam, MapWord.ColumnChannelFit, MapWord.ColumnSatisfaction, MapWord.ColumnRatings),
            [
                .. MapDocumentBuilder.InOrder(map.Touchpoints).OrderBy(touchpoint => StageIndex(touchpoint.StageId)).Select(touchpoint =>
                {
                    var satisfaction = map.SatisfactionOf(touchpoint.Id);
                    return (IReadOnlyList<MapValue>)
                    [
                        StageName(touchpoint.StageId), touchpoint.Details.Name, words.Category(touchpoint.Details.Category),
                        words.Mode(touchpoint.Details.Mode), touchpoint.Details.Channel, touchpoint.Details.OwningTeam,
                        Number(touchpoint.Fit?.Combined), Number(satisfaction.Mean), Number(satisfaction.Count),
                    ];
                }),
            ]);

        var kpis = new MapTable(
            "kpis",
            words[MapWord.KpisTable],
            Columns(
                MapWord.ColumnStage, MapWord.ColumnName, MapWord.ColumnValue, MapWord.ColumnPeriod, MapWord.ColumnTarget,
                MapWord.ColumnSource, MapWord.ColumnStageVolume),
            [
                .. MapDocumentBuilder.InOrder(map.Kpis).OrderBy(kpi => StageIndex(kpi.StageId)).Select(kpi => (IReadOnlyList<MapValue>)
                [
                    StageName(kpi.StageId), words.Kpi(kpi), Number(kpi.Details.Value), kpi.Details.Period, Number(kpi.Details.Target),
                    words.Source(kpi.Details.Source), kpi.Details.IsStageVolume ? words[MapWord.Yes] : string.Empty,
                ]),
            ]);

        var touchpointsById = map.Touchpoints.ToDictionary(touchpoint => touchpoint.Id, StringComparer.Ordinal);
        string About(EvidenceTarget target) =>
            target.Kind == ItemKind.Touchpoint && touchpointsById.TryGetValue(target.Id, out var touchpoint)
                ? $"{StageName(touchpoint.StageId)} · {touchpoint.Details.Name}"
                : StageName(target.Id);
        int AboutIndex(EvidenceTarget target) =>
            StageIndex(target.Kind == ItemKind.Touchpoint && touchpointsById.TryGetValue(target.Id, out var touchpoint) ? touchpoint.StageId : target.Id);

        var evidence = new MapTable(
            "evidence",
            words[MapWord.EvidenceTable],
            Columns(MapWord.ColumnAbout, MapWord.ColumnNote, MapWord.ColumnBacking),
            [
                .. MapDocumentBuilder.InOrder(map.EvidenceNotes).OrderBy(note => AboutIndex(note.Target)).Select(note => (IReadOnlyList<MapValue>)
                [
                    About(note.Target), note.Text, words.Backing(note.Backing),
                ]),
            ]);

        return [personas, touchpoints, kpis, evidence];
    }
}
