using System.Collections.Frozen;
using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// One stage as one person works on it: per persona, the team's notes (shortened; the whole text is in the notes form)
/// and the person's own emotion score with the form to give it. Personas come a page at a time so the card stays small.
/// </summary>
public static class StageCard
{
    /// <summary>Names of personas and stages as cards show them in titles.</summary>
    public const int ShownNameLength = 60;

    private const int PersonasPerPage = 5;
    private const int ShownNoteLength = 150;

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [JourneyStagesVerbs.OpenStage] = _ => ClickAnswer.Show(Build),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The data of a button that opens the card of stage <paramref name="stageId"/>, from persona <paramref name="first"/> (0-based).</summary>
    public static JsonElement OpenData(JourneyMap map, string stageId, int first = 0) =>
        ButtonData.For(map, stageId: stageId, number: first > 0 ? first : null);

    /// <summary>The stage in the click's <c>stage</c>, from the persona in its <c>n</c>.</summary>
    public static AdaptiveCard Build(StepView view) => For(view, view.Click?.Card.StageId, view.Click?.Card.Number ?? 0);

    /// <summary>
    /// The card a save from a stage card (notes, a score) comes back to: the stage of the click's <c>cell</c>, at the page of
    /// its persona, with "Saved: …" on top.
    /// </summary>
    public static AdaptiveCard AfterSave(StepView view)
    {
        if (PersonaStage.Find(view.Map, view.Click?.Card.CellId) is not { } pair)
        {
            return FormCard.Gone(view);
        }

        var first = view.Map.Personas.Select(persona => persona.Id).ToList().IndexOf(pair.Persona.Id);
        return For(view with { Saved = CardText.Shown(pair.Persona.Profile.Name, ShownNameLength) }, pair.Stage.Id, Math.Max(0, first));
    }

    /// <summary>Stage <paramref name="stageId"/> from persona <paramref name="from"/> (0-based; its page is shown).</summary>
    private static AdaptiveCard For(StepView view, string? stageId, int from)
    {
        var (map, text) = (view.Map, view.Text);
        var stages = map.StagesInOrder;
        var index = stages.Select(stage => stage.Id).ToList().IndexOf(stageId ?? string.Empty);
        if (index < 0)
        {
            return FormCard.Gone(view);
        }

        var stage = stages[index];
        var body = new List<CardElement>(FormCard.Heading(view,
            text.Format("StagesCardTitle", index + 1, stages.Count, CardText.Shown(text.StageName(map.Template, stage), ShownNameLength))));
        body.AddRange(StageCards.SavedLine(view));
        if (map.Personas.Count == 0)
        {
            body.Add(new TextBlock(text["StagesNoPersonas"]));
        }
        else
        {
            body.Add(CardParts.Note(text[map.EmotionsRevealed ? "StagesEmotionsRevealed" : "StagesEmotionsPrivate"]));
            var emotions = map.EmotionsFor(view.Observer).Where(cell => cell.StageId == stage.Id).ToDictionary(cell => cell.PersonaId, StringComparer.Ordinal);
            var first = Math.Clamp(from, 0, map.Personas.Count - 1) / PersonasPerPage * PersonasPerPage;
            body.AddRange(map.Personas.Skip(first).Take(PersonasPerPage).Select(persona => PersonaSection(view, new PersonaStage(persona, stage), emotions[persona.Id])));
            body.AddRange(Pages(view, stage, first));
        }

        return new AdaptiveCard(body)
        {
            Actions = [.. StageCards.Neighbours(view, stage, JourneyStagesVerbs.OpenStage), BoardButtons.Back(text, map)],
        };
    }

    private static Container PersonaSection(StepView view, PersonaStage pair, EmotionCellView emotion)
    {
        var (map, text) = (view.Map, view.Text);
        var cell = map.CellFor(pair.Persona.Id, pair.Stage.Id);
        var items = new List<CardElement>
        {
            new TextBlock(CardText.Shown(pair.Persona.Profile.Name, ShownNameLength)) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
        };
        var facts = cell is null ? [] : Facts(text, cell.Notes);
        items.Add(facts.Count == 0
            ? CardParts.Subtle(text["StagesCardNoNotes"], Spacing.None)
            : new FactSet(facts) { Spacing = Spacing.Small });
        if (cell is not null)
        {
            items.Add(CardParts.Note(text.Format("StagesCellWrittenBy", CardText.Escape(cell.UpdatedBy.Name)), Spacing.None));
        }

        items.AddRange(EmotionText.Lines(view, emotion));
        if (map.Status == WorkshopStatus.Active)
        {
            items.Add(new ActionSet(
            [
                new ExecuteAction(text["StagesWriteNotesButton"], JourneyStagesVerbs.EditCell, ButtonData.For(map, cellId: pair.CellId)),
                EmotionScoring.ScoreButton(view, pair, emotion.Own),
            ]));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static List<Fact> Facts(BotText text, CellNotes notes)
    {
        var facts = new List<Fact>();
        Add("StagesCustomerGoalLabel", notes.CustomerGoal);
        Add("StagesActionsLabel", notes.Actions);
        Add("StagesThoughtsLabel", notes.ThoughtsAndQuestions);
        Add("StagesPainPointsLabel", notes.PainPoints);
        return facts;

        void Add(string label, string? note)
        {
            if (note is not null)
            {
                facts.Add(new Fact(text[label], CardText.Shown(note, ShownNoteLength)));
            }
        }
    }

    /// <summary>Which personas the card shows, and buttons to the previous and next pages when there are more.</summary>
    private static IEnumerable<CardElement> Pages(StepView view, Stage stage, int first)
    {
        var (map, text) = (view.Map, view.Text);
        var count = map.Personas.Count;
        if (count <= PersonasPerPage)
        {
            yield break;
        }

        yield return new TextBlock(text.Format("StagesPersonasShown", first + 1, Math.Min(first + PersonasPerPage, count), count)) { IsSubtle = true, Separator = true };
        var buttons = new List<CardAction>();
        if (first > 0)
        {
            buttons.Add(new ExecuteAction(text["StagesPreviousPersonasButton"], JourneyStagesVerbs.OpenStage, OpenData(map, stage.Id, first - PersonasPerPage)));
        }

        if (first + PersonasPerPage < count)
        {
            buttons.Add(new ExecuteAction(text["StagesMorePersonasButton"], JourneyStagesVerbs.OpenStage, OpenData(map, stage.Id, first + PersonasPerPage)));
        }

        yield return new ActionSet(buttons);
    }
}
