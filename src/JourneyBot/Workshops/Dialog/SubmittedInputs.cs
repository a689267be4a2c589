using System.Globalization;
using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Dialog;

/// <summary>
/// The values of a card's inputs as Teams merged them into the click's data. Nothing here is trusted: text is taken only
/// when it is text (the domain checks lengths), numbers and choices are parsed and checked by whoever asks for them.
/// </summary>
public sealed class SubmittedInputs(JsonElement? data)
{
    /// <summary>How much of a value that could not be read is quoted back in its error.</summary>
    private const int QuotedValueLength = 40;

    public static SubmittedInputs None { get; } = new(null);

    /// <summary>The text of input <paramref name="id"/>; null when absent or not text. Teams sends every input value as a string.</summary>
    public string? Text(string id)
    {
        if (data is not { ValueKind: JsonValueKind.Object } json || !json.TryGetProperty(id, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    /// <summary>The values chosen in a multi-select choice set (sent comma-separated).</summary>
    public IReadOnlyList<string> Choices(string id) =>
        Text(id)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>
    /// The whole number in input <paramref name="id"/>, or null when empty; a value that is not a whole number adds an
    /// <see cref="ErrorCodes.Invalid"/> error for <paramref name="field"/> to <paramref name="errors"/>.
    /// </summary>
    public int? WholeNumber(string id, string field, List<ValidationError> errors)
    {
        var text = Text(id);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(ValidationError.Of(field, ErrorCodes.Invalid, CardText.Shorten(text, QuotedValueLength)));
        return null;
    }

    /// <summary>The decimal in input <paramref name="id"/> (invariant: Teams sends numbers with a dot), or null when empty.</summary>
    public decimal? Amount(string id, string field, List<ValidationError> errors)
    {
        var text = Text(id);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(ValidationError.Of(field, ErrorCodes.Invalid, CardText.Shorten(text, QuotedValueLength)));
        return null;
    }

    /// <summary>
    /// The enum value named in choice <paramref name="id"/>: only defined names count, never numbers (which
    /// <see cref="Enum.TryParse{TEnum}(string, out TEnum)"/> would accept). Missing adds required; unknown adds invalid.
    /// </summary>
    public TEnum? Choice<TEnum>(string id, string field, List<ValidationError> errors)
        where TEnum : struct, Enum
    {
        var text = Text(id);
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(ValidationError.Of(field, ErrorCodes.Required));
            return null;
        }

        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return Enum.Parse<TEnum>(name);
            }
        }

        errors.Add(ValidationError.Of(field, ErrorCodes.Invalid, CardText.Shorten(text, QuotedValueLength)));
        return null;
    }

    /// <summary>The date in input <paramref name="id"/> (yyyy-MM-dd, as Input.Date sends it), or null when empty; anything else adds invalid.</summary>
    public DateOnly? Date(string id, string field, List<ValidationError> errors)
    {
        var text = Text(id);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(ValidationError.Of(field, ErrorCodes.Invalid, CardText.Shorten(text, QuotedValueLength)));
        return null;
    }
}
