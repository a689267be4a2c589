namespace JourneyBot.Cards;

/// <summary>
/// An input on a card. Teams merges every input's value into the Action.Execute data under the input's
/// <see cref="CardElement.Id"/>, so ids must never collide with the card's own data keys (see WorkshopCardData).
/// </summary>
public abstract record CardInput : CardElement
{
    /// <summary>Shown above the input; the length limit is stated here (workshop rule: every limit is on the card).</summary>
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    /// <summary>What the client shows when its own check of <see cref="IsRequired"/> fails, before anything is sent.</summary>
    public string? ErrorMessage { get; init; }
}

/// <summary>A text box.</summary>
public sealed record TextInput : CardInput
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public int? MaxLength { get; init; }
    public bool? IsMultiline { get; init; }
}

/// <summary>A list to choose from: compact (a drop-down) or expanded (radio buttons or, with multi-select, check boxes).</summary>
public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    public string? Value { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    /// <summary>With multi-select, Teams sends the chosen values comma-separated.</summary>
    public bool? IsMultiSelect { get; init; }
}

/// <summary>A date picker; Teams sends the date as yyyy-MM-dd.</summary>
public sealed record DateInput : CardInput
{
    /// <summary>yyyy-MM-dd.</summary>
    public string? Value { get; init; }

    /// <summary>The earliest date the picker offers, yyyy-MM-dd (the bot checks again).</summary>
    public string? Min { get; init; }
}

/// <summary>One option of a <see cref="ChoiceSetInput"/>.</summary>
public sealed record Choice(string Title, string Value);
