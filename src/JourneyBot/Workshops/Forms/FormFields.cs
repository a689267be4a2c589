using JourneyBot.Cards;

namespace JourneyBot.Workshops.Forms;

/// <summary>
/// Inputs as the workshop's forms lay them out: the label states the limit, the value is what the person typed (kept
/// after a refused save), and a refused field has its message right below it.
/// </summary>
public static class FormFields
{
    /// <summary>A text input for domain field <paramref name="field"/>, named <paramref name="inputId"/> on the card.</summary>
    public static IEnumerable<CardElement> Text(
        FormState form, string inputId, string field, string label, int maxLength, string? stored = null, bool required = false, bool multiline = false, string? placeholder = null)
    {
        var text = form.Text;
        yield return new TextInput
        {
            Id = inputId,
            Label = text.Format(required ? "FieldRequiredLimit" : "FieldOptionalLimit", label, maxLength),
            Value = form.Kept(inputId, stored),
            MaxLength = maxLength,
            IsMultiline = multiline ? true : null,
            IsRequired = required ? true : null,
            ErrorMessage = required ? text["FieldRequiredMessage"] : null,
            Placeholder = placeholder,
        };
        foreach (var error in ErrorBelow(form, field))
        {
            yield return error;
        }
    }

    /// <summary>
    /// A drop-down (or radio buttons when <paramref name="expanded"/>) for domain field <paramref name="field"/>; a
    /// <paramref name="required"/> one says so in its label and is checked by the client before it sends, unless
    /// <paramref name="checkedByClient"/> is false: an input in the body of a card with other buttons (a stage card's rating)
    /// would otherwise hold every one of them until it is filled; the bot refuses it empty beside the field all the same.
    /// </summary>
    public static IEnumerable<CardElement> Choice(
        FormState form, string inputId, string field, string label, IReadOnlyList<Choice> choices, string? stored, bool expanded = false, bool multiSelect = false,
        bool required = false, bool checkedByClient = true)
    {
        yield return new ChoiceSetInput(choices)
        {
            Id = inputId,
            Label = RequiredLabel(form, label, required),
            Value = form.Kept(inputId, stored),
            Style = expanded ? ChoiceInputStyle.Expanded : ChoiceInputStyle.Compact,
            IsMultiSelect = multiSelect ? true : null,
            IsRequired = required && checkedByClient ? true : null,
            ErrorMessage = required && checkedByClient ? form.Text["FieldRequiredMessage"] : null,
        };
        foreach (var error in ErrorBelow(form, field))
        {
            yield return error;
        }
    }

    /// <summary>A number input; the range is in the label and checked again by the domain; a required one says so in its label.</summary>
    public static IEnumerable<CardElement> Number(
        FormState form, string inputId, string field, string label, decimal? stored, decimal? min = null, decimal? max = null, bool required = false)
    {
        var kept = form.Submitted?.Text(inputId);
        yield return new TextInput
        {
            Id = inputId,
            Label = RequiredLabel(form, label, required),
            IsRequired = required ? true : null,
            ErrorMessage = required ? form.Text["FieldRequiredMessage"] : null,
            Value = kept ?? stored?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Placeholder = min is not null && max is not null ? $"{min}…{max}" : null,
            MaxLength = 24,
        };
        foreach (var error in ErrorBelow(form, field))
        {
            yield return error;
        }
    }

    /// <summary>"{label} (required)" for a required input: every required input's label says so the same way.</summary>
    public static string RequiredLabel(FormState form, string label, bool required)
    {
        ArgumentNullException.ThrowIfNull(form);
        return required ? form.Text.Format("FieldRequired", label) : label;
    }

    /// <summary>The message of a refused field, in the attention colour, right below its input.</summary>
    public static IEnumerable<CardElement> ErrorBelow(FormState form, string field)
    {
        if (form.ErrorFor(field) is { } message)
        {
            yield return new TextBlock(CardText.Escape(message)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None };
        }
    }

    /// <summary>A folded form: the card an Action.ShowCard opens.</summary>
    public static InnerCard Inner(IReadOnlyList<CardElement> body, IReadOnlyList<CardAction> actions) => new(body, actions);
}
