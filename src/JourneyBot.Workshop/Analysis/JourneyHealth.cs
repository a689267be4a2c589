namespace JourneyBot.Workshop;

/// <summary>
/// How the journey feels, summed up from the persona x stage cells (docs/method.md, Step 6): how many cells have a
/// positive revealed mean, per persona and overall, and how many nobody has scored yet. Before the reveal only the
/// counts of scored cells are known (progress, as in step 2), never how many are positive.
/// </summary>
/// <param name="Revealed">Whether emotions are revealed; when not, <see cref="CellHealth.Positive"/> and <see cref="CellHealth.PositiveShare"/> are null.</param>
/// <param name="Overall">Every persona's cells together.</param>
/// <param name="Personas">Each persona's cells, in persona order.</param>
public sealed record JourneyHealth(bool Revealed, CellHealth Overall, IReadOnlyList<PersonaHealth> Personas);

/// <summary>One persona's cells: one per stage.</summary>
public sealed record PersonaHealth(string PersonaId, CellHealth Cells);

/// <summary>Counts over persona x stage cells.</summary>
/// <param name="Cells">How many cells (personas x stages).</param>
/// <param name="Unscored">Cells nobody has scored yet.</param>
/// <param name="Positive">Cells whose revealed mean is above 0; null before the reveal.</param>
/// <param name="PositiveShare">Positive ÷ scored cells, 4 places; null before the reveal or when no cell is scored.</param>
public sealed record CellHealth(int Cells, int Unscored, int? Positive, decimal? PositiveShare)
{
    /// <summary>Cells at least one person has scored.</summary>
    public int Scored => Cells - Unscored;
}
