using JourneyBot.Cards;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Steps.Touchpoints;

/// <summary>
/// One stage's touchpoints for one person (the board only counts them): every touchpoint with its buttons, a page at a
/// time, the long-list warning, and the add form folded under a button.
/// </summary>
public static class StageTouchpointsCard
{
    /// <summary>A page holds 20: a team of 20 adding at once still sees everyone's on one page.</summary>
    public const int PageSize = 20;

    private const int ShownStageName = 80;

    /// <summary>The stage in the click's <c>item</c>, at the page in its <c>n</c>.</summary>
    public static AdaptiveCard Build(StepView view, int threshold)
    {
        var (map, text) = (view.Map, view.Text);
        if (map.Stages.FirstOrDefault(stage => stage.Id == view.Click?.Card.Item) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        var touchpoints = map.TouchpointsIn(stage.Id);
        var pages = Math.Max(1, (touchpoints.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(view.Click?.Card.Number ?? 0, 0, pages - 1);
        var body = new List<CardElement>
        {
            new TextBlock(text.Format("ProgressStep", (int)map.CurrentStep, WorkshopSteps.InOrder.Count, text.StepName(map.CurrentStep))) { IsSubtle = true, Size = "Small" },
            new TextBlock(text.Format("TouchpointsStageTitle", Title(view, stage))) { Size = "Large", Weight = "Bolder", Style = "heading", Spacing = "None" },
        };
        if (touchpoints.Count > threshold)
        {
            body.Add(new Container([new TextBlock(text.Format("TouchpointsLongListFinding", touchpoints.Count, threshold))]) { Style = "warning" });
        }

        if (touchpoints.Count == 0)
        {
            body.Add(new TextBlock(text["TouchpointsStageNone"]) { IsSubtle = true });
        }

        body.AddRange(touchpoints.Skip(page * PageSize).Take(PageSize).Select(touchpoint => TouchpointRow.For(view, touchpoint)));
        if (pages > 1)
        {
            body.AddRange(Pager(view, stage, page, pages, touchpoints.Count));
        }

        var actions = new List<CardAction>();
        if (map.Status == WorkshopStatus.Active)
        {
            actions.Add(new ShowCardAction(text["TouchpointsAddButton"], FormFields.Inner(
                [.. TouchpointFields.New(view.Form with { Submitted = null, Errors = [] })],
                [AddButton(view, stage.Id, ItemIds.NewId())])));
        }

        actions.Add(new ExecuteAction(text["BackToBoardButton"], WorkshopVerbs.Show, WorkshopCardData.For(map).ToJson()));
        return new AdaptiveCard(body) { Actions = actions };
    }

    /// <summary>The add form on its own, after a refused add: the input kept, the errors beside it, the same seed.</summary>
    public static AdaptiveCard AddForm(StepView view)
    {
        if (view.Map.Stages.FirstOrDefault(stage => stage.Id == view.Click?.Card.Item) is not { } stage)
        {
            return FormCard.Gone(view);
        }

        var submit = AddButton(view, stage.Id, view.Click?.Card.Seed);
        return FormCard.Build(view, view.Text.Format("TouchpointsAddTitle", Title(view, stage)), TouchpointFields.New(view.Form), submit) with
        {
            Actions = [submit, BackButton(view, stage.Id)],
        };
    }

    /// <summary>Back to the stage a touchpoint form came from.</summary>
    public static ExecuteAction BackButton(StepView view, string stageId) =>
        new(view.Text["TouchpointsBackToStageButton"], TouchpointVerbs.Stage, (WorkshopCardData.For(view.Map) with { Item = stageId }).ToJson());

    /// <summary>The stage's label, escaped and shortened: the team's name, or the template's word for it.</summary>
    public static string Title(StepView view, Stage stage) =>
        CardText.Escape(ProgressHeader.Shorten(view.Text.StageName(view.Map.Template, stage), ShownStageName));

    private static ExecuteAction AddButton(StepView view, string stageId, string? seed) =>
        new(view.Text["AddButton"], TouchpointVerbs.Add, (WorkshopCardData.For(view.Map) with { Item = stageId, Seed = seed }).ToJson()) { Style = "positive" };

    private static IEnumerable<CardElement> Pager(StepView view, Stage stage, int page, int pages, int count)
    {
        var text = view.Text;
        var first = (page * PageSize) + 1;
        yield return new TextBlock(text.Format("TouchpointsPageShown", first, Math.Min(count, first + PageSize - 1), count))
        {
            IsSubtle = true, Size = "Small", Separator = true,
        };
        var buttons = new List<CardAction>();
        if (page > 0)
        {
            buttons.Add(new ExecuteAction(text["TouchpointsPreviousPageButton"], TouchpointVerbs.Stage,
                (WorkshopCardData.For(view.Map) with { Item = stage.Id, Number = page - 1 }).ToJson()));
        }

        if (page < pages - 1)
        {
            buttons.Add(new ExecuteAction(text["TouchpointsNextPageButton"], TouchpointVerbs.Stage,
                (WorkshopCardData.For(view.Map) with { Item = stage.Id, Number = page + 1 }).ToJson()));
        }

        yield return new ActionSet(buttons) { Spacing = "None" };
    }
}
