using JourneyBot.Cards;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Board;

/// <summary>
/// The top of every step card: step n of 7 and its name, the workshop, the map's goal (docs/method.md, Step 1: a map without a
/// written goal drifts, so it is on every card) and who has contributed to this step.
/// </summary>
public static class ProgressHeader
{
    private const int ShownGoalLength = 160;
    private const int ShownContributors = 8;

    public static IEnumerable<CardElement> For(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var step = map.CurrentStep;
        yield return CardParts.Title(text.Format("ProgressStep", (int)step, WorkshopSteps.InOrder.Count, text.StepName(step)));
        yield return CardParts.Subtle(text.Format("ProgressWorkshop", CardText.Escape(map.Name), text.MapTypeName(map.MapType)), Spacing.None);
        if (map.Status == WorkshopStatus.Finished)
        {
            yield return Versions.FinishedSection.Line(view);
        }
        else if (map.Status != WorkshopStatus.Active)
        {
            yield return new TextBlock(text.Format("WorkshopClosed", text.StatusName(map.Status))) { Color = TextColor.Warning, Weight = TextWeight.Bolder };
        }

        yield return new TextBlock(map.Goals.Count == 0
            ? text["ProgressNoGoal"]
            : text.Format("ProgressGoal", CardText.Shown(map.Goals[0].Text, ShownGoalLength), map.Goals.Count - 1 is > 0 and var more ? text.Format("AndMore", more) : string.Empty))
        {
            Spacing = Spacing.Small,
        };
        var contributors = map.ContributorsTo(step);
        var contributed = contributors.Count == 0
            ? text["ProgressNoContributors"]
            : text.Format("ProgressContributors", string.Join(", ", contributors.Take(ShownContributors).Select(p => CardText.Escape(p.Name))),
                contributors.Count > ShownContributors ? text.Format("AndMore", contributors.Count - ShownContributors) : string.Empty);
        yield return CardParts.Note(contributed, Spacing.None);
        if (view.Notice is { } notice)
        {
            yield return new Container([new TextBlock(notice)]) { Style = view.Errors.Count > 0 ? ContainerStyle.Warning : ContainerStyle.Good, Spacing = Spacing.Medium };
        }
    }
}
