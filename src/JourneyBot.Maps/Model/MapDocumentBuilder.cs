using JourneyBot.Workshop;

namespace JourneyBot.Maps.Model;

/// <summary>Lays a <see cref="JourneyMap"/> out as a <see cref="MapDocument"/>: stages as columns, lanes as rows, words resolved.</summary>
public static class MapDocumentBuilder
{
    /// <summary>The most findings a document holds (the most severe first): enough for any real map, and the page stays small.</summary>
    public const int MaxFindings = 100;

    /// <summary>
    /// The document of <paramref name="map"/> in the words of <paramref name="words"/>, with step 6's findings from
    /// <paramref name="analysis"/> (the app computes it with its configured thresholds: <see cref="MapAnalysis.Of"/>).
    /// </summary>
    public static MapDocument Build(JourneyMap map, IMapWords words, MapAnalysis analysis) => Build(map, words, analysis, comparison: null);

    /// <summary>
    /// The document of <paramref name="map"/>, as <see cref="Build(JourneyMap, IMapWords, MapAnalysis)"/>, with step 7's
    /// <paramref name="comparison"/> of it against the version before (the app loads that version and chooses the pair;
    /// its newer must be <paramref name="map"/>'s workshop). Null: no comparison section and no comparison list.
    /// </summary>
    /// <exception cref="ArgumentException">The comparison's newer side is another workshop.</exception>
    public static MapDocument Build(JourneyMap map, IMapWords words, MapAnalysis analysis, VersionComparison? comparison)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(analysis);
        if (comparison is not null && comparison.Newer.Map.Id != map.Id)
        {
            throw new ArgumentException("The comparison's newer side must be the map itself.", nameof(comparison));
        }

        var compared = comparison is null ? null : new ComparisonLayout(comparison, words).Comparison();
        var stages = map.StagesInOrder.Select(stage => new MapStage(stage.Id, words.Stage(map.Template, stage))).ToArray();
        var personas = InOrder(map.Personas).Select((persona, index) => new MapPersona(persona.Id, persona.Profile.Name, index)).ToArray();
        var layout = new Layout(map, words, stages, personas);
        var stepSix = new AnalysisLayout(map, words, analysis, stages, personas);
        return new MapDocument
        {
            Title = map.Name,
            Subtitle = words.MapType(map.MapType),
            LanguageTag = words.LanguageTag,
            Words = words,
            Goals = [.. InOrder(map.Goals).Select(goal => goal.Text)],
            Stages = stages,
            Personas = personas,
            Lanes = [.. personas.Select(layout.JourneyOf), layout.Touchpoints(), layout.PainPoints(), layout.Kpis(), .. stepSix.Lanes()],
            Conversions = layout.Conversions(),
            Emotions = layout.Emotions(),
            Findings = stepSix.Findings,
            FindingsTotal = analysis.Findings.Count,
            Ideas = stepSix.Ideas,
            Tables =
            [
                .. MapTables.Of(map, words, stages),
                stepSix.FindingsTable(),
                stepSix.IdeasTable(),
                .. compared is null ? [] : new[] { ComparisonLayout.Table(compared, words) },
            ],
            Comparison = compared,
        };
    }

    /// <summary>Items in the order they were added (ids break ties, so the order never depends on storage).</summary>
    internal static IEnumerable<T> InOrder<T>(IEnumerable<T> items)
        where T : IContribution =>
        items.OrderBy(item => item.CreatedAt).ThenBy(item => item.Id, StringComparer.Ordinal);

    private sealed class Layout(JourneyMap map, IMapWords words, MapStage[] stages, MapPersona[] personas)
    {
        private readonly Dictionary<string, PersonaStageCell> _cells = map.Cells.ToDictionary(cell => cell.Id, StringComparer.Ordinal);

        public MapLane JourneyOf(MapPersona persona) =>
            new(LaneKind.PersonaJourney, persona.Name, persona.Index, [.. stages.Select(stage => JourneyEntries(persona, stage))]);

        public MapLane Touchpoints() =>
            new(LaneKind.Touchpoints, words[MapWord.LaneTouchpoints], null, [.. stages.Select(stage => TouchpointEntries(stage))]);

        public MapLane PainPoints() =>
            new(LaneKind.PainPoints, words[MapWord.LanePainPoints], null, [.. stages.Select(PainPointEntries)]);

        public MapLane Kpis() =>
            new(LaneKind.Kpis, words[MapWord.LaneKpis], null, [.. stages.Select(KpiEntries)]);

        public IReadOnlyList<MapConversion> Conversions()
        {
            var indexOf = stages.Select((stage, index) => (stage.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
            return
            [
                .. map.StageConversions().Select(conversion => new MapConversion(
                    indexOf[conversion.FromStageId],
                    indexOf[conversion.ToStageId],
                    conversion.ConversionRate,
                    conversion.ConversionRate is { } rate ? words.Percent(rate) : "–")),
            ];
        }

        public EmotionChart Emotions()
        {
            var series = personas.Select(persona => new EmotionSeries(
                persona.Index,
                [.. stages.Select(stage => map.EmotionsRevealed ? PointOf(persona, stage) : null)]));
            return new EmotionChart(map.EmotionsRevealed, map.EmotionScores.Count, [.. series]);
        }

        private EmotionPoint? PointOf(MapPersona persona, MapStage stage)
        {
            var scores = map.EmotionScores.Where(score => score.PersonaId == persona.Id && score.StageId == stage.Id).ToArray();
            return scores.Length == 0 ? null : new EmotionPoint(scores.Average(score => (double)score.Score), scores.Length);
        }

        private MapEntry[] JourneyEntries(MapPersona persona, MapStage stage)
        {
            if (!_cells.TryGetValue(PersonaStageCell.IdFor(persona.Id, stage.Id), out var cell))
            {
                return [];
            }

            return
            [
                .. Entry(cell.Notes.CustomerGoal, MapWord.EntryGoal),
                .. Entry(cell.Notes.Actions, MapWord.EntryActions),
                .. Entry(cell.Notes.ThoughtsAndQuestions, MapWord.EntryThoughts),
            ];
        }

        private IEnumerable<MapEntry> Entry(string? text, MapWord label) =>
            string.IsNullOrWhiteSpace(text) ? [] : [new MapEntry(text, words[label])];

        private MapEntry[] TouchpointEntries(MapStage stage) =>
        [
            .. InOrder(map.Touchpoints.Where(touchpoint => touchpoint.StageId == stage.Id))
                .OrderBy(touchpoint => touchpoint.Details.Mode)
                .ThenBy(touchpoint => touchpoint.Details.Channel ?? string.Empty, StringComparer.CurrentCultureIgnoreCase)
                .Select(touchpoint => new MapEntry(
                    touchpoint.Details.Channel is { Length: > 0 } channel ? $"{touchpoint.Details.Name} · {channel}" : touchpoint.Details.Name,
                    words.Mode(touchpoint.Details.Mode),
                    touchpoint.Details.Mode == ChannelMode.Online ? EntryMark.Online : EntryMark.Offline)),
        ];

        private MapEntry[] PainPointEntries(MapStage stage) =>
        [
            .. personas
                .Select(persona => (persona, text: _cells.GetValueOrDefault(PersonaStageCell.IdFor(persona.Id, stage.Id))?.Notes.PainPoints))
                .Where(pair => !string.IsNullOrWhiteSpace(pair.text))
                .Select(pair => new MapEntry(pair.text!, pair.persona.Name, EntryMark.Persona, pair.persona.Index)),
        ];

        private MapEntry[] KpiEntries(MapStage stage) =>
        [
            .. map.KpisIn(stage.Id).Select(kpi => new MapEntry(KpiText(kpi))),
        ];

        private string KpiText(Kpi kpi)
        {
            var details = kpi.Details;
            var value = details.Period is { Length: > 0 } period ? $"{words.Number(details.Value)} {period}" : words.Number(details.Value);
            var target = details.Target is { } goal ? $" · {words[MapWord.Target]} {words.Number(goal)}" : string.Empty;
            return $"{words.Kpi(kpi)}: {value}{target}";
        }
    }
}
