namespace JourneyBot.Workshop;

/// <summary>How many customers move on from one stage to the next, from the two stages' volume KPIs.</summary>
/// <param name="ConversionRate">To ÷ from, as a fraction rounded to 4 places; null when the first volume is 0.</param>
/// <param name="DropOffRate">1 − conversion; null when the first volume is 0. Negative when more arrive than left (other entry points).</param>
public sealed record StageConversion(string FromStageId, string ToStageId, decimal FromVolume, decimal ToVolume, decimal? ConversionRate, decimal? DropOffRate)
{
    /// <summary>The conversion from one stage's volume KPI to the next one's.</summary>
    public static StageConversion Between(Kpi from, Kpi to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        decimal? conversion = from.Details.Value == 0 ? null : Math.Round(to.Details.Value / from.Details.Value, 4);
        return new StageConversion(from.StageId, to.StageId, from.Details.Value, to.Details.Value, conversion, 1 - conversion);
    }
}
