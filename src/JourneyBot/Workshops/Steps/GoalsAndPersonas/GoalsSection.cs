using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.GoalsAndPersonas;

/// <summary>
/// Step 1, first half: why this map exists. Goals are added by anyone, edited or removed by their author or a facilitator
/// (Remove is in the edit form and asks first).
/// </summary>
public static class GoalsSection
{
    public const string TextInput = "goal.text";

    private const int ShownGoals = 10;
    private const int ShownLength = 200;

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [GoalsAndPersonasVerbs.AddGoal] = click => ClickAnswer.Apply(map => map.AddGoal(click.Actor, click.NewItemId("goal"), click.Inputs.Text(TextInput) ?? string.Empty, click.At), AddForm),
        [GoalsAndPersonasVerbs.EditGoal] = _ => ClickAnswer.Show(EditForm),
        [GoalsAndPersonasVerbs.SaveGoal] = click => ClickAnswer.Apply(map => map.EditGoal(click.Actor, click.Card.GoalId ?? string.Empty, click.Inputs.Text(TextInput) ?? string.Empty), EditForm),
        [GoalsAndPersonasVerbs.RemoveGoal] = _ => ClickAnswer.Show(RemoveForm),
        [GoalsAndPersonasVerbs.ConfirmRemoveGoal] = click => ClickAnswer.Apply(map => map.RemoveGoal(click.Actor, click.Card.GoalId ?? string.Empty)),
        [GoalsAndPersonasVerbs.ListGoals] = _ => ClickAnswer.Show(GoalList.Card),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<CardElement> Board(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        yield return CardParts.SectionHeading(text["GoalsHeading"]);
        if (map.Goals.Count == 0)
        {
            yield return CardParts.Subtle(text["GoalsNone"]);
        }

        foreach (var goal in map.Goals.Take(ShownGoals))
        {
            yield return Row(view, goal);
        }

        foreach (var more in MoreItems.After(text, map, map.Goals.Count, ShownGoals, text.Format("AllGoalsButton", map.Goals.Count), GoalsAndPersonasVerbs.ListGoals))
        {
            yield return more;
        }

        if (map.Status == WorkshopStatus.Active)
        {
            yield return new ActionSet([new ShowCardAction(text["AddGoalButton"], FormFields.Inner(
                [.. FormFields.Text(view.Form with { Submitted = null, Errors = [] }, TextInput, "text", text["GoalLabel"], Limits.MaxLongTextLength, required: true, multiline: true,
                    placeholder: text["GoalPlaceholder"])],
                [new ExecuteAction(text["AddButton"], GoalsAndPersonasVerbs.AddGoal, ButtonData.For(map, seed: ItemIds.NewId())) { Style = ActionStyle.Positive }]))]);
        }
    }

    /// <summary>One goal with its author, and Edit for those who may: on the board and in the goal list.</summary>
    public static CardElement Row(StepView view, Goal goal) => ItemRow.For(view, goal, CardText.Shown(goal.Text, ShownLength),
        GoalsAndPersonasVerbs.EditGoal, ButtonData.For(view.Map, goalId: goal.Id));

    /// <summary>The add form on its own, after a refused save: the text kept, the error beside it.</summary>
    private static AdaptiveCard AddForm(StepView view) => FormCard.Build(view, view.Text["AddGoalButton"],
        FormFields.Text(view.Form, TextInput, "text", view.Text["GoalLabel"], Limits.MaxLongTextLength, required: true, multiline: true),
        new ExecuteAction(view.Text["AddButton"], GoalsAndPersonasVerbs.AddGoal, ButtonData.For(view.Map, seed: view.Click?.Card.Seed)) { Style = ActionStyle.Positive });

    private static AdaptiveCard EditForm(StepView view) => ForGoal(view, goal =>
    {
        var data = ButtonData.For(view.Map, goalId: goal.Id);
        var form = FormCard.Build(view, view.Text["EditGoalTitle"],
            FormFields.Text(view.Form, TextInput, "text", view.Text["GoalLabel"], Limits.MaxLongTextLength, goal.Text, required: true, multiline: true),
            new ExecuteAction(view.Text["SaveButton"], GoalsAndPersonasVerbs.SaveGoal, data) { Style = ActionStyle.Positive });
        return RemoveQuestion.WithButton(form, view.Text, GoalsAndPersonasVerbs.RemoveGoal, data);
    });

    private static AdaptiveCard RemoveForm(StepView view) => ForGoal(view, goal =>
        RemoveQuestion.Card(view, goal.Text, GoalsAndPersonasVerbs.ConfirmRemoveGoal, GoalsAndPersonasVerbs.EditGoal, ButtonData.For(view.Map, goalId: goal.Id)));

    /// <summary>The card about the click's goal, for its author or a facilitator; why not otherwise.</summary>
    private static AdaptiveCard ForGoal(StepView view, Func<Goal, AdaptiveCard> card) =>
        view.Map.Goals.FirstOrDefault(g => g.Id == view.Click?.Card.GoalId) is not { } goal ? FormCard.Gone(view)
        : view.MayChange(goal) ? card(goal)
        : FormCard.NotAllowed(view);
}
