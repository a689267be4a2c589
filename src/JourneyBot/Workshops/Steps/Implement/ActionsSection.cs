using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.Implement;

/// <summary>
/// Step 7, the action plan: the action items in plan order (overdue first), the shortlisted ideas not yet made into one,
/// and the forms to add, edit, remove and move the status of an action (docs/method.md, Step 7). The owner is chosen
/// from the conversation's members, read from Teams when the form opens and again when it is saved.
/// </summary>
public sealed class ActionsSection
{
    /// <summary>Action items on the board; the rest are a page away.</summary>
    public const int ShownActions = 8;

    /// <summary>Shortlisted ideas without an action on the board.</summary>
    public const int ShownIdeas = 5;

    /// <summary>The status form's radio buttons (the status by name).</summary>
    public const string StatusInput = "action.statusChoice";

    private const int ShownIdeaTitleLength = 80;

    private readonly TimeProvider _time;

    public ActionsSection(TimeProvider time)
    {
        _time = time;
        Verbs = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
        {
            [ImplementVerbs.NewAction] = _ => ClickAnswer.WithMembers(members => ClickAnswer.Show(view => AddForm(view, members))),
            [ImplementVerbs.AddAction] = click => ClickAnswer.WithMembers(members => ClickAnswer.Apply(
                ActionForm.Command(click, map => ActionOwners.Candidates(map, members, null),
                    (map, details) => map.AddAction(click.Actor, click.NewItemId("action"), details, click.Card.IdeaId, click.At)),
                view => AddForm(view, members))),
            [ImplementVerbs.EditAction] = _ => ClickAnswer.WithMembers(members => ClickAnswer.Show(view => EditForm(view, members))),
            [ImplementVerbs.SaveAction] = click => ClickAnswer.WithMembers(members => ClickAnswer.Apply(
                ActionForm.Command(click, map => ActionOwners.Candidates(map, members, Find(map, click.Card.ActionId)),
                    (map, details) => map.EditAction(click.Actor, click.Card.ActionId ?? string.Empty, details, click.At)),
                view => EditForm(view, members))),
            [ImplementVerbs.RemoveAction] = _ => ClickAnswer.Show(RemoveForm),
            [ImplementVerbs.ConfirmRemoveAction] = click => ClickAnswer.Apply(map => map.RemoveAction(click.Actor, click.Card.ActionId ?? string.Empty)),
            [ImplementVerbs.ChangeStatus] = _ => ClickAnswer.Show(StatusForm),
            [ImplementVerbs.SaveStatus] = click => ClickAnswer.Apply(map => SaveStatus(click, map), StatusForm),
            [ImplementVerbs.ListActions] = _ => ClickAnswer.Show(List),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; }

    /// <summary>The day the plan is drawn up for: today in UTC (docs/method.md, Step 7).</summary>
    public DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    /// <summary>The board's part: counts, the first items in plan order, the ideas waiting for an action, and Add.</summary>
    public IEnumerable<CardElement> Board(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var plan = ActionPlan.Of(map, Today);
        yield return CardParts.SectionHeading(text.Counted("ActionsHeading", plan.Items.Count, plan.Items.Count));
        if (plan.Items.Count == 0)
        {
            yield return CardParts.Subtle(text["ActionsNone"]);
        }
        else
        {
            yield return CardParts.Note(text.Format("ActionsCounts",
                plan.Counts[ActionStatus.NotStarted], plan.Counts[ActionStatus.InProgress], plan.Counts[ActionStatus.Done], plan.Counts[ActionStatus.Dropped]));
            if (plan.Overdue > 0)
            {
                yield return new TextBlock(text.Counted("ActionsOverdue", plan.Overdue, plan.Overdue)) { Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None };
            }

            yield return CardParts.Subtle(text["ActionsOrder"], Spacing.None);
        }

        foreach (var item in plan.Items.Take(ShownActions))
        {
            yield return Row(view, item);
        }

        foreach (var more in MoreItems.After(text, map, plan.Items.Count, ShownActions, text.Counted("AllActionsButton", plan.Items.Count, plan.Items.Count), ImplementVerbs.ListActions))
        {
            yield return more;
        }

        foreach (var element in IdeasWithoutAction(view, plan))
        {
            yield return element;
        }

        if (map.Status == WorkshopStatus.Active)
        {
            yield return new ActionSet([new ExecuteAction(text["AddActionButton"], ImplementVerbs.NewAction, ButtonData.For(map, seed: ItemIds.NewId())) { Style = ActionStyle.Positive }]);
        }
    }

    /// <summary>One action: its lines, then Status (owner and facilitators) and Edit (author, owner, facilitators) for whoever may.</summary>
    public static CardElement Row(StepView view, ActionPlanItem item)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(item);
        var (map, text) = (view.Map, view.Text);
        var action = item.Action;
        var items = new List<CardElement>(ActionLines.Of(text, map, item));
        var data = ButtonData.For(map, actionId: action.Id);
        var buttons = new List<CardAction>();
        // The shared board (no viewer) offers both to everyone, like every Edit there; the domain refuses others.
        if (map.Status is WorkshopStatus.Active or WorkshopStatus.Finished && (view.Viewer is null || map.CanSetStatus(action, view.Viewer)))
        {
            buttons.Add(new ExecuteAction(text["StatusButton"], ImplementVerbs.ChangeStatus, data));
        }

        if (map.Status == WorkshopStatus.Active && (view.Viewer is null || map.CanEdit(action, view.Viewer)))
        {
            buttons.Add(new ExecuteAction(text["EditButton"], ImplementVerbs.EditAction, data));
        }

        if (buttons.Count > 0)
        {
            items.Add(new ActionSet(buttons) { Spacing = Spacing.None });
        }

        return new Container(items) { Spacing = Spacing.Small };
    }

    private static IEnumerable<CardElement> IdeasWithoutAction(StepView view, ActionPlan plan)
    {
        var (map, text) = (view.Map, view.Text);
        if (plan.IdeasWithoutAction.Count == 0)
        {
            yield break;
        }

        yield return CardParts.MinorHeading(text.Counted("IdeasForActionsHeading", plan.IdeasWithoutAction.Count, plan.IdeasWithoutAction.Count));
        foreach (var idea in plan.IdeasWithoutAction.Take(ShownIdeas))
        {
            var line = new TextBlock(text.Format("IdeaForActionRow", CardText.Shown(idea.Details.Title, ShownIdeaTitleLength), CardText.Escape(idea.Author.Name)))
            {
                Spacing = Spacing.Small,
            };
            if (map.Status != WorkshopStatus.Active)
            {
                yield return line;
                continue;
            }

            yield return new Container(
            [
                line,
                new ActionSet([new ExecuteAction(text["MakeActionButton"], ImplementVerbs.NewAction, ButtonData.For(map, ideaId: idea.Id, seed: ItemIds.NewId()))]) { Spacing = Spacing.None },
            ]) { Spacing = Spacing.Small };
        }

        if (plan.IdeasWithoutAction.Count > ShownIdeas)
        {
            yield return CardParts.Subtle(text.Format("AndMore", plan.IdeasWithoutAction.Count - ShownIdeas));
        }
    }

    /// <summary>Every action in plan order, a page at a time.</summary>
    private AdaptiveCard List(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var plan = ActionPlan.Of(map, Today);
        var page = ItemPage.For(plan.Items.Count, ShownActions, view.Click?.Card.Number);
        var body = new List<CardElement>(FormCard.Heading(view, text.Counted("ActionsHeading", plan.Items.Count, plan.Items.Count)));
        body.AddRange(page.Of(plan.Items, ShownActions).Select(item => Row(view, item)));
        body.AddRange(page.Pager(view, ImplementVerbs.ListActions, ShownActions, plan.Items.Count));
        return new AdaptiveCard(body) { Actions = [BoardButtons.Back(view)] };
    }

    /// <summary>The add form: made from a shortlisted idea (its title filled in, the idea linked) or on its own.</summary>
    private AdaptiveCard AddForm(StepView view, IReadOnlyList<Participant>? members)
    {
        var (map, text) = (view.Map, view.Text);
        if (map.Status != WorkshopStatus.Active)
        {
            return FormCard.NotAllowed(view);
        }

        var idea = view.Click?.Card.IdeaId is { } ideaId ? map.Ideas.FirstOrDefault(candidate => candidate.Id == ideaId) : null;
        if (view.Click?.Card.IdeaId is not null && idea is null)
        {
            return FormCard.Gone(view);
        }

        var title = idea is null ? text["NewActionTitle"] : text.Format("NewActionFromIdeaTitle", CardText.Shown(idea.Details.Title, ShownIdeaTitleLength));
        var fields = ActionForm.Fields(view, Today, ActionOwners.Candidates(map, members, null), members is not null, null, idea?.Details.Title).ToList();
        fields.AddRange(FormFields.ErrorBelow(view.Form, "ideaId"));
        var seed = view.Click?.Card.Seed ?? ItemIds.NewId();
        return FormCard.Build(view, title, fields,
            new ExecuteAction(text["AddButton"], ImplementVerbs.AddAction, ButtonData.For(map, ideaId: idea?.Id, seed: seed)) { Style = ActionStyle.Positive });
    }

    private AdaptiveCard EditForm(StepView view, IReadOnlyList<Participant>? members) => ForAction(view, (map, action, viewer) => map.CanEdit(action, viewer), action =>
    {
        var data = ButtonData.For(view.Map, actionId: action.Id);
        var form = FormCard.Build(view, view.Text["EditActionTitle"],
            ActionForm.Fields(view, Today, ActionOwners.Candidates(view.Map, members, action), members is not null, action.Details),
            new ExecuteAction(view.Text["SaveButton"], ImplementVerbs.SaveAction, data) { Style = ActionStyle.Positive });
        return view.Viewer is null || view.Map.CanChange(action, view.Viewer) ? RemoveQuestion.WithButton(form, view.Text, ImplementVerbs.RemoveAction, data) : form;
    });

    private static AdaptiveCard RemoveForm(StepView view) => ForAction(view, (map, action, viewer) => map.CanChange(action, viewer), action =>
        RemoveQuestion.Card(view, action.Details.Title, ImplementVerbs.ConfirmRemoveAction, ImplementVerbs.EditAction, ButtonData.For(view.Map, actionId: action.Id)));

    /// <summary>The status form: the action, and its status as radio buttons with Save (its owner and facilitators only).</summary>
    private static AdaptiveCard StatusForm(StepView view) => ForAction(view, (map, action, viewer) => map.CanSetStatus(action, viewer), action =>
    {
        var (map, text) = (view.Map, view.Text);
        var choices = Enum.GetValues<ActionStatus>().Select(status => new Choice(ActionLines.Status(text, status), status.ToString())).ToList();
        var fields = new List<CardElement>
        {
            ActionLines.Owner(text, action.Details.Owner, action.Details.DueDate is { } due ? text.Format("ActionDue", ActionLines.Date(text, due)) : text["ActionNoDue"]),
        };
        fields.AddRange(FormFields.Choice(view.Form, StatusInput, "actionStatus", text["ActionStatusLabel"], choices, action.Status.ToString(), expanded: true, required: true));
        return FormCard.Build(view, text.Format("ChangeStatusTitle", CardText.Shown(action.Details.Title, ActionLines.ShownTitleLength)), fields,
            new ExecuteAction(text["SaveButton"], ImplementVerbs.SaveStatus, ButtonData.For(map, actionId: action.Id)) { Style = ActionStyle.Positive });
    }, allowFinished: true, notAllowed: ErrorCodes.NotOwner);

    private static MapOutcome SaveStatus(WorkshopClick click, JourneyMap map)
    {
        var errors = new List<ValidationError>();
        var status = click.Inputs.Choice<ActionStatus>(StatusInput, "actionStatus", errors);
        return status is { } chosen
            ? map.SetActionStatus(click.Actor, click.Card.ActionId ?? string.Empty, chosen)
            : MapOutcomes.Refused(map, errors);
    }

    private static ActionItem? Find(JourneyMap map, string? id) => id is null ? null : map.Actions.FirstOrDefault(action => action.Id == id);

    /// <summary>The card about the click's action, for whoever <paramref name="may"/>; why not otherwise.</summary>
    /// <param name="notAllowed">The error code that says why not, when it is not the general <see cref="ErrorCodes.NotAllowed"/>.</param>
    private static AdaptiveCard ForAction(
        StepView view, Func<JourneyMap, ActionItem, Participant, bool> may, Func<ActionItem, AdaptiveCard> card, bool allowFinished = false, string notAllowed = ErrorCodes.NotAllowed)
    {
        var map = view.Map;
        if (Find(map, view.Click?.Card.ActionId) is not { } action)
        {
            return FormCard.Gone(view);
        }

        var open = map.Status == WorkshopStatus.Active || (allowFinished && map.Status == WorkshopStatus.Finished);
        if (open && (view.Viewer is null || may(map, action, view.Viewer)))
        {
            return card(action);
        }

        return !open || notAllowed == ErrorCodes.NotAllowed
            ? FormCard.NotAllowed(view)
            : new AdaptiveCard([new TextBlock(view.Text.Error(ValidationError.Of("actor", notAllowed)))]) { Actions = [BoardButtons.Back(view)] };
    }
}
