using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Forms;

/// <summary>What a form is drawn with: the words, the refused fields, and what the person typed (kept after an error).</summary>
public sealed record FormState(BotText Text, IReadOnlyList<ValidationError> Errors, SubmittedInputs? Submitted)
{
    /// <summary>The input's value as submitted (when the form comes back after an error), else <paramref name="stored"/>.</summary>
    public string? Kept(string inputId, string? stored) => Submitted?.Text(inputId) ?? stored;

    /// <summary>The localized message for the first error of <paramref name="field"/>, or null.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(error => error.Field == field) is { } error ? Text.Error(error) : null;
}
