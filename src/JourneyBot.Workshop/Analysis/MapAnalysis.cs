namespace JourneyBot.Workshop;

/// <summary>
/// Step 6's analysis of one map (docs/method.md, Step 6): the findings, ordered, the conversions they rest on, and
/// the journey's health. Computed, never stored: make one per render with <see cref="Of"/>.
/// </summary>
/// <remarks>
/// Order of <see cref="Findings"/>: severity (High first), then how many personas share the finding (more first),
/// then the stage's journey position (findings about no stage last), then <see cref="Finding.Id"/> (ordinal).
/// Before emotions are revealed no rule reads a score's value: no emotion finding, no positive share.
/// </remarks>
public sealed partial class MapAnalysis
{
    private readonly Dictionary<string, Finding> byId;

    private MapAnalysis(AnalysisThresholds thresholds, IReadOnlyList<Finding> findings, IReadOnlyList<StageConversion> conversions, JourneyHealth health)
    {
        Thresholds = thresholds;
        Findings = findings;
        Conversions = conversions;
        Health = health;
        byId = findings.ToDictionary(finding => finding.Id, StringComparer.Ordinal);
    }

    /// <summary>The thresholds the rules compared with.</summary>
    public AnalysisThresholds Thresholds { get; }

    /// <summary>Every finding, in the documented order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Conversion and drop-off between consecutive stages whose volumes are comparable (same period, first not 0), in journey order.</summary>
    public IReadOnlyList<StageConversion> Conversions { get; }

    /// <summary>Share of cells with a positive revealed mean, per persona and overall, and cells not yet scored.</summary>
    public JourneyHealth Health { get; }

    /// <summary>The finding with <paramref name="id"/>, or null (e.g. an idea's finding that the map no longer shows).</summary>
    public Finding? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>Analyzes <paramref name="map"/>; throws when <paramref name="thresholds"/> are invalid (see <see cref="AnalysisThresholds.Validate"/>).</summary>
    public static MapAnalysis Of(JourneyMap map, AnalysisThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(thresholds);
        var problems = thresholds.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid analysis thresholds: " + string.Join("; ", problems), nameof(thresholds));
        }

        var index = new AnalysisIndex(map);
        var findings = new List<Finding>();
        PainPoints(index, thresholds, findings);
        EmotionDips(index, thresholds, findings);
        Disagreements(index, thresholds, findings);
        var conversions = Funnel(index, findings);
        Gaps(index, findings);
        Overloads(index, thresholds, findings);
        ResearchGaps(index, thresholds, findings);
        CategorySpreads(index, thresholds, findings);
        EmotionSatisfactionMismatches(index, thresholds, findings);
        ChannelBreaks(map, index, findings);
        return new MapAnalysis(thresholds, Order(findings, index), conversions, HealthOf(index));
    }

    private static List<Finding> Order(List<Finding> findings, AnalysisIndex index) =>
    [
        .. findings
            .OrderBy(finding => finding.Severity)
            .ThenByDescending(finding => finding.PersonaIds.Count)
            .ThenBy(finding => finding.StageId is { } stageId ? index.Position[stageId] : int.MaxValue)
            .ThenBy(finding => finding.Id, StringComparer.Ordinal),
    ];

    /// <summary>"{code}.{part}.{part}": item ids never contain '.', so the parts cannot run together.</summary>
    private static string IdOf(FindingKind kind, params string[] parts) => string.Join('.', [FindingKinds.CodeOf(kind), .. parts]);

    private static JourneyHealth HealthOf(AnalysisIndex index)
    {
        var personas = new List<PersonaHealth>(index.Personas.Count);
        int cells = 0, unscored = 0, positive = 0;
        foreach (var persona in index.Personas)
        {
            int personaUnscored = 0, personaPositive = 0;
            foreach (var stage in index.Stages)
            {
                if (!index.ScoreCount.ContainsKey((persona.Id, stage.Id)))
                {
                    personaUnscored++;
                }
                else if (index.EmotionOf(persona.Id, stage.Id) is { Mean: > 0 })
                {
                    personaPositive++;
                }
            }

            personas.Add(new PersonaHealth(persona.Id, CellsOf(index.Stages.Count, personaUnscored, personaPositive, index.Revealed)));
            cells += index.Stages.Count;
            unscored += personaUnscored;
            positive += personaPositive;
        }

        return new JourneyHealth(index.Revealed, CellsOf(cells, unscored, positive, index.Revealed), personas);
    }

    private static CellHealth CellsOf(int cells, int unscored, int positive, bool revealed)
    {
        var scored = cells - unscored;
        return new CellHealth(
            cells,
            unscored,
            revealed ? positive : null,
            revealed && scored > 0 ? Math.Round((decimal)positive / scored, 4) : null);
    }
}
