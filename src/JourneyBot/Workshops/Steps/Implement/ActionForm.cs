using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.Workshops.Steps.Implement;

/// <summary>The fields of an action item: what will be done, its owner, its due date, and the step 4 KPI it should move with a target.</summary>
public static class ActionForm
{
    public const string TitleInput = "action.title";
    public const string OwnerInput = "action.owner";
    public const string DueInput = "action.due";
    public const string KpiInput = "action.kpi";
    public const string TargetInput = "action.target";

    private const string DateFormat = "yyyy-MM-dd";
    private const int ChoiceLength = 80;

    /// <summary>
    /// The inputs, filled with <paramref name="stored"/> (editing), the title of the idea it is made from, or what was typed
    /// (a refused save). <paramref name="owners"/> are the people on offer; <paramref name="fromMembers"/> says whether Teams
    /// listed them (else they are the workshop's own people, and the card says so).
    /// </summary>
    public static IEnumerable<CardElement> Fields(StepView view, DateOnly today, IReadOnlyList<Participant> owners, bool fromMembers, ActionDetails? stored, string? title = null)
    {
        var (map, form, text) = (view.Map, view.Form, view.Text);
        var fields = new List<CardElement>();
        fields.AddRange(FormFields.Text(form, TitleInput, "title", text["ActionTitleLabel"], Limits.MaxActionTitleLength, stored?.Title ?? title, required: true,
            placeholder: text["ActionTitlePlaceholder"]));
        var people = owners.Select(person => new Choice(CardText.Shorten(person.Name, ChoiceLength), person.AadObjectId)).ToList();
        fields.AddRange(FormFields.Choice(form, OwnerInput, "owner", text["ActionOwnerLabel"], people, stored?.Owner?.AadObjectId));
        fields.Add(CardParts.Note(text[fromMembers ? "ActionOwnerFromMembers" : "ActionOwnerFromWorkshop"]));
        fields.Add(new DateInput
        {
            Id = DueInput,
            Label = text["ActionDueLabel"],
            Value = form.Kept(DueInput, stored?.DueDate?.ToString(DateFormat, CultureInfo.InvariantCulture)),
            Min = today.AddYears(-Limits.ActionDueYearsBack).ToString(DateFormat, CultureInfo.InvariantCulture),
            Max = today.AddYears(Limits.ActionDueYearsAhead).ToString(DateFormat, CultureInfo.InvariantCulture),
        });
        fields.AddRange(FormFields.ErrorBelow(form, "dueDate"));
        if (map.Kpis.Count == 0)
        {
            fields.Add(CardParts.Note(text["ActionNoKpisYet"]));
            fields.AddRange(FormFields.ErrorBelow(form, "kpiId"));
            fields.AddRange(FormFields.ErrorBelow(form, "kpiTarget"));
            return fields;
        }

        var kpis = map.StagesInOrder.SelectMany(stage => map.KpisIn(stage.Id).Select(kpi => new Choice(
            CardText.Shorten(text.Format("ActionKpiChoice", text.StageName(map.Template, stage), FeedbackLabels.KpiName(text, kpi), FeedbackNumbers.Amount(text, kpi.Details.Value)), ChoiceLength),
            kpi.Id))).ToList();
        fields.AddRange(FormFields.Choice(form, KpiInput, "kpiId", text["ActionKpiLabel"], kpis, stored?.KpiId));
        fields.AddRange(FormFields.Number(form, TargetInput, "kpiTarget", text["ActionTargetLabel"], stored?.KpiTarget, -Limits.MaxKpiValue, Limits.MaxKpiValue));
        return fields;
    }

    /// <summary>
    /// Runs <paramref name="apply"/> with the details as typed and the owner looked up among <paramref name="owners"/>; a due
    /// date or target that cannot be read, or an owner nobody offered, is refused beside its field together with the
    /// domain's own errors, and nothing is saved.
    /// </summary>
    public static Func<JourneyMap, MapOutcome> Command(WorkshopClick click, Func<JourneyMap, IReadOnlyList<Participant>> owners, Func<JourneyMap, ActionDetails, MapOutcome> apply)
    {
        ArgumentNullException.ThrowIfNull(click);
        var inputs = click.Inputs;
        var errors = new List<ValidationError>();
        var due = Date(inputs.Text(DueInput), errors);
        var target = inputs.Amount(TargetInput, "kpiTarget", errors);
        return map =>
        {
            var (owner, ownerError) = ActionOwners.Resolve(owners(map), inputs.Text(OwnerInput));
            IReadOnlyList<ValidationError> found = ownerError is null ? errors : [ownerError, .. errors];
            return MapOutcomes.WithInputErrors(map, found, current => apply(current, new ActionDetails
            {
                Title = inputs.Text(TitleInput) ?? string.Empty,
                Owner = owner,
                DueDate = due,
                KpiId = inputs.Text(KpiInput) is { Length: > 0 } kpi ? kpi : null,
                KpiTarget = target,
            }));
        };
    }

    /// <summary>The day Teams' date picker sends (<c>yyyy-MM-dd</c>); anything else is refused on <c>dueDate</c>.</summary>
    private static DateOnly? Date(string? text, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(ValidationError.Of("dueDate", ErrorCodes.Invalid, CardText.Shorten(text, 40)));
        return null;
    }
}
