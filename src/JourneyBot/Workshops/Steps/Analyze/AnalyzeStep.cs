using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.Analyze;

/// <summary>
/// Step 6 (docs/method.md, Step 6): the findings the map's data gives, then the team's ideas, private dot voting with
/// impact and effort, the ranked plan, and the shortlist step 7 makes action items from.
/// </summary>
public sealed class AnalyzeStep(Analyses analyses, FindingsSection findings, IdeasSection ideas) : IWorkshopStep
{
    public WorkshopStep Number => WorkshopStep.Analyze;

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } =
        findings.Verbs.Concat(ideas.Verbs).Concat(VotingSection.Verbs).ToFrozenDictionary(StringComparer.Ordinal);

    public IReadOnlyList<CardElement> Board(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var analysis = analyses.Of(view.Map);
        return
        [
            new TextBlock(view.Text.StepOutput(WorkshopStep.Analyze)) { Separator = true, Spacing = Spacing.Medium },
            .. findings.Board(view, analysis),
            .. IdeasSection.Board(view, analysis),
            .. VotingSection.Board(view),
        ];
    }
}
