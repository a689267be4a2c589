using System.Collections.Frozen;
using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// Each person's own emotion score per persona and stage (-2..+2 and a word), given on the stage card, and the
/// facilitator's reveal. Scores are private: only the person's own card ever carries their value before the reveal.
/// </summary>
public static class EmotionScoring
{
    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [JourneyStagesVerbs.ScoreEmotion] = ScoreEmotion,

        // A header change: guarded, so a reveal pressed on a card older than the current workshop is refreshed, not applied.
        [JourneyStagesVerbs.RevealEmotions] = click => ClickAnswer.Apply(click.Guarded(map => map.RevealEmotions(click.Actor))),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The score input of a cell: a stage card has one per persona, so the cell's id keeps the ids unique.</summary>
    public static string ScoreInput(string cellId) => $"emotion.score.{cellId}";

    /// <summary>The word input of a cell.</summary>
    public static string WordInput(string cellId) => $"emotion.word.{cellId}";

    /// <summary>The folded form on a stage card: the viewer's own score and word, or empty when they have not scored.</summary>
    public static ShowCardAction ScoreButton(StepView view, PersonaStage pair, EmotionScore? own)
    {
        var text = view.Text;
        return new ShowCardAction(text["StagesScoreButton"], FormFields.Inner(
            [.. Fields(view.Form with { Submitted = null, Errors = [] }, pair.CellId, own)],
            [SaveAction(view, pair)]));
    }

    /// <summary>A refused score on its own, with the error beside the input and what the person chose kept.</summary>
    public static AdaptiveCard Form(StepView view)
    {
        if (PersonaStage.Find(view.Map, view.Click?.Card.CellId) is not { } pair)
        {
            return FormCard.Gone(view);
        }

        var text = view.Text;
        var own = Own(view, pair);
        var title = text.Format("StagesEmotionFormTitle",
            CardText.Shown(pair.Persona.Profile.Name, StageCard.ShownNameLength),
            CardText.Shown(text.StageName(view.Map.Template, pair.Stage), StageCard.ShownNameLength));
        return FormCard.Build(view, title, Fields(view.Form, pair.CellId, own), SaveAction(view, pair));
    }

    /// <summary>The viewer's own score for <paramref name="pair"/>, or null: never anyone else's.</summary>
    public static EmotionScore? Own(StepView view, PersonaStage pair) =>
        view.Map.EmotionsFor(view.Observer).FirstOrDefault(cell => cell.PersonaId == pair.Persona.Id && cell.StageId == pair.Stage.Id)?.Own;

    /// <summary>
    /// The score and word a card sent for <paramref name="cellId"/>: a score that is not a whole number is an error beside its
    /// field; no score at all is null (the notes form's score is optional).
    /// </summary>
    public static (int? Score, string? Word) Read(SubmittedInputs inputs, string cellId, List<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var score = inputs.WholeNumber(ScoreInput(cellId), "score", errors);
        return (score, inputs.Text(WordInput(cellId)));
    }

    /// <summary>The score (radio buttons) and the word, with the viewer's own as stored; <paramref name="required"/> on the score form only.</summary>
    public static IEnumerable<CardElement> Fields(FormState form, string cellId, EmotionScore? own, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(form);
        var text = form.Text;
        return
        [
            .. FormFields.Choice(form, ScoreInput(cellId), "score", text["StagesScoreLabel"], Choices(text),
                own?.Score.ToString(CultureInfo.InvariantCulture), expanded: true, required: required),
            .. FormFields.Text(form, WordInput(cellId), "word", text["StagesWordLabel"], Limits.MaxShortTextLength, own?.Word,
                placeholder: text["StagesWordPlaceholder"]),
        ];
    }

    private static ClickAnswer ScoreEmotion(WorkshopClick click)
    {
        var cellId = click.Card.CellId ?? string.Empty;
        var errors = new List<ValidationError>();
        var (score, word) = Read(click.Inputs, cellId, errors);
        if (score is null && errors.Count == 0)
        {
            errors.Add(ValidationError.Of("score", ErrorCodes.Required));
        }

        return ClickAnswer.Apply(
            map => MapOutcomes.WithInputErrors(map, errors, current => PersonaStage.Find(current, cellId) is { } pair
                ? current.ScoreEmotion(click.Actor, pair.Persona.Id, pair.Stage.Id, score ?? 0, word, click.At)
                : MapOutcomes.Refused(current, ValidationError.Of("id", ErrorCodes.NotFound, cellId))),
            Form,
            after: StageCard.AfterSave);
    }

    private static ExecuteAction SaveAction(StepView view, PersonaStage pair) =>
        new(view.Text["StagesSaveScoreButton"], JourneyStagesVerbs.ScoreEmotion, ButtonData.For(view.Map, cellId: pair.CellId)) { Style = ActionStyle.Positive };

    private static IReadOnlyList<Choice> Choices(BotText text) =>
    [
        new(text["StagesScoreVeryPositive"], "2"),
        new(text["StagesScorePositive"], "1"),
        new(text["StagesScoreNeutral"], "0"),
        new(text["StagesScoreNegative"], "-1"),
        new(text["StagesScoreVeryNegative"], "-2"),
    ];
}
