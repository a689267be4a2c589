using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.Analyze;

/// <summary>
/// Step 6, findings: what the map's own data says about where the journey hurts (<see cref="MapAnalysis"/>), most severe
/// first, with the journey's health on top. Computed from the map the turn already loaded: no storage call of its own.
/// </summary>
public sealed class FindingsSection
{
    /// <summary>Findings on the board; the rest are in the list, a page at a time.</summary>
    public const int ShownFindings = 8;

    private const int FindingsPerPage = 10;

    private readonly Analyses _analyses;

    public FindingsSection(Analyses analyses)
    {
        _analyses = analyses;
        Verbs = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
        {
            [AnalyzeVerbs.ListFindings] = _ => ClickAnswer.Show(List),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; }

    public IEnumerable<CardElement> Board(StepView view, MapAnalysis analysis)
    {
        var (map, text) = (view.Map, view.Text);
        yield return CardParts.SectionHeading(text.Counted("FindingsHeading", analysis.Findings.Count, analysis.Findings.Count));
        yield return CardParts.Subtle(Health(text, map, analysis.Health));
        if (analysis.Findings.Count == 0)
        {
            yield return CardParts.Subtle(text["FindingsNone"]);
            yield break;
        }

        foreach (var finding in analysis.Findings.Take(ShownFindings))
        {
            yield return Line(text, map, finding);
        }

        if (analysis.Findings.Count > ShownFindings)
        {
            yield return new ActionSet([new ExecuteAction(text.Format("AllFindingsButton", analysis.Findings.Count), AnalyzeVerbs.ListFindings, ButtonData.For(map))]);
        }
    }

    /// <summary>"Journey health: 12 of 20 scored cells feel positive (60%); 4 cells not scored yet", or the progress before the reveal.</summary>
    public static string Health(BotText text, JourneyMap map, JourneyHealth health)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(health);
        var overall = health.Overall;
        if (overall.Cells == 0)
        {
            return text["HealthNoCells"];
        }

        if (!health.Revealed || overall.Positive is not { } positive || overall.PositiveShare is not { } share)
        {
            return text.Format("HealthNotRevealed", overall.Scored, overall.Cells);
        }

        var line = text.Format("HealthRevealed", positive, overall.Scored, FeedbackAndData.FeedbackNumbers.Percent(text, share));
        return overall.Unscored > 0 ? line + " " + text.Counted("HealthUnscored", overall.Unscored, overall.Unscored) : line;
    }

    private static TextBlock Line(BotText text, JourneyMap map, Finding finding) => new(FindingText.Line(text, map, finding))
    {
        Spacing = Spacing.Small,
        Color = finding.Severity == FindingSeverity.High ? TextColor.Attention : null,
    };

    /// <summary>Every finding, a page at a time, with each persona's health.</summary>
    private AdaptiveCard List(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var analysis = _analyses.Of(map);
        var body = new List<CardElement>(FormCard.Heading(view, text.Counted("FindingsHeading", analysis.Findings.Count, analysis.Findings.Count)));
        body.Add(CardParts.Subtle(Health(text, map, analysis.Health)));
        if (analysis.Health.Revealed)
        {
            body.Add(new FactSet([.. analysis.Health.Personas
                .Where(persona => map.Personas.Any(candidate => candidate.Id == persona.PersonaId))
                .Select(persona => new Fact(
                    CardText.Shown(map.Personas.First(candidate => candidate.Id == persona.PersonaId).Profile.Name, 40),
                    persona.Cells.PositiveShare is { } share ? text.Format("HealthPersona", FeedbackAndData.FeedbackNumbers.Percent(text, share), persona.Cells.Scored, persona.Cells.Cells) : text["HealthPersonaNone"]))]));
        }

        var page = ItemPage.For(analysis.Findings.Count, FindingsPerPage, view.Click?.Card.Number);
        body.AddRange(page.Of(analysis.Findings, FindingsPerPage).Select(finding => Line(text, map, finding)));
        body.AddRange(page.Pager(view, AnalyzeVerbs.ListFindings, FindingsPerPage, analysis.Findings.Count));
        return new AdaptiveCard(body) { Actions = [BoardButtons.Back(view)] };
    }
}
