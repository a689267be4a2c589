using JourneyBot.Resources;

namespace JourneyBot.Workshops.Steps.FeedbackAndData;

/// <summary>Step 4's numbers as the workshop's language writes them: amounts with group separators, rates as percentages.</summary>
public static class FeedbackNumbers
{
    /// <summary>A KPI value or target: grouped, with only the decimals it has (1,000 · 12.5 · 0.35).</summary>
    public static string Amount(BotText text, decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        return value.ToString("#,0.####", text.Language.Culture());
    }

    /// <summary>A fraction as a percentage with at most one decimal (0.25 → 25%, 0.3333 → 33.3%).</summary>
    public static string Percent(BotText text, decimal fraction)
    {
        ArgumentNullException.ThrowIfNull(text);
        return fraction.ToString("#,0.#%", text.Language.Culture());
    }

    /// <summary>A mean on the 1-to-5 scale, to at most two places (4 · 4.5 · 3.67).</summary>
    public static string Mean(BotText text, decimal mean)
    {
        ArgumentNullException.ThrowIfNull(text);
        return mean.ToString("0.##", text.Language.Culture());
    }
}
