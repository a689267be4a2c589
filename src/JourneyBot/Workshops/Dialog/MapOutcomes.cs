using JourneyBot.Workshop;

namespace JourneyBot.Workshops.Dialog;

/// <summary>Outcomes the dialog decides before the domain does: a stale card, an input that is not a number.</summary>
public static class MapOutcomes
{
    /// <summary>The map unchanged, with <paramref name="errors"/>.</summary>
    public static MapOutcome Refused(JourneyMap map, params IReadOnlyList<ValidationError> errors) =>
        new() { Before = map, Map = map, Errors = errors };

    /// <summary>
    /// Runs <paramref name="command"/> and adds the errors found while reading the inputs, so the card shows every error
    /// at once; with input errors nothing is applied even if the command succeeded on its defaults.
    /// </summary>
    public static MapOutcome WithInputErrors(JourneyMap map, IReadOnlyList<ValidationError> inputErrors, Func<JourneyMap, MapOutcome> command)
    {
        var outcome = command(map);
        if (inputErrors.Count == 0)
        {
            return outcome;
        }

        var fields = inputErrors.Select(error => error.Field).ToHashSet(StringComparer.Ordinal);
        return Refused(map, [.. inputErrors, .. (outcome.Succeeded ? [] : outcome.Errors.Where(error => !fields.Contains(error.Field)))]);
    }
}
