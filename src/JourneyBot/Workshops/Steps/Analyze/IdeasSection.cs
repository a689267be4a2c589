using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.Analyze;

/// <summary>
/// Step 6, ideas: anyone adds an idea (to a finding or on its own) and names the goal it serves; its author or a
/// facilitator edits or removes it (Remove is in the edit form and asks first).
/// </summary>
public sealed class IdeasSection
{
    /// <summary>Ideas on the board; the rest are a page away.</summary>
    public const int ShownIdeas = 10;

    private const int ShownTitleLength = 120;

    private readonly Analyses _analyses;

    public IdeasSection(Analyses analyses)
    {
        _analyses = analyses;
        Verbs = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
        {
            [AnalyzeVerbs.AddIdea] = click => ClickAnswer.Apply(map => map.AddIdea(click.Actor, click.NewItemId("idea"), IdeaForm.Read(click), click.At), AddForm),
            [AnalyzeVerbs.EditIdea] = _ => ClickAnswer.Show(EditForm),
            [AnalyzeVerbs.SaveIdea] = click => ClickAnswer.Apply(map => map.EditIdea(click.Actor, click.Card.IdeaId ?? string.Empty, IdeaForm.Read(click)), EditForm),
            [AnalyzeVerbs.RemoveIdea] = _ => ClickAnswer.Show(RemoveForm),
            [AnalyzeVerbs.ConfirmRemoveIdea] = click => ClickAnswer.Apply(map => map.RemoveIdea(click.Actor, click.Card.IdeaId ?? string.Empty, removeDependents: true)),
            [AnalyzeVerbs.ListIdeas] = _ => ClickAnswer.Show(List),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; }

    /// <param name="analysis">The board's analysis of the map, made once per render by the step (the add form offers its findings).</param>
    public static IEnumerable<CardElement> Board(StepView view, MapAnalysis analysis)
    {
        var (map, text) = (view.Map, view.Text);
        yield return CardParts.SectionHeading(text.Counted("IdeasHeading", map.Ideas.Count, map.Ideas.Count));
        if (map.Ideas.Count == 0)
        {
            yield return CardParts.Subtle(text["IdeasNone"]);
        }

        foreach (var idea in map.Ideas.Take(ShownIdeas))
        {
            yield return Row(view, idea);
        }

        foreach (var more in MoreItems.After(text, map, map.Ideas.Count, ShownIdeas, text.Format("AllIdeasButton", map.Ideas.Count), AnalyzeVerbs.ListIdeas))
        {
            yield return more;
        }

        if (map.Status == WorkshopStatus.Active)
        {
            yield return new ActionSet([new ShowCardAction(text["AddIdeaButton"], FormFields.Inner(
                [.. IdeaForm.Fields(view, view.Form with { Submitted = null, Errors = [] }, analysis, null)],
                [new ExecuteAction(text["AddButton"], AnalyzeVerbs.AddIdea, ButtonData.For(map, seed: ItemIds.NewId())) { Style = ActionStyle.Positive }]))]);
        }
    }

    /// <summary>One idea: its title and author, the goal it serves (or that it serves none), the shortlist mark, and Edit.</summary>
    public static CardElement Row(StepView view, Idea idea)
    {
        var (map, text) = (view.Map, view.Text);
        var goal = idea.Details.GoalId is { } goalId ? map.Goals.FirstOrDefault(candidate => candidate.Id == goalId) : null;
        var items = new List<CardElement>
        {
            new TextBlock(text.Format(idea.IsShortlisted ? "IdeaRowShortlisted" : "IdeaRow", CardText.Shown(idea.Details.Title, ShownTitleLength), CardText.Escape(idea.Author.Name)))
            {
                Spacing = Spacing.Small,
            },
            goal is null
                ? new TextBlock(text["IdeaServesNoGoal"]) { Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None }
                : new TextBlock(text.Format("IdeaServesGoal", CardText.Shown(goal.Text, 80))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (map.Status == WorkshopStatus.Active && view.MayChange(idea))
        {
            items.Add(new ActionSet([new ExecuteAction(text["EditButton"], AnalyzeVerbs.EditIdea, ButtonData.For(map, ideaId: idea.Id))]) { Spacing = Spacing.None });
        }

        return new Container(items) { Spacing = Spacing.Small };
    }

    /// <summary>Every idea, a page at a time.</summary>
    private static AdaptiveCard List(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var page = ItemPage.For(map.Ideas.Count, ShownIdeas, view.Click?.Card.Number);
        var body = new List<CardElement>(FormCard.Heading(view, text.Counted("IdeasHeading", map.Ideas.Count, map.Ideas.Count)));
        body.AddRange(page.Of(map.Ideas, ShownIdeas).Select(idea => Row(view, idea)));
        body.AddRange(page.Pager(view, AnalyzeVerbs.ListIdeas, ShownIdeas, map.Ideas.Count));
        return new AdaptiveCard(body) { Actions = [BoardButtons.Back(view)] };
    }

    /// <summary>The add form on its own, after a refused save: what was typed kept, the error beside its field.</summary>
    private AdaptiveCard AddForm(StepView view) => FormCard.Build(view, view.Text["AddIdeaButton"],
        IdeaForm.Fields(view, view.Form, _analyses.Of(view.Map), null),
        new ExecuteAction(view.Text["AddButton"], AnalyzeVerbs.AddIdea, ButtonData.For(view.Map, seed: view.Click?.Card.Seed)) { Style = ActionStyle.Positive });

    private AdaptiveCard EditForm(StepView view) => ForIdea(view, idea =>
    {
        var data = ButtonData.For(view.Map, ideaId: idea.Id);
        var form = FormCard.Build(view, view.Text["EditIdeaTitle"], IdeaForm.Fields(view, view.Form, _analyses.Of(view.Map), idea.Details),
            new ExecuteAction(view.Text["SaveButton"], AnalyzeVerbs.SaveIdea, data) { Style = ActionStyle.Positive });
        return RemoveQuestion.WithButton(form, view.Text, AnalyzeVerbs.RemoveIdea, data);
    });

    private static AdaptiveCard RemoveForm(StepView view) => ForIdea(view, idea =>
        RemoveQuestion.Card(view, idea.Details.Title, AnalyzeVerbs.ConfirmRemoveIdea, AnalyzeVerbs.EditIdea, ButtonData.For(view.Map, ideaId: idea.Id)));

    /// <summary>The card about the click's idea, for its author or a facilitator; why not otherwise.</summary>
    private static AdaptiveCard ForIdea(StepView view, Func<Idea, AdaptiveCard> card) =>
        view.Map.Ideas.FirstOrDefault(idea => idea.Id == view.Click?.Card.IdeaId) is not { } found ? FormCard.Gone(view)
        : view.MayChange(found) ? card(found)
        : FormCard.NotAllowed(view);
}
