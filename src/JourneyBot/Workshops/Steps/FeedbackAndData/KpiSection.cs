using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>
/// Step 4, a stage's KPIs (docs/method.md, Step 4: numbers per stage, from named sources). Anyone adds; the author or a facilitator
/// edits and removes (Remove is in the edit form and asks first). One KPI per stage may count the stage's customers (its volume), which gives the conversion.
/// </summary>
public static class KpiSection
{
    /// <summary>KPIs on a page: with the other sections' first pages, the stage's card stays under the size Teams accepts.</summary>
    public const int PageSize = 8;

    private const int ShownPeriodLength = 30;

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [FeedbackAndDataVerbs.AddKpi] = click => ClickAnswer.Apply(
            KpiForm.Command(click, (map, details) => map.AddKpi(click.Actor, click.NewItemId("kpi"), click.Card.StageId ?? string.Empty, details, click.At)), AddForm,
            after: view => AfterSave(view, click.NewItemId("kpi"))),
        [FeedbackAndDataVerbs.EditKpi] = _ => ClickAnswer.Show(EditForm),
        [FeedbackAndDataVerbs.SaveKpi] = click => ClickAnswer.Apply(KpiForm.Command(click, (map, details) => map.EditKpi(click.Actor, click.Card.KpiId ?? string.Empty, details)), EditForm,
            after: view => AfterSave(view, click.Card.KpiId)),
        [FeedbackAndDataVerbs.RemoveKpi] = _ => ClickAnswer.Show(RemoveForm),
        [FeedbackAndDataVerbs.ConfirmRemoveKpi] = click => ClickAnswer.Apply(map => map.RemoveKpi(click.Actor, click.Card.KpiId ?? string.Empty)),
        [FeedbackAndDataVerbs.OpenKpiPage] = _ => ClickAnswer.Show(PageCard),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A page of the stage's KPIs (<paramref name="page"/> null: the first, on the stage's data card), the KPIs suggested
    /// for it, and the folded form to add one.
    /// </summary>
    public static IEnumerable<CardElement> StageItems(StepView view, Stage stage, int? page)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(stage);
        var (map, text) = (view.Map, view.Text);
        var section = FeedbackPages.Section(view, stage, text["KpisHeading"], text["KpiNone"], map.KpisIn(stage.Id), PageSize, page, FeedbackAndDataVerbs.OpenKpiPage,
            kpi => ItemRow.For(view, kpi, Row(view, kpi), FeedbackAndDataVerbs.EditKpi, ButtonData.For(map, kpiId: kpi.Id)));
        foreach (var element in section.Elements)
        {
            yield return element;
        }

        if (KpiSuggestions.UnusedFor(map, stage.Id) is { Count: > 0 } suggestions)
        {
            yield return CardParts.Note(text.Format("KpiSuggestionsHint", string.Join(", ", suggestions.Select(text.KpiSuggestion))));
        }

        if (map.Status == WorkshopStatus.Active)
        {
            var blank = view.Form with { Submitted = null, Errors = [] };
            yield return new ActionSet([new ShowCardAction(text["KpiAddButton"], FormFields.Inner(
                [.. KpiForm.Fields(blank, map, stage, kpi: null)],
                [new ExecuteAction(text["AddButton"], FeedbackAndDataVerbs.AddKpi, AddData(view, stage, ItemIds.NewId())) { Style = ActionStyle.Positive }]))]);
        }
    }

    /// <summary>Back to the stage of KPI <paramref name="kpiId"/> after it was added or saved, the KPI in sight.</summary>
    private static AdaptiveCard AfterSave(StepView view, string? kpiId)
    {
        var map = view.Map;
        if (map.Kpis.FirstOrDefault(k => k.Id == kpiId) is not { } kpi)
        {
            return FormCard.Gone(view);
        }

        var position = map.KpisIn(kpi.StageId).Select(k => k.Id).ToList().IndexOf(kpi.Id);
        return FeedbackCards.AfterSave(view, kpi.StageId, position, PageSize, PageCard,
            CardText.Shown(FeedbackLabels.KpiName(view.Text, kpi), FeedbackLabels.ShownNameLength));
    }

    private static AdaptiveCard PageCard(StepView view) => FeedbackPages.SectionCard(view, (stage, page) => StageItems(view, stage, page));

    /// <summary>"Sessions: 1,200 (per month) · target 1,500 · Web analytics · stage volume", escaped.</summary>
    private static string Row(StepView view, Kpi kpi)
    {
        var text = view.Text;
        var details = kpi.Details;
        var row = text.Format("KpiRowValue", CardText.Shown(FeedbackLabels.KpiName(text, kpi), FeedbackLabels.ShownNameLength),
            FeedbackNumbers.Amount(text, details.Value));
        if (details.Period is { } period)
        {
            row += text.Format("KpiRowPeriod", CardText.Shown(period, ShownPeriodLength));
        }

        if (details.Target is { } target)
        {
            row += text.Format("KpiRowTarget", FeedbackNumbers.Amount(text, target));
        }

        row += " · " + text.SourceName(details.Source);
        return details.IsStageVolume ? row + " · " + text["KpiRowVolume"] : row;
    }

    /// <summary>The add form on its own, after a refused add: what was typed kept, each error beside its field.</summary>
    private static AdaptiveCard AddForm(StepView view)
    {
        var stage = view.Map.Stages.FirstOrDefault(s => s.Id == view.Click?.Card.StageId);
        return stage is null
            ? FormCard.Gone(view)
            : FormCard.Build(view, view.Text.Format("KpiAddTitle", FeedbackLabels.Stage(view.Text, view.Map, stage)),
                KpiForm.Fields(view.Form, view.Map, stage, kpi: null),
                new ExecuteAction(view.Text["AddButton"], FeedbackAndDataVerbs.AddKpi, AddData(view, stage, view.Click?.Card.Seed)) { Style = ActionStyle.Positive });
    }

    private static AdaptiveCard EditForm(StepView view) => ForKpi(view, (kpi, stage) =>
    {
        var data = ButtonData.For(view.Map, kpiId: kpi.Id);
        var form = FormCard.Build(view, view.Text.Format("KpiEditTitle", FeedbackLabels.Stage(view.Text, view.Map, stage)),
            KpiForm.Fields(view.Form, view.Map, stage, kpi),
            new ExecuteAction(view.Text["SaveButton"], FeedbackAndDataVerbs.SaveKpi, data) { Style = ActionStyle.Positive });
        return RemoveQuestion.WithButton(form, view.Text, FeedbackAndDataVerbs.RemoveKpi, data);
    });

    private static AdaptiveCard RemoveForm(StepView view) => ForKpi(view, (kpi, _) =>
        RemoveQuestion.Card(view, FeedbackLabels.KpiName(view.Text, kpi), FeedbackAndDataVerbs.ConfirmRemoveKpi, FeedbackAndDataVerbs.EditKpi, ButtonData.For(view.Map, kpiId: kpi.Id)));

    /// <summary>The card about the click's KPI and its stage, for its author or a facilitator; why not otherwise.</summary>
    private static AdaptiveCard ForKpi(StepView view, Func<Kpi, Stage, AdaptiveCard> card)
    {
        var map = view.Map;
        var kpi = map.Kpis.FirstOrDefault(k => k.Id == view.Click?.Card.KpiId);
        var stage = map.Stages.FirstOrDefault(s => s.Id == kpi?.StageId);
        if (kpi is null || stage is null)
        {
            return FormCard.Gone(view);
        }

        return view.MayChange(kpi) ? card(kpi, stage) : FormCard.NotAllowed(view);
    }

    private static System.Text.Json.JsonElement AddData(StepView view, Stage stage, string? seed) =>
        ButtonData.For(view.Map, stageId: stage.Id, seed: seed);
}
