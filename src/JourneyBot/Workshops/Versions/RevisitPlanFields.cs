using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Versions;

/// <summary>The revisit cadence on the finish form and the "change" form: quarterly (default), monthly, half-yearly, a date, or off.</summary>
public static class RevisitPlanFields
{
    public const string CadenceInput = "revisit.cadence";
    public const string DateInput = "revisit.date";

    public static IEnumerable<CardElement> For(StepView view, RevisitPlan stored, DateTimeOffset now)
    {
        var text = view.Text;
        var choices = Enum.GetValues<RevisitCadence>().Select(cadence => new Choice(text[$"Cadence.{cadence}"], cadence.ToString())).ToArray();
        foreach (var element in FormFields.Choice(view.Form, CadenceInput, "revisitCadence", text["RevisitCadenceLabel"], choices, stored.Cadence.ToString(), expanded: true))
        {
            yield return element;
        }

        yield return new Cards.DateInput
        {
            Id = DateInput,
            Label = text["RevisitDateLabel"],
            Value = view.Form.Kept(DateInput, stored.OnDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Min = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        foreach (var element in FormFields.ErrorBelow(view.Form, "revisitDate"))
        {
            yield return element;
        }
    }

    /// <summary>
    /// The plan the person chose; the date counts only with "on a date" (a date left in the picker while choosing another
    /// cadence is ignored, not refused). Unreadable input adds errors beside its field.
    /// </summary>
    public static RevisitPlan Read(SubmittedInputs inputs, List<ValidationError> errors)
    {
        var cadence = inputs.Choice<RevisitCadence>(CadenceInput, "revisitCadence", errors) ?? RevisitCadence.Quarterly;
        var date = inputs.Date(DateInput, "revisitDate", errors);
        return new RevisitPlan { Cadence = cadence, OnDate = cadence == RevisitCadence.OnDate ? date : null };
    }

    /// <summary>"quarterly", "on 2027-03-31", "off": the plan in a sentence.</summary>
    public static string Describe(Resources.BotText text, RevisitPlan plan) =>
        plan.Cadence == RevisitCadence.OnDate && plan.OnDate is { } date
            ? text.Format("CadenceOnDateShown", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : text[$"Cadence.{plan.Cadence}"];
}
