namespace JourneyBot.Workshop;

/// <summary>Why the map exists (step 1), e.g. "find the holes in our inbound marketing".</summary>
public sealed record Goal : IContribution
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    public required Participant Author { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
