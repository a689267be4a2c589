using System.Text;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// Step 2 on the board: every stage in journey order with its progress (how many personas have notes, how many scored,
/// the viewer's own scores per persona, each persona's team mean after the reveal) and a button to its card; the
/// facilitator's stage tools and the reveal, labelled, on the shared board and in a facilitator's own view. Cells never
/// show here in full.
/// </summary>
public static class StagesBoard
{
    private const int ShownChoiceLength = 40;
    private const int ShownPersonaNameLength = 20;

    /// <summary>Personas named on a stage's row at most; with more, the row gives counts and the stage card the values.</summary>
    private const int MaxNamedPersonas = 5;

    /// <summary>
    /// The most the per-persona lines may add to a board, in UTF-8 bytes with <see cref="LineBytes"/> each: a full board (20
    /// stages, long names) is already near the card limit, so past this every row says counts instead of names.
    /// </summary>
    private const int PersonaLinesBudget = 4000;

    /// <summary>What a line's TextBlock costs in the card's JSON besides its text.</summary>
    private const int LineBytes = 100;

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

        var emotions = map.StageEmotionsFor(view.Observer).Take(Limits.MaxStages).ToList();
        var lines = emotions.Select(stage => PersonaLines(view, stage)).ToList();
        var named = map.Personas.Count <= MaxNamedPersonas
            && lines.Sum(stage => stage.Sum(line => Encoding.UTF8.GetByteCount(line) + LineBytes)) <= PersonaLinesBudget;
        foreach (var (stage, index) in stages.Take(Limits.MaxStages).Select((stage, index) => (stage, index)))
        {
            yield return Row(view, stage, index, emotions[index], named ? lines[index] : null);
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

    private static ColumnSet Row(StepView view, Stage stage, int index, StageEmotionsView emotions, IReadOnlyList<string>? personaLines)
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
            details.Add(CardParts.Note(Progress(view, stage, emotions, personaLines is not null), Spacing.None));
            details.AddRange((personaLines ?? []).Select(line => CardParts.Note(line, Spacing.None)));
            columns.Add(new Column([new ActionSet([new ExecuteAction(text["StagesWorkButton"], JourneyStagesVerbs.OpenStage, StageCard.OpenData(map, stage.Id))])])
            {
                Width = ColumnWidth.Auto, VerticalContentAlignment = VerticalAlignment.Center,
            });
        }

        return new ColumnSet(columns) { Spacing = Spacing.Small };
    }

    /// <summary>
    /// Notes for n of m personas and how many scores; when the personas are not named on lines of their own, how many the
    /// viewer scored and where the team's means are.
    /// </summary>
    private static string Progress(StepView view, Stage stage, StageEmotionsView emotions, bool named)
    {
        var (map, text) = (view.Map, view.Text);
        var withNotes = map.Cells.Count(cell => cell.StageId == stage.Id && HasNotes(cell.Notes));
        var parts = new List<string>
        {
            text.Format("StagesRowProgress", withNotes, text.Counted("StagesRowPersonas", map.Personas.Count, map.Personas.Count), text.Counted("StagesRowScores", emotions.Count, emotions.Count)),
        };
        if (!named && view.Viewer is not null && emotions.OwnCount > 0)
        {
            parts.Add(text.Format("StagesRowYoursCount", emotions.OwnCount, map.Personas.Count));
        }

        if (!named && map.EmotionsRevealed && emotions.Count > 0)
        {
            parts.Add(text["StagesRowTeamOnCard"]);
        }

        return string.Join(" · ", parts);
    }

    /// <summary>
    /// The stage per persona, by name: in a person's own view their own scores (the shared board has no viewer, so it never
    /// carries a value); after the reveal each persona's team mean, spread and count, never one mean across personas.
    /// </summary>
    private static List<string> PersonaLines(StepView view, StageEmotionsView emotions)
    {
        var (map, text) = (view.Map, view.Text);
        var names = map.Personas.ToDictionary(persona => persona.Id, persona => CardText.Shown(persona.Profile.Name, ShownPersonaNameLength), StringComparer.Ordinal);
        var lines = new List<string>();
        if (view.Viewer is not null && emotions.OwnCount > 0)
        {
            lines.Add(text.Format("StagesRowYours", string.Join(" · ", emotions.Personas.Select(cell =>
                $"{names[cell.PersonaId]} {(cell.Own is { } own ? EmotionText.Score(own.Score) : "–")}"))));
        }

        if (map.EmotionsRevealed && emotions.Count > 0)
        {
            lines.Add(text.Format("StagesRowTeam", string.Join(" · ", emotions.Personas.Select(cell => cell.Aggregate is { } aggregate
                ? $"{names[cell.PersonaId]} {EmotionText.Mean(aggregate.Mean)} {EmotionText.Face(aggregate.Mean)}"
                    + (aggregate.Agreement == EmotionAgreement.OneScore ? string.Empty : $" ±{EmotionText.Spread(aggregate.Spread)}")
                    + $" ({text.Counted("StagesScores", aggregate.Count, aggregate.Count)})"
                : $"{names[cell.PersonaId]} –"))));
        }

        return lines;
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
