using JourneyBot.Workshop;

namespace JourneyBot.Maps.Model;

/// <summary>
/// The layout model: everything the picture, the page and the spreadsheets show, resolved to text in the map's language
/// and laid out by stage. Built once per map version by <see cref="MapDocumentBuilder"/>; every output reads only this.
/// </summary>
public sealed record MapDocument
{
    /// <summary>The workshop's name, as the team wrote it (not escaped: each output escapes for itself).</summary>
    public required string Title { get; init; }

    /// <summary>"Current state" or "Future state", in the map's language.</summary>
    public required string Subtitle { get; init; }

    /// <summary>The map's language as a BCP 47 tag ("en", "ko"), for the page's lang attribute.</summary>
    public required string LanguageTag { get; init; }

    /// <summary>The fixed words of every output, in the map's language.</summary>
    public required IMapWords Words { get; init; }

    /// <summary>The workshop's goals (step 1), in the order they were added.</summary>
    public required IReadOnlyList<string> Goals { get; init; }

    /// <summary>The columns: the stages in journey order.</summary>
    public required IReadOnlyList<MapStage> Stages { get; init; }

    /// <summary>The personas, each with its place in <see cref="PersonaStyles"/>.</summary>
    public required IReadOnlyList<MapPersona> Personas { get; init; }

    /// <summary>The rows under the stage headers, in the order they are drawn.</summary>
    public required IReadOnlyList<MapLane> Lanes { get; init; }

    /// <summary>Customers moving on between consecutive stages, from the stages' volume KPIs; one per pair that has both.</summary>
    public required IReadOnlyList<MapConversion> Conversions { get; init; }

    /// <summary>The emotion curve per persona.</summary>
    public required EmotionChart Emotions { get; init; }

    /// <summary>Step 6's findings, most severe first (the analysis' order), at most <see cref="MapDocumentBuilder.MaxFindings"/>.</summary>
    public required IReadOnlyList<MapFinding> Findings { get; init; }

    /// <summary>How many findings the analysis gave in all (more than <see cref="Findings"/> holds when some were left out).</summary>
    public required int FindingsTotal { get; init; }

    /// <summary>Step 6's ideas and, once voting has closed, their results.</summary>
    public required MapIdeas Ideas { get; init; }

    /// <summary>The lists behind the map (personas, touchpoints, KPIs, evidence notes, findings, ideas, the comparison): sheets, CSV files, the page's tables.</summary>
    public required IReadOnlyList<MapTable> Tables { get; init; }

    /// <summary>Step 7: the map against the version before it, when the app passed one (<see cref="MapDocumentBuilder.Build(JourneyMap, IMapWords, MapAnalysis, VersionComparison?)"/>); null otherwise.</summary>
    public MapComparison? Comparison { get; init; }

    /// <summary>True when the map has no stage or no persona: outputs draw the empty lanes and <see cref="MapWord.EmptyMapHint"/>.</summary>
    public bool IsEmpty => Stages.Count == 0 || Personas.Count == 0;
}

/// <summary>A column of the map.</summary>
/// <param name="Id">The stage's id in the workshop.</param>
/// <param name="Name">The stage's name in the map's language.</param>
public sealed record MapStage(string Id, string Name);

/// <summary>A persona as the map draws it.</summary>
/// <param name="Id">The persona's id in the workshop.</param>
/// <param name="Name">The persona's name.</param>
/// <param name="Index">Its place among the personas, 0-based: picks its colour and marker (<see cref="PersonaStyles.For"/>).</param>
public sealed record MapPersona(string Id, string Name, int Index);

/// <summary>What a lane holds.</summary>
public enum LaneKind
{
    /// <summary>One persona's goal, actions, and thoughts and questions in each stage.</summary>
    PersonaJourney,

    /// <summary>The touchpoints of each stage, online or offline, with their channel.</summary>
    Touchpoints,

    /// <summary>Every persona's pain points in each stage, marked with the persona's colour.</summary>
    PainPoints,

    /// <summary>The KPIs of each stage (value, target); conversions are in <see cref="MapDocument.Conversions"/>.</summary>
    Kpis,

    /// <summary>Step 6's findings about each stage, severity-marked; those about no one stage in <see cref="MapLane.General"/>.</summary>
    Findings,

    /// <summary>Step 6's ideas, each in the stage its finding is about, else in <see cref="MapLane.General"/>; shortlisted ones marked.</summary>
    Opportunities,
}

/// <summary>A row of the map: a title on the left and, per stage, a list of entries.</summary>
/// <param name="Kind">What the lane holds.</param>
/// <param name="Title">The lane's title in the map's language.</param>
/// <param name="Persona">For <see cref="LaneKind.PersonaJourney"/>, the persona's index; otherwise null.</param>
/// <param name="Cells">One list per stage, in the order of <see cref="MapDocument.Stages"/> (empty lists for empty cells).</param>
public sealed record MapLane(LaneKind Kind, string Title, int? Persona, IReadOnlyList<IReadOnlyList<MapEntry>> Cells)
{
    /// <summary>Entries about the whole journey rather than one stage (step 6's lanes only): drawn under the stage cells.</summary>
    public IReadOnlyList<MapEntry> General { get; init; } = [];
}

/// <summary>How an entry is marked beside its text.</summary>
public enum EntryMark
{
    None,

    /// <summary>A touchpoint on an online channel.</summary>
    Online,

    /// <summary>A touchpoint on an offline channel.</summary>
    Offline,

    /// <summary>Belongs to the persona in <see cref="MapEntry.Persona"/>: drawn in its colour and marker.</summary>
    Persona,

    /// <summary>A finding of high, medium or low severity (its label says which in words).</summary>
    High,
    Medium,
    Low,

    /// <summary>An idea; <see cref="Shortlisted"/> for one a facilitator picked for step 7.</summary>
    Idea,
    Shortlisted,
}

/// <summary>One thing written in a cell.</summary>
/// <param name="Text">The text, as the team wrote it (outputs wrap, shorten and escape it).</param>
/// <param name="Label">A short prefix in the map's language, e.g. "Goal" or "Online"; null for none.</param>
/// <param name="Mark">How the entry is marked.</param>
/// <param name="Persona">For <see cref="EntryMark.Persona"/>, the persona's index.</param>
public sealed record MapEntry(string Text, string? Label = null, EntryMark Mark = EntryMark.None, int? Persona = null);

/// <summary>Customers moving on from one stage to the next (indexes into <see cref="MapDocument.Stages"/>).</summary>
/// <param name="FromStage">The earlier stage's index.</param>
/// <param name="ToStage">The next stage's index (always <paramref name="FromStage"/> + 1).</param>
/// <param name="Rate">The share moving on, 0..1 or above; null when the earlier volume is 0.</param>
/// <param name="Text">The rate as shown, e.g. "25%", or "–" without one.</param>
public sealed record MapConversion(int FromStage, int ToStage, decimal? Rate, string Text);

/// <summary>The emotion curves: one per persona, a point per stage where the team's scores are revealed.</summary>
/// <param name="Revealed">False until a facilitator reveals the scores: then no point is drawn, only <see cref="ScoresGiven"/>.</param>
/// <param name="ScoresGiven">How many scores people have given in all.</param>
/// <param name="Series">One per persona, in persona order.</param>
public sealed record EmotionChart(bool Revealed, int ScoresGiven, IReadOnlyList<EmotionSeries> Series)
{
    /// <summary>The lowest score on the scale.</summary>
    public const int Min = -2;

    /// <summary>The highest score on the scale.</summary>
    public const int Max = 2;
}

/// <summary>One persona's curve.</summary>
/// <param name="Persona">The persona's index.</param>
/// <param name="Points">One per stage, in stage order: the team's mean, or null where nobody scored (the curve breaks there).</param>
public sealed record EmotionSeries(int Persona, IReadOnlyList<EmotionPoint?> Points);

/// <summary>The team's revealed mean score for a persona in a stage (-2..+2) and how many scored.</summary>
public sealed record EmotionPoint(double Mean, int Count);

/// <summary>A list behind the map: a sheet of the workbook, a file of the CSV zip, a table on the page.</summary>
/// <param name="Key">An ASCII name for files ("personas", "touchpoints", "kpis", "evidence").</param>
/// <param name="Title">The sheet's and the page section's title in the map's language.</param>
/// <param name="Columns">The column headers.</param>
/// <param name="Rows">The rows, each as long as <paramref name="Columns"/>.</param>
public sealed record MapTable(string Key, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<MapValue>> Rows)
{
    /// <summary>False for a table the page shows in a section of its own (step 6's findings and ideas): then only the spreadsheets have it.</summary>
    public bool OnPage { get; init; } = true;
}

/// <summary>A table cell: text, or a number that spreadsheets keep as a number.</summary>
/// <param name="Text">The value as shown (the number formatted in the map's language); empty for none.</param>
/// <param name="Number">The number, when the column holds numbers and this row has one.</param>
public sealed record MapValue(string Text, decimal? Number = null)
{
    public static readonly MapValue Empty = new(string.Empty);

    public static implicit operator MapValue(string? text) => text is null ? Empty : new MapValue(text);

    public static MapValue FromString(string? text) => text;
}

/// <summary>A step 6 finding as the outputs show it.</summary>
/// <param name="Id">The analysis' id, e.g. "lowEmotion.p1.onboarding" (ASCII, stable across renders).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="SeverityText">The severity in the map's language.</param>
/// <param name="Kind">The method's group in the map's language, e.g. "Bottleneck".</param>
/// <param name="Stage">The index of the stage it is about (for a pair of stages, the first), or null.</param>
/// <param name="NextStage">For a pair of stages, the second's index.</param>
/// <param name="Personas">The names of the personas it concerns, in persona order.</param>
/// <param name="Subject">What else it names: touchpoints, KPIs, a category or channel, comma-separated; empty for none.</param>
/// <param name="Numbers">The numbers behind it with their labels, e.g. "mean -1.5 · scores 2"; empty for none.</param>
/// <param name="Text">The sentence, as the step 6 board says it (plain text).</param>
public sealed record MapFinding(
    string Id,
    FindingSeverity Severity,
    string SeverityText,
    string Kind,
    int? Stage,
    int? NextStage,
    IReadOnlyList<string> Personas,
    string Subject,
    string Numbers,
    string Text);

/// <summary>Step 6's ideas. Votes and scores are private until a facilitator closes the voting: before, no idea has a result.</summary>
/// <param name="Voting">Where the voting stands.</param>
/// <param name="Ideas">Best first once voting has closed (the ranking), else in the order they were added.</param>
public sealed record MapIdeas(VotingState Voting, IReadOnlyList<MapIdea> Ideas)
{
    public static readonly MapIdeas None = new(VotingState.NotOpened, []);

    /// <summary>True once voting has closed: only then does any idea carry a <see cref="MapIdea.Result"/>.</summary>
    public bool ResultsShown => Voting == VotingState.Closed;
}

/// <summary>An idea as the outputs show it.</summary>
/// <param name="Title">As the team wrote it.</param>
/// <param name="Description">As written, or null.</param>
/// <param name="Goal">The text of the step 1 goal it serves, or null.</param>
/// <param name="Finding">The sentence of the finding it answers, or null (none, or one the map no longer gives).</param>
/// <param name="Stage">The index of the stage its finding is about, or null (drawn in the lane's whole-journey cell).</param>
/// <param name="Shortlisted">Picked by a facilitator for step 7.</param>
/// <param name="Result">Votes and means once voting has closed; null before.</param>
public sealed record MapIdea(string Title, string? Description, string? Goal, string? Finding, int? Stage, bool Shortlisted, MapIdeaResult? Result);

/// <summary>An idea's result after the vote (means of 1..5 scores, 2 places; null when nobody scored it).</summary>
public sealed record MapIdeaResult(
    int Rank,
    int Votes,
    int Voters,
    decimal? CustomerImpact,
    decimal? BusinessImpact,
    decimal? Impact,
    decimal? Effort,
    IdeaQuadrant? Quadrant,
    string QuadrantText);
