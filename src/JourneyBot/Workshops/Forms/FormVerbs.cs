using System.Collections.Frozen;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using JourneyBot.Workshops.Steps.JourneyStages;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;

namespace JourneyBot.Workshops.Forms;

/// <summary>
/// The verbs whose card is a form one person fills in (edit, notes, settings, a stage's card with its scores and add forms). In <see cref="FormMode.Dialog"/> their buttons
/// open a Teams dialog instead of replacing the card they are on, so a board redrawn for everyone never takes a form away.
/// </summary>
public static class FormVerbs
{
    public static FrozenSet<string> All { get; } = FrozenSet.ToFrozenSet(
    [
        WorkshopVerbs.Settings,
        GoalsAndPersonasVerbs.EditGoal,
        GoalsAndPersonasVerbs.EditPersonaSection,
        JourneyStagesVerbs.EditCell,
        JourneyStagesVerbs.EditStage,
        TouchpointsAndChannelsVerbs.EditTouchpoint,
        FeedbackAndDataVerbs.EditKpi,
        FeedbackAndDataVerbs.EditNote,
        Steps.Analyze.AnalyzeVerbs.EditIdea,
        Steps.Analyze.AnalyzeVerbs.MyVotes,
        Steps.Analyze.AnalyzeVerbs.ScoreIdea,
        Steps.Implement.ImplementVerbs.NewAction,
        Steps.Implement.ImplementVerbs.EditAction,
        Steps.Implement.ImplementVerbs.ChangeStatus,

        // Stage cards hold inputs too (scores, ratings, add forms): in a dialog, a board redrawn meanwhile cannot take them.
        JourneyStagesVerbs.OpenStage,
        TouchpointsAndChannelsVerbs.OpenStage,
        FeedbackAndDataVerbs.OpenStage,
    ], StringComparer.Ordinal);
}
