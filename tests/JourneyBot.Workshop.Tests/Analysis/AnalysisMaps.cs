namespace JourneyBot.Workshop.Tests.Analysis;

/// <summary>Builds maps for the analysis tests through the domain's own commands, one short call per item.</summary>
internal static class AnalysisMaps
{
    /// <summary>Who gives the 1st, 2nd, ... score or rating of a cell or touchpoint, a minute apart.</summary>
    private static readonly Participant[] Scorers = [People.Alice, People.Bob, People.Carol, People.CoFacilitator, People.Facilitator];

    /// <summary>Adds personas named by their ids, with their preferred channels when given ("p1=Email, phone").</summary>
    public static JourneyMap WithPersonas(this JourneyMap map, params string[] personas) =>
        personas.Aggregate(map, (current, persona) =>
        {
            var parts = persona.Split('=', 2);
            var profile = Sample.Profile(parts[0]) with { PreferredChannels = parts.Length > 1 ? parts[1] : null };
            return current.AddPersona(People.Alice, parts[0], profile, Sample.Now).ShouldSucceed();
        });

    /// <summary>Scores a persona in a stage, one score per person (Alice, Bob, Carol, Cody, Fran).</summary>
    public static JourneyMap Score(this JourneyMap map, string personaId, string stageId, params int[] scores) =>
        scores.Select((score, index) => (score, index)).Aggregate(map, (current, next) =>
            current.ScoreEmotion(Scorers[next.index], personaId, stageId, next.score, null, Sample.Now.AddMinutes(next.index)).ShouldSucceed());

    public static JourneyMap Reveal(this JourneyMap map) => map.RevealEmotions(People.Facilitator).ShouldSucceed();

    public static JourneyMap Write(this JourneyMap map, string personaId, string stageId, string? painPoints = null, string? goal = "Get it done") =>
        map.WriteCell(People.Bob, personaId, stageId, new CellNotes { CustomerGoal = goal, PainPoints = painPoints }, Sample.Now).ShouldSucceed();

    /// <summary>Adds a touchpoint, owned by Marketing unless <paramref name="owner"/> says otherwise ("" for none).</summary>
    public static JourneyMap Touchpoint(
        this JourneyMap map, string id, string stageId, string? channel = null, string owner = "Marketing",
        TouchpointCategory category = TouchpointCategory.Marketing, int minute = 0) =>
        map.AddTouchpoint(
            People.Bob, id, stageId,
            Sample.Touchpoint(id, category) with { Channel = channel, OwningTeam = owner.Length == 0 ? null : owner },
            Sample.Now.AddMinutes(minute)).ShouldSucceed();

    /// <summary>Gives a stage <paramref name="count"/> touchpoints "{stageId}1".."{stageId}n".</summary>
    public static JourneyMap Touchpoints(this JourneyMap map, string stageId, int count) =>
        map.Repeat(count, (current, index) => current.AddTouchpoint(
            People.Bob, $"{stageId}{index}", stageId, Sample.Touchpoint($"{stageId}{index}") with { OwningTeam = "Marketing" }, Sample.Now.AddMinutes(index)));

    /// <summary>Rates a touchpoint, one rating per person.</summary>
    public static JourneyMap Rate(this JourneyMap map, string touchpointId, params int[] ratings) =>
        ratings.Select((rating, index) => (rating, index)).Aggregate(map, (current, next) =>
            current.RateSatisfaction(Scorers[next.index], touchpointId, next.rating, Sample.Now).ShouldSucceed());

    /// <summary>Adds a stage's volume KPI.</summary>
    public static JourneyMap Volume(this JourneyMap map, string id, string stageId, decimal value, string? period = null) =>
        map.AddKpi(People.Alice, id, stageId, Sample.Kpi(id, value, isVolume: true) with { Period = period }, Sample.Now).ShouldSucceed();

    /// <summary>Adds a KPI that is not the stage's volume.</summary>
    public static JourneyMap Measure(this JourneyMap map, string id, string stageId, decimal value) =>
        map.AddKpi(People.Alice, id, stageId, Sample.Kpi(id, value), Sample.Now).ShouldSucceed();

    public static JourneyMap Note(this JourneyMap map, string id, EvidenceTarget target, EvidenceBacking backing) =>
        map.AddEvidenceNote(People.Carol, id, "A claim", target, backing, Sample.Now).ShouldSucceed();

    /// <summary>Several notes on one stage: "A" assumption, "P" partly backed, "D" data-backed, e.g. "AAP".</summary>
    public static JourneyMap Notes(this JourneyMap map, string stageId, string backings) =>
        backings.Select((letter, index) => (letter, index)).Aggregate(map, (current, next) => current.Note(
            $"{stageId}-n{next.index}",
            EvidenceTarget.Stage(stageId),
            next.letter switch { 'A' => EvidenceBacking.Assumption, 'P' => EvidenceBacking.PartlyBacked, _ => EvidenceBacking.DataBacked }));

    public static MapAnalysis Analyze(this JourneyMap map, AnalysisThresholds? thresholds = null) =>
        MapAnalysis.Of(map, thresholds ?? AnalysisThresholds.Default);

    /// <summary>The findings as text (severity, id, arguments), in order; only those of <paramref name="kinds"/> when given.</summary>
    public static string[] Lines(this MapAnalysis analysis, params FindingKind[] kinds) =>
        [.. analysis.Findings.Where(finding => kinds.Length == 0 || kinds.Contains(finding.Kind)).Select(finding => finding.ToString())];

    /// <summary>The findings of some groups as text, in order.</summary>
    public static string[] GroupLines(this MapAnalysis analysis, params FindingGroup[] groups) =>
        [.. analysis.Findings.Where(finding => groups.Contains(finding.Group)).Select(finding => finding.ToString())];
}
