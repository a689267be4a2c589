using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// Step 2 on the board: every stage in journey order with its progress (how many personas have notes, how many scored,
/// the viewer's own scores, the team's mean after the reveal) and a button to its card; the facilitator's stage tools
/// and the reveal, labelled, on the shared board and in a facilitator's own view. Cells never show here in full.
/// </summary>
public static class StagesBoard
{
    private const int ShownChoiceLength = 40;
    private const int ShownOwnScores = 5;

    public static IEnumerable<CardElement> For(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var stages = map.StagesInOrder;
        var active = map.Status == WorkshopStatus.Active;
        yield return CardParts.SectionHeading(text["StagesHeading"]);
        yield return CardParts.Subtle(text["StagesIntro"], Spacing.None);
        if (map.Personas.Count == 0)
        {
            yield return CardParts.Warning(text["StagesNoPersonas"]);
            if (active && view.ShowsFacilitatorActions)
            {
                yield return new ActionSet([new ExecuteAction(text["StagesBackToPersonasButton"], WorkshopVerbs.Back, ButtonData.For(map))]);
            }
        }

        if (stages.Count == 0)
        {
            yield return CardParts.Subtle(text["StagesNone"]);
        }

        var emotions = map.EmotionsFor(view.Observer).ToLookup(cell => cell.StageId, StringComparer.Ordinal);
        foreach (var (stage, index) in stages.Take(Limits.MaxStages).Select((stage, index) => (stage, index)))
        {
            yield return Row(view, stage, index, [.. emotions[stage.Id]]);
        }

        if (stages.Count > Limits.MaxStages)
        {
            // Concurrent adds can pass the limit by a few; the board stays within its size all the same.
            yield return CardParts.Subtle(text.Format("AndMore", stages.Count - Limits.MaxStages));
        }

        if (map.Personas.Count > 0 && stages.Count > 0)
        {
            yield return CardParts.Note(text[map.EmotionsRevealed ? "StagesEmotionsRevealed" : "StagesEmotionsPrivate"]);
        }

        if (active && view.ShowsFacilitatorActions)
        {
            yield return CardParts.MinorHeading(text["StagesFacilitatorHeading"]);
            yield return new ActionSet(FacilitatorButtons(view, stages));
        }
    }

    private static ColumnSet Row(StepView view, Stage stage, int index, IReadOnlyCollection<EmotionCellView> emotions)
    {
        var (map, text) = (view.Map, view.Text);
        var details = new List<CardElement>
        {
            new TextBlock(text.Format("StagesRowName", index + 1, CardText.Shown(text.StageName(map.Template, stage), StageCard.ShownNameLength)))
            {
                Weight = TextWeight.Bolder,
            },
        };
        var columns = new List<Column> { new(details) { Width = ColumnWidth.Stretch, VerticalContentAlignment = VerticalAlignment.Center } };
        if (map.Personas.Count > 0)
        {
            details.Add(CardParts.Note(Progress(view, stage, emotions), Spacing.None));
            columns.Add(new Column([new ActionSet([new ExecuteAction(text["StagesWorkButton"], JourneyStagesVerbs.OpenStage, StageCard.OpenData(map, stage.Id))])])
            {
                Width = ColumnWidth.Auto, VerticalContentAlignment = VerticalAlignment.Center,
            });
        }

        return new ColumnSet(columns) { Spacing = Spacing.Small };
    }

    /// <summary>
    /// Notes for n of m personas and how many scores; in a person's own view their own scores in persona order (the
    /// shared board has no viewer, so it never carries a value); after the reveal the team's mean.
    /// </summary>
    private static string Progress(StepView view, Stage stage, IReadOnlyCollection<EmotionCellView> emotions)
    {
        var (map, text) = (view.Map, view.Text);
        var withNotes = map.Cells.Count(cell => cell.StageId == stage.Id && HasNotes(cell.Notes));
        var scores = emotions.Sum(cell => cell.Count);
        var parts = new List<string>
        {
            text.Format("StagesRowProgress", withNotes, text.Counted("StagesRowPersonas", map.Personas.Count, map.Personas.Count), text.Counted("StagesRowScores", scores, scores)),
        };
        var scoredByViewer = emotions.Count(cell => cell.Own is not null);
        if (view.Viewer is not null && scoredByViewer > 0)
        {
            // Values fit for a handful of personas; beyond that the row says how many, and the stage card has the values.
            var ownByPersona = emotions.ToDictionary(cell => cell.PersonaId, cell => cell.Own, StringComparer.Ordinal);
            parts.Add(map.Personas.Count <= ShownOwnScores
                ? text.Format("StagesRowYours", string.Join(" / ", map.Personas.Select(persona =>
                    ownByPersona.GetValueOrDefault(persona.Id) is { } own ? EmotionText.Score(own.Score) : "–")))
                : text.Format("StagesRowYoursCount", scoredByViewer, map.Personas.Count));
        }

        if (EmotionText.StageMean(emotions) is { } mean)
        {
            parts.Add(text.Format("StagesRowMean", EmotionText.Mean(mean), EmotionText.Face(mean)));
        }

        return string.Join(" · ", parts);
    }

    private static bool HasNotes(CellNotes notes) =>
        notes.CustomerGoal is not null || notes.Actions is not null || notes.ThoughtsAndQuestions is not null || notes.PainPoints is not null;

    private static List<CardAction> FacilitatorButtons(StepView view, IReadOnlyList<Stage> stages)
    {
        var (map, text) = (view.Map, view.Text);
        var blank = view.Form with { Submitted = null, Errors = [] };
        var buttons = new List<CardAction>();
        if (stages.Count < Limits.MaxStages)
        {
            buttons.Add(new ShowCardAction(text["StagesAddButton"], FormFields.Inner(
                [.. StageEditCard.Fields(blank)],
                [new ExecuteAction(text["AddButton"], JourneyStagesVerbs.AddStage, ButtonData.For(map, seed: ItemIds.NewId())) { Style = ActionStyle.Positive }])));
        }

        if (stages.Count > 0)
        {
            buttons.Add(new ShowCardAction(text["StagesChangeButton"], FormFields.Inner(
                [.. FormFields.Choice(blank, StageEditing.PickInput, "stage", text["StagesPickLabel"],
                    [.. stages.Take(Limits.MaxStages).Select((stage, index) => new Choice(
                        text.Format("StagesRowName", index + 1, CardText.Shorten(text.StageName(map.Template, stage), ShownChoiceLength)), stage.Id))],
                    stages[0].Id)],
                [new ExecuteAction(text["StagesEditButton"], JourneyStagesVerbs.EditStage, ButtonData.For(map))])));
        }

        if (!map.EmotionsRevealed)
        {
            buttons.Add(new ExecuteAction(text["StagesRevealButton"], JourneyStagesVerbs.RevealEmotions, ButtonData.For(map)));
        }

        return buttons;
    }
}
