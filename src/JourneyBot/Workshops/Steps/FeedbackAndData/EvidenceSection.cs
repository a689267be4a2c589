using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>
/// Step 4, evidence notes: what the team knows or assumes about a stage or one of its touchpoints, each marked as an
/// assumption, partly backed or backed by data. Anyone adds; the author or a facilitator edits (e.g. when data arrives)
/// and removes (Remove is in the edit form and asks first).
/// </summary>
public static class EvidenceSection
{
    public const string TextInput = "evidence.text";
    public const string BackingInput = "evidence.backing";
    public const string TargetInput = "evidence.target";

    /// <summary>The target choice for the stage itself; a touchpoint is <c>touchpoint:{id}</c>.</summary>
    public const string StageTarget = "stage";

    /// <summary>Notes on a page: with the other sections' first pages, the stage's card stays under the size Teams accepts.</summary>
    public const int PageSize = 6;

    private const string TouchpointTargetPrefix = "touchpoint:";
    private const int ShownTextLength = 120;

    /// <summary>What a note is about is shorter still: the touchpoint's own line is just above on the card.</summary>
    private const int ShownAboutLength = 30;

    /// <summary>Touchpoint names in the "about" choice.</summary>
    private const int ChoiceNameLength = 40;

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [FeedbackAndDataVerbs.AddNote] = AddNote,
        [FeedbackAndDataVerbs.EditNote] = _ => ClickAnswer.Show(EditForm),
        [FeedbackAndDataVerbs.SaveNote] = SaveNote,
        [FeedbackAndDataVerbs.RemoveNote] = _ => ClickAnswer.Show(RemoveForm),
        [FeedbackAndDataVerbs.ConfirmRemoveNote] = click => ClickAnswer.Apply(map => map.RemoveEvidenceNote(click.Actor, click.Card.NoteId ?? string.Empty)),
        [FeedbackAndDataVerbs.OpenNotePage] = _ => ClickAnswer.Show(PageCard),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The notes about a stage and about its touchpoints, in the order they were added.</summary>
    public static IReadOnlyList<EvidenceNote> NotesIn(JourneyMap map, string stageId)
    {
        ArgumentNullException.ThrowIfNull(map);
        var touchpoints = map.TouchpointsIn(stageId).Select(touchpoint => touchpoint.Id).ToHashSet(StringComparer.Ordinal);
        return [.. map.EvidenceNotes
            .Where(note => note.Target.Kind == ItemKind.Stage ? note.Target.Id == stageId : touchpoints.Contains(note.Target.Id))
            .OrderBy(note => note.CreatedAt)];
    }

    /// <summary>
    /// A page of the stage's notes (<paramref name="page"/> null: the first, on the stage's data card), and the folded
    /// form to add one.
    /// </summary>
    public static IEnumerable<CardElement> StageItems(StepView view, Stage stage, int? page)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(stage);
        var (map, text) = (view.Map, view.Text);
        var section = FeedbackPages.Section(view, stage, text["EvidenceHeading"], text["EvidenceNone"], NotesIn(map, stage.Id), PageSize, page, FeedbackAndDataVerbs.OpenNotePage,
            note => ItemRow.For(view, note, Row(view, note), FeedbackAndDataVerbs.EditNote, ButtonData.For(map, noteId: note.Id)));
        foreach (var element in section.Elements)
        {
            yield return element;
        }

        if (map.Status == WorkshopStatus.Active)
        {
            yield return AddButton(view, stage, TouchpointsPage(map, stage, page: 0));
        }
    }

    /// <summary>
    /// The folded form to add a note about the stage or one of <paramref name="touchpoints"/>: the stage card offers the
    /// first page of touchpoints, each satisfaction page its own, so a note can be about any touchpoint.
    /// </summary>
    public static ActionSet AddButton(StepView view, Stage stage, IReadOnlyList<Touchpoint> touchpoints)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = view.Text;
        return new ActionSet([new ShowCardAction(text["EvidenceAddButton"], FormFields.Inner(
            [.. Fields(view.Form with { Submitted = null, Errors = [] }, view.Map, stage, note: null, touchpoints)],
            [new ExecuteAction(text["AddButton"], FeedbackAndDataVerbs.AddNote, AddData(view.Map, stage, ItemIds.NewId())) { Style = ActionStyle.Positive }]))]);
    }

    private static IReadOnlyList<Touchpoint> TouchpointsPage(JourneyMap map, Stage stage, int page) =>
        FeedbackPages.Slice(map.TouchpointsIn(stage.Id), SatisfactionSection.PageSize, page).Shown;

    /// <summary>"**Assumption**: half of the trials stall here (about: Setup guide)", escaped.</summary>
    private static string Row(StepView view, EvidenceNote note)
    {
        var (map, text) = (view.Map, view.Text);
        var row = text.Format("EvidenceRow", text.BackingName(note.Backing), CardText.Shown(note.Text, ShownTextLength));
        return note.Target.Kind == ItemKind.Touchpoint && map.Touchpoints.FirstOrDefault(t => t.Id == note.Target.Id) is { } touchpoint
            ? text.Format("EvidenceRowAbout", row, CardText.Shown(touchpoint.Details.Name, ShownAboutLength))
            : row;
    }

    /// <summary>The note's text and backing; what it is about is chosen when adding (the stage or one of its touchpoints).</summary>
    private static List<CardElement> Fields(FormState form, JourneyMap map, Stage stage, EvidenceNote? note, IReadOnlyList<Touchpoint>? touchpoints = null)
    {
        var text = form.Text;
        var fields = new List<CardElement>();
        if (note is null)
        {
            // One page of touchpoints: a choice per touchpoint would grow the card without bound (step 3 sets no limit).
            fields.AddRange(FormFields.Choice(form, TargetInput, "target", text["EvidenceTargetLabel"],
            [
                new Choice(text.Format("EvidenceTargetStage", CardText.Shorten(text.StageName(map.Template, stage), ChoiceNameLength)), StageTarget),
                .. (touchpoints ?? [])
                    .Select(touchpoint => new Choice(text.Format("EvidenceTargetTouchpoint", CardText.Shorten(touchpoint.Details.Name, ChoiceNameLength)),
                        TouchpointTargetPrefix + touchpoint.Id)),
            ], StageTarget, required: true));
        }

        fields.AddRange(FormFields.Text(form, TextInput, "text", text["EvidenceTextLabel"], Limits.MaxLongTextLength, note?.Text, required: true, multiline: true,
            placeholder: text["EvidenceTextPlaceholder"]));
        fields.AddRange(FormFields.Choice(form, BackingInput, "backing", text["EvidenceBackingLabel"],
            [.. Enum.GetValues<EvidenceBacking>().Select(backing => new Choice(text.BackingName(backing), backing.ToString()))],
            (note?.Backing ?? EvidenceBacking.Assumption).ToString(), expanded: true, required: true));
        return fields;
    }

    private static ClickAnswer AddNote(WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var stageId = click.Card.StageId ?? string.Empty;
        var target = TargetOf(click.Inputs.Text(TargetInput), stageId, errors);
        var backing = click.Inputs.Choice<EvidenceBacking>(BackingInput, "backing", errors);
        var noteText = click.Inputs.Text(TextInput) ?? string.Empty;
        return ClickAnswer.Apply(
            map => MapOutcomes.WithInputErrors(map, errors,
                current => current.AddEvidenceNote(click.Actor, click.NewItemId("evidence"), noteText, target, backing ?? default, click.At)),
            AddForm,
            after: view => AfterSave(view, click.NewItemId("evidence")));
    }

    private static ClickAnswer SaveNote(WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var backing = click.Inputs.Choice<EvidenceBacking>(BackingInput, "backing", errors);
        var noteText = click.Inputs.Text(TextInput) ?? string.Empty;
        return ClickAnswer.Apply(
            map => MapOutcomes.WithInputErrors(map, errors, current => current.EditEvidenceNote(click.Actor, click.Card.NoteId ?? string.Empty, noteText, backing ?? default)),
            EditForm,
            after: view => AfterSave(view, click.Card.NoteId));
    }

    /// <summary>Back to the stage note <paramref name="noteId"/> is about (itself or through a touchpoint), the note in sight.</summary>
    private static AdaptiveCard AfterSave(StepView view, string? noteId)
    {
        var map = view.Map;
        var note = map.EvidenceNotes.FirstOrDefault(n => n.Id == noteId);
        var stageId = note?.Target.Kind == ItemKind.Stage ? note.Target.Id : map.Touchpoints.FirstOrDefault(t => t.Id == note?.Target.Id)?.StageId;
        if (note is null || stageId is null)
        {
            return FormCard.Gone(view);
        }

        var position = NotesIn(map, stageId).Select(n => n.Id).ToList().IndexOf(note.Id);
        return FeedbackCards.AfterSave(view, stageId, position, PageSize, PageCard, CardText.Shown(note.Text, ShownAboutLength));
    }

    private static AdaptiveCard PageCard(StepView view) => FeedbackPages.SectionCard(view, (stage, page) => StageItems(view, stage, page));

    /// <summary>The stage (also when nothing was chosen: the form's default) or one of its touchpoints; anything else is refused.</summary>
    private static EvidenceTarget TargetOf(string? value, string stageId, List<ValidationError> errors)
    {
        var chosen = value?.Trim();
        if (string.IsNullOrEmpty(chosen) || chosen == StageTarget)
        {
            return EvidenceTarget.Stage(stageId);
        }

        if (chosen.StartsWith(TouchpointTargetPrefix, StringComparison.Ordinal))
        {
            return EvidenceTarget.Touchpoint(chosen[TouchpointTargetPrefix.Length..]);
        }

        errors.Add(ValidationError.Of("target", ErrorCodes.Invalid, chosen));
        return EvidenceTarget.Stage(stageId);
    }

    private static AdaptiveCard AddForm(StepView view)
    {
        var stage = view.Map.Stages.FirstOrDefault(s => s.Id == view.Click?.Card.StageId);
        return stage is null
            ? FormCard.Gone(view)
            : FormCard.Build(view, view.Text.Format("EvidenceAddTitle", FeedbackLabels.Stage(view.Text, view.Map, stage)),
                Fields(view.Form, view.Map, stage, note: null, TargetsAround(view.Map, stage, view.Click?.Inputs.Text(TargetInput))),
                new ExecuteAction(view.Text["AddButton"], FeedbackAndDataVerbs.AddNote, AddData(view.Map, stage, view.Click?.Card.Seed)) { Style = ActionStyle.Positive });
    }

    private static AdaptiveCard EditForm(StepView view) => ForNote(view, (note, stage) =>
    {
        var data = ButtonData.For(view.Map, noteId: note.Id);
        var form = FormCard.Build(view, view.Text.Format("EvidenceEditTitle", FeedbackLabels.Stage(view.Text, view.Map, stage)),
            Fields(view.Form, view.Map, stage, note),
            new ExecuteAction(view.Text["SaveButton"], FeedbackAndDataVerbs.SaveNote, data) { Style = ActionStyle.Positive });
        return RemoveQuestion.WithButton(form, view.Text, FeedbackAndDataVerbs.RemoveNote, data);
    });

    private static AdaptiveCard RemoveForm(StepView view) => ForNote(view, (note, _) =>
        RemoveQuestion.Card(view, note.Text, FeedbackAndDataVerbs.ConfirmRemoveNote, FeedbackAndDataVerbs.EditNote, ButtonData.For(view.Map, noteId: note.Id)));

    /// <summary>The card about the click's note and the stage it is about, for its author or a facilitator; why not otherwise.</summary>
    private static AdaptiveCard ForNote(StepView view, Func<EvidenceNote, Stage, AdaptiveCard> card)
    {
        var map = view.Map;
        var note = map.EvidenceNotes.FirstOrDefault(n => n.Id == view.Click?.Card.NoteId);
        var stageId = note?.Target.Kind == ItemKind.Stage ? note.Target.Id : map.Touchpoints.FirstOrDefault(t => t.Id == note?.Target.Id)?.StageId;
        var stage = map.Stages.FirstOrDefault(s => s.Id == stageId);
        if (note is null || stage is null)
        {
            return FormCard.Gone(view);
        }

        return view.MayChange(note) ? card(note, stage) : FormCard.NotAllowed(view);
    }

    /// <summary>After a refused add: the page of touchpoints holding the one chosen, so the choice comes back as it was.</summary>
    private static IReadOnlyList<Touchpoint> TargetsAround(JourneyMap map, Stage stage, string? chosen)
    {
        var all = map.TouchpointsIn(stage.Id);
        var index = all.ToList().FindIndex(touchpoint => TouchpointTargetPrefix + touchpoint.Id == chosen);
        return TouchpointsPage(map, stage, Math.Max(0, index) / SatisfactionSection.PageSize);
    }

    private static System.Text.Json.JsonElement AddData(JourneyMap map, Stage stage, string? seed) =>
        ButtonData.For(map, stageId: stage.Id, seed: seed);
}
