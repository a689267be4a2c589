using System.Globalization;
using JourneyBot.Workshop;

namespace JourneyBot.Maps.Model;

/// <summary>
/// Step 6 on the map: the analysis' findings and the team's ideas as the document's lanes and tables. Votes and scores come
/// only from <see cref="JourneyMap.VotingFor"/> once voting has closed, so nothing here can show them earlier.
/// </summary>
internal sealed class AnalysisLayout
{
    private readonly JourneyMap _map;
    private readonly IMapWords _words;
    private readonly MapAnalysis _analysis;
    private readonly Dictionary<string, int> _stageIndex;
    private readonly Dictionary<string, string> _personaNames;

    public AnalysisLayout(JourneyMap map, IMapWords words, MapAnalysis analysis, IReadOnlyList<MapStage> stages, IReadOnlyList<MapPersona> personas)
    {
        _map = map;
        _words = words;
        _analysis = analysis;
        _stageIndex = stages.Select((stage, index) => (stage.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        _personaNames = personas.ToDictionary(persona => persona.Id, persona => persona.Name, StringComparer.Ordinal);
        Stages = stages;
        Findings = [.. analysis.Findings.Take(MapDocumentBuilder.MaxFindings).Select(Finding)];
        Ideas = IdeasOf();
    }

    public IReadOnlyList<MapStage> Stages { get; }

    public IReadOnlyList<MapFinding> Findings { get; }

    public MapIdeas Ideas { get; }

    /// <summary>The findings lane and the opportunities lane, each only when it has something to show, and only on a map with stages.</summary>
    public IEnumerable<MapLane> Lanes()
    {
        if (Stages.Count == 0)
        {
            yield break;
        }

        if (Findings.Count > 0)
        {
            yield return Lane(LaneKind.Findings, MapWord.LaneFindings, Findings.Select(finding => (finding.Stage, new MapEntry(finding.Text, finding.SeverityText, MarkOf(finding.Severity)))));
        }

        if (Ideas.Ideas.Count > 0)
        {
            yield return Lane(LaneKind.Opportunities, MapWord.LaneOpportunities, Ideas.Ideas.Select(idea => (idea.Stage, IdeaEntry(idea))));
        }
    }

    /// <summary>The findings sheet: severity, kind, stage(s), personas, subject, numbers, the sentence and the id.</summary>
    public MapTable FindingsTable() => new(
        "findings",
        _words[MapWord.FindingsTable],
        Columns(MapWord.ColumnSeverity, MapWord.ColumnKind, MapWord.ColumnStage, MapWord.ColumnPersona, MapWord.ColumnSubject, MapWord.ColumnNumbers, MapWord.ColumnFinding, MapWord.ColumnId),
        [
            .. Findings.Select(finding => (IReadOnlyList<MapValue>)
            [
                finding.SeverityText, finding.Kind, StagesOf(finding), string.Join(", ", finding.Personas), finding.Subject, finding.Numbers, finding.Text, finding.Id,
            ]),
        ])
    {
        OnPage = false,
    };

    /// <summary>The ideas sheet; the vote's columns only once voting has closed, so an open vote shows no zeros either.</summary>
    public MapTable IdeasTable()
    {
        if (!Ideas.ResultsShown)
        {
            return new MapTable(
                "ideas",
                _words[MapWord.IdeasTable],
                Columns(MapWord.ColumnIdea, MapWord.ColumnDescription, MapWord.ColumnGoal, MapWord.ColumnFinding, MapWord.ColumnStage, MapWord.ColumnShortlisted),
                [.. Ideas.Ideas.Select(idea => (IReadOnlyList<MapValue>)[idea.Title, idea.Description, idea.Goal, idea.Finding, StageName(idea.Stage), Shortlisted(idea)])])
            {
                OnPage = false,
            };
        }

        return new MapTable(
            "ideas",
            _words[MapWord.IdeasTable],
            Columns(
                MapWord.ColumnRank, MapWord.ColumnIdea, MapWord.ColumnDescription, MapWord.ColumnGoal, MapWord.ColumnFinding, MapWord.ColumnStage,
                MapWord.ColumnVotes, MapWord.ColumnVoters, MapWord.ColumnCustomerImpact, MapWord.ColumnBusinessImpact, MapWord.ColumnEffort,
                MapWord.ColumnQuadrant, MapWord.ColumnShortlisted),
            [
                .. Ideas.Ideas.Select(idea => (IReadOnlyList<MapValue>)
                [
                    Number(idea.Result?.Rank), idea.Title, idea.Description, idea.Goal, idea.Finding, StageName(idea.Stage),
                    Number(idea.Result?.Votes), Number(idea.Result?.Voters), Number(idea.Result?.CustomerImpact), Number(idea.Result?.BusinessImpact),
                    Number(idea.Result?.Effort), idea.Result?.QuadrantText, Shortlisted(idea),
                ]),
            ])
        {
            OnPage = false,
        };
    }

    /// <summary>The name of the stage at <paramref name="index"/>, or empty.</summary>
    public string StageName(int? index) => index is { } stage && stage < Stages.Count ? Stages[stage].Name : string.Empty;

    private MapLane Lane(LaneKind kind, MapWord title, IEnumerable<(int? Stage, MapEntry Entry)> entries)
    {
        var cells = Stages.Select(_ => new List<MapEntry>()).ToArray();
        var general = new List<MapEntry>();
        foreach (var (stage, entry) in entries)
        {
            (stage is { } index && index < cells.Length ? cells[index] : general).Add(entry);
        }

        return new MapLane(kind, _words[title], null, cells) { General = general };
    }

    /// <summary>"Title", after the vote "Title · 5 votes · Quick wins" with its rank as the label ("#1", "1위").</summary>
    private MapEntry IdeaEntry(MapIdea idea)
    {
        var mark = idea.Shortlisted ? EntryMark.Shortlisted : EntryMark.Idea;
        if (idea.Result is not { } result)
        {
            return new MapEntry(idea.Title, null, mark);
        }

        var text = result.Quadrant is null
            ? $"{idea.Title} · {_words.Votes(result.Votes)}"
            : $"{idea.Title} · {_words.Votes(result.Votes)} · {result.QuadrantText}";
        return new MapEntry(text, string.Format(CultureInfo.InvariantCulture, _words[MapWord.RankLabel], _words.Number(result.Rank)), mark);
    }

    private MapFinding Finding(Finding finding) => new(
        finding.Id,
        finding.Severity,
        _words.Severity(finding.Severity),
        _words.FindingGroup(finding.Group),
        StageOf(finding.StageId),
        StageOf(finding.NextStageId),
        [.. finding.PersonaIds.Select(id => _personaNames.GetValueOrDefault(id)).OfType<string>()],
        SubjectOf(finding),
        NumbersOf(finding),
        _words.Finding(_map, finding));

    private MapIdeas IdeasOf()
    {
        // Any viewer will do: only the results are read, and VotingFor gives them to nobody before the vote closes.
        var voting = _map.VotingFor(_map.Facilitator);
        var entries = voting.State == VotingState.Closed ? voting.Ranking : voting.Ideas;
        var goals = _map.Goals.ToDictionary(goal => goal.Id, goal => goal.Text, StringComparer.Ordinal);
        return new MapIdeas(voting.State, [.. entries.Select(entry => IdeaOf(entry, goals, voting.State == VotingState.Closed))]);
    }

    private MapIdea IdeaOf(IdeaVotingView entry, Dictionary<string, string> goals, bool closed)
    {
        var details = entry.Idea.Details;
        var finding = details.FindingId is { } id ? _analysis.Find(id) : null;
        var result = closed && entry.Result is { } shown
            ? new MapIdeaResult(
                shown.Rank, shown.Votes, shown.Voters, shown.CustomerImpact, shown.BusinessImpact, shown.Impact, shown.Effort, shown.Quadrant,
                shown.Quadrant is { } quadrant ? _words.Quadrant(quadrant) : string.Empty)
            : null;
        return new MapIdea(
            details.Title,
            details.Description,
            details.GoalId is { } goalId ? goals.GetValueOrDefault(goalId) : null,
            finding is null ? null : _words.Finding(_map, finding),
            StageOf(finding?.StageId),
            entry.Idea.IsShortlisted,
            result);
    }

    private int? StageOf(string? stageId) => stageId is not null && _stageIndex.TryGetValue(stageId, out var index) ? index : null;

    private string StagesOf(MapFinding finding) =>
        finding.NextStage is { } next ? $"{StageName(finding.Stage)} → {StageName(next)}" : StageName(finding.Stage);

    private string Shortlisted(MapIdea idea) => idea.Shortlisted ? _words[MapWord.Yes] : string.Empty;

    private MapValue Number(decimal? value) => value is { } number ? new MapValue(_words.Number(number), number) : MapValue.Empty;

    private IReadOnlyList<string> Columns(params MapWord[] columns) => [.. columns.Select(column => _words[column])];

    /// <summary>The touchpoints, KPIs, category and channel a finding names, each once, in the order it names them.</summary>
    private string SubjectOf(Finding finding)
    {
        var names = new List<string>();
        foreach (var argument in finding.Arguments)
        {
            var name = argument.Type switch
            {
                FindingArgumentType.Touchpoint => _map.Touchpoints.FirstOrDefault(touchpoint => touchpoint.Id == argument.Text)?.Details.Name,
                FindingArgumentType.Kpi => _map.Kpis.FirstOrDefault(kpi => kpi.Id == argument.Text) is { } kpi ? _words.Kpi(kpi) : null,
                FindingArgumentType.Category => Enum.GetValues<TouchpointCategory>().Where(category => FindingKinds.CodeOf(category) == argument.Text)
                    .Select(_words.Category).FirstOrDefault(),
                FindingArgumentType.Channel => argument.Text,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return string.Join(", ", names);
    }

    /// <summary>"mean -1.5 · scores 2": each number of the finding with what it is.</summary>
    private string NumbersOf(Finding finding) => string.Join(" · ", finding.Arguments.Where(argument => argument.Number is not null).Select(argument =>
    {
        var number = argument.Number!.Value;
        var (label, shown) = argument.Type switch
        {
            FindingArgumentType.Mean => (MapWord.NumberMean, Signed(number)),
            FindingArgumentType.Score => (MapWord.NumberScore, Signed(number)),
            FindingArgumentType.Spread => (MapWord.NumberSpread, _words.Number(number)),
            FindingArgumentType.Satisfaction => (MapWord.NumberSatisfaction, _words.Number(number)),
            FindingArgumentType.Volume => (MapWord.NumberVolume, _words.Number(number)),
            FindingArgumentType.Rate => (MapWord.NumberRate, _words.Percent(number)),
            FindingArgumentType.Share => (MapWord.NumberShare, _words.Percent(number)),
            _ => (MapWord.NumberCount, _words.Number(number)),
        };
        return $"{_words[label]} {shown}";
    }));

    private string Signed(decimal value) => value > 0 ? "+" + _words.Number(value) : _words.Number(value);

    private static EntryMark MarkOf(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => EntryMark.High,
        FindingSeverity.Medium => EntryMark.Medium,
        _ => EntryMark.Low,
    };
}
