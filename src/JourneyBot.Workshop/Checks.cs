namespace JourneyBot.Workshop;

/// <summary>Collects validation errors for one command and normalizes the values it checks.</summary>
/// <remarks>Every check runs, so the card can show all errors at once, not one per attempt.</remarks>
internal sealed class Checks
{
    private readonly List<ValidationError> errors = [];

    public bool Failed => errors.Count > 0;

    public IReadOnlyList<ValidationError> Errors => errors;

    public void Fail(string field, string code, params object[] arguments) => errors.Add(ValidationError.Of(field, code, arguments));

    /// <summary>Trimmed required text, or "" after recording "required"/"tooLong".</summary>
    public string Required(string field, string? value, int maxLength) =>
        Text(field, value, maxLength, required: true) ?? string.Empty;

    /// <summary>Trimmed optional text; blank becomes null.</summary>
    public string? Optional(string field, string? value, int maxLength) => Text(field, value, maxLength, required: false);

    public void Range(string field, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            Fail(field, ErrorCodes.OutOfRange, min, max);
        }
    }

    public void Range(string field, decimal value, decimal min, decimal max)
    {
        if (value < min || value > max)
        {
            Fail(field, ErrorCodes.OutOfRange, min, max);
        }
    }

    public void Defined<TEnum>(string field, TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Fail(field, ErrorCodes.Invalid, value);
        }
    }

    /// <summary>A caller-made id: required, short, and only characters that are safe in a table key and in composite ids.</summary>
    public void Id(string field, string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            Fail(field, ErrorCodes.Required);
        }
        else if (id.Length > Limits.MaxIdLength)
        {
            Fail(field, ErrorCodes.TooLong, Limits.MaxIdLength);
        }
        else if (!id.All(IsIdCharacter))
        {
            Fail(field, ErrorCodes.Invalid, id);
        }
    }

    /// <summary>A new item's id: valid, and not used by another item of its kind.</summary>
    public void NewId<T>(string field, string? id, IEnumerable<T> existing, Func<T, string> idOf)
    {
        Id(field, id);
        if (id is not null && existing.Any(item => idOf(item) == id))
        {
            Fail(field, ErrorCodes.Duplicate, id);
        }
    }

    /// <summary>An optional reference to something the map does not hold (an analysis finding): blank is null; else short, id characters plus '.' and ':'.</summary>
    public string? Reference(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Fail(field, ErrorCodes.TooLong, maxLength);
        }
        else if (!value.All(c => IsIdCharacter(c) || c is '.' or ':'))
        {
            Fail(field, ErrorCodes.Invalid, value);
        }

        return value;
    }

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private string? Text(string field, string? value, int maxLength, bool required)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                Fail(field, ErrorCodes.Required);
            }

            return null;
        }

        if (trimmed.Length > maxLength)
        {
            Fail(field, ErrorCodes.TooLong, maxLength);
        }

        return trimmed;
    }
}
