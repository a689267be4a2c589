using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>The KPI form's inputs: drawn the same for adding and editing, and read back into <see cref="KpiDetails"/>.</summary>
public static class KpiForm
{
    public const string SuggestionInput = "kpi.suggestion";
    public const string NameInput = "kpi.name";
    public const string ValueInput = "kpi.value";
    public const string PeriodInput = "kpi.period";
    public const string TargetInput = "kpi.target";
    public const string SourceInput = "kpi.source";
    public const string VolumeInput = "kpi.volume";

    /// <summary>The value the volume check box sends when ticked.</summary>
    public const string VolumeTicked = "true";

    /// <summary>
    /// The fields, filled from <paramref name="kpi"/> when editing; the stage's suggested KPIs come first, without those the
    /// stage has taken already (except the one being edited, so its choice stays).
    /// </summary>
    public static IEnumerable<CardElement> Fields(FormState form, JourneyMap map, Stage stage, Kpi? kpi)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(stage);
        var text = form.Text;
        var unused = KpiSuggestions.UnusedFor(map, stage.Id);
        var suggestions = KpiSuggestions.ForStage(stage.Key).Where(key => unused.Contains(key) || key == kpi?.Details.SuggestionKey).ToList();
        var fields = new List<CardElement>();
        if (suggestions.Count > 0)
        {
            fields.AddRange(FormFields.Choice(form, SuggestionInput, "suggestionKey", text["KpiSuggestionLabel"],
                [.. suggestions.Select(key => new Choice(text.KpiSuggestion(key), key))], kpi?.Details.SuggestionKey));
        }

        // With suggestions the name may stay empty (the suggestion fills it), so only a stage without any requires it on the client.
        fields.AddRange(FormFields.Text(form, NameInput, "name", text["KpiNameLabel"], Limits.MaxNameLength,
            kpi is null ? null : FeedbackLabels.KpiName(text, kpi), required: suggestions.Count == 0));
        fields.AddRange(FormFields.Number(form, ValueInput, "value", text["KpiValueLabel"], kpi?.Details.Value, required: true));
        fields.AddRange(FormFields.Text(form, PeriodInput, "period", text["KpiPeriodLabel"], Limits.MaxShortTextLength, kpi?.Details.Period,
            placeholder: text["KpiPeriodPlaceholder"]));
        fields.AddRange(FormFields.Number(form, TargetInput, "target", text["KpiTargetLabel"], kpi?.Details.Target));
        fields.AddRange(FormFields.Choice(form, SourceInput, "source", text["KpiSourceLabel"],
            [.. Enum.GetValues<EvidenceSource>().Select(source => new Choice(text.SourceName(source), source.ToString()))], kpi?.Details.Source.ToString(), required: true));
        fields.AddRange(FormFields.Choice(form, VolumeInput, "isStageVolume", text["KpiVolumeLabel"], [new Choice(text["KpiVolumeChoice"], VolumeTicked)],
            kpi?.Details.IsStageVolume == true ? VolumeTicked : null, expanded: true, multiSelect: true));
        return fields;
    }

    /// <summary>
    /// The command that reads the inputs and runs <paramref name="apply"/> with them: a value or target that is not a
    /// number, or a missing value or source, is refused beside its field together with the domain's own errors.
    /// </summary>
    public static Func<JourneyMap, MapOutcome> Command(WorkshopClick click, Func<JourneyMap, KpiDetails, MapOutcome> apply)
    {
        ArgumentNullException.ThrowIfNull(click);
        ArgumentNullException.ThrowIfNull(apply);
        var inputs = click.Inputs;
        var errors = new List<ValidationError>();
        var value = inputs.Amount(ValueInput, "value", errors);
        if (value is null && errors.TrueForAll(error => error.Field != "value"))
        {
            errors.Add(ValidationError.Of("value", ErrorCodes.Required));
        }

        var target = inputs.Amount(TargetInput, "target", errors);
        var source = inputs.Choice<EvidenceSource>(SourceInput, "source", errors);
        var suggestionKey = string.IsNullOrWhiteSpace(inputs.Text(SuggestionInput)) ? null : inputs.Text(SuggestionInput)?.Trim();
        var typedName = inputs.Text(NameInput);
        var isVolume = inputs.Choices(VolumeInput).Contains(VolumeTicked);
        return map => MapOutcomes.WithInputErrors(map, errors, current => apply(current, new KpiDetails
        {
            Name = NameOf(current, typedName, suggestionKey),
            Value = value ?? 0,
            Period = inputs.Text(PeriodInput),
            Target = target,
            Source = source ?? default,
            IsStageVolume = isVolume,
            SuggestionKey = suggestionKey,
        }));
    }

    /// <summary>The typed name, else the picked suggestion's label in the workshop's language (the domain checks the key).</summary>
    private static string NameOf(JourneyMap map, string? typedName, string? suggestionKey) =>
        string.IsNullOrWhiteSpace(typedName) && suggestionKey is not null && KpiSuggestions.AllKeys.Contains(suggestionKey)
            ? WorkshopText.Of(map).KpiSuggestion(suggestionKey)
            : typedName ?? string.Empty;
}
