namespace JourneyBot.Testing;

/// <summary>An Adaptive Card that the official library or our Teams checks reject, with what is wrong and how the card begins.</summary>
public sealed class InvalidAdaptiveCardException : Exception
{
    public InvalidAdaptiveCardException(IReadOnlyList<string> problems, string cardExcerpt)
        : base(Describe(problems, cardExcerpt))
    {
        Problems = problems;
        CardExcerpt = cardExcerpt;
    }

    public IReadOnlyList<string> Problems { get; }

    public string CardExcerpt { get; }

    private static string Describe(IReadOnlyList<string> problems, string cardExcerpt)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var lines = problems.Select(p => $"  - {p}");
        return $"The Adaptive Card has {problems.Count} problem(s):{Environment.NewLine}"
            + string.Join(Environment.NewLine, lines)
            + $"{Environment.NewLine}Card: {cardExcerpt}";
    }
}
