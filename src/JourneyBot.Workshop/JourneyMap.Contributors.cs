namespace JourneyBot.Workshop;

/// <summary>Who has contributed to a step, for the "contributed so far" line on every step card.</summary>
public sealed partial record JourneyMap
{
    /// <summary>The people who put something on the map in <paramref name="step"/>, in the order of their first contribution.</summary>
    /// <remarks>
    /// Emotion scores count (that someone scored is not secret, only the score is). Step 6's votes and idea scores count
    /// only once voting has closed: until then nothing may tell who voted. Step 7's are the action items' authors; step 5 has no items.
    /// </remarks>
    public IReadOnlyList<Participant> ContributorsTo(WorkshopStep step)
    {
        IEnumerable<(Participant Who, DateTimeOffset At)> contributions = step switch
        {
            WorkshopStep.GoalsAndPersonas => [.. Contributions(Goals), .. Contributions(Personas)],
            WorkshopStep.JourneyStages =>
            [
                .. Contributions(Stages.Where(stage => stage.Key is null)),
                .. Contributions(Cells),
                .. Cells.Select(cell => (cell.UpdatedBy, cell.UpdatedAt)),
                .. Contributions(EmotionScores),
            ],
            WorkshopStep.TouchpointsAndChannels => Contributions(Touchpoints),
            WorkshopStep.FeedbackAndData => [.. Contributions(Kpis), .. Contributions(SatisfactionRatings), .. Contributions(EvidenceNotes)],
            WorkshopStep.Analyze when VotingState == VotingState.Closed => [.. Contributions(Ideas), .. Contributions(IdeaVotes), .. Contributions(IdeaScores)],
            WorkshopStep.Analyze => Contributions(Ideas),
            WorkshopStep.ImplementAndIterate => Contributions(Actions),
            _ => [],
        };
        return
        [
            .. contributions
                .OrderBy(contribution => contribution.At)
                .Select(contribution => contribution.Who)
                .DistinctBy(person => person.AadObjectId.ToUpperInvariant()),
        ];
    }

    /// <summary>
    /// Everyone the workshop knows: the facilitator, the co-facilitators, then whoever contributed to any step, each once.
    /// The people an action may be given to when the app cannot ask Teams who is in the conversation.
    /// </summary>
    public IReadOnlyList<Participant> KnownPeople() =>
    [
        .. new[] { Facilitator }.Concat(CoFacilitators).Concat(WorkshopSteps.InOrder.SelectMany(ContributorsTo))
            .DistinctBy(person => person.AadObjectId.ToUpperInvariant()),
    ];

    private static IEnumerable<(Participant Who, DateTimeOffset At)> Contributions(IEnumerable<IContribution> items) =>
        items.Select(item => (item.Author, item.CreatedAt));
}
