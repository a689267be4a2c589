namespace JourneyBot.Workshop;

/// <summary>The seven steps of a customer journey mapping workshop, in order (docs/method.md, The seven steps).</summary>
public enum WorkshopStep
{
    GoalsAndPersonas = 1,
    JourneyStages = 2,
    TouchpointsAndChannels = 3,
    FeedbackAndData = 4,
    Visualize = 5,
    Analyze = 6,
    ImplementAndIterate = 7,
}

/// <summary>Moving through the steps: the facilitator may go back and forth, but only between 1 and 7.</summary>
public static class WorkshopSteps
{
    /// <summary>All seven, in the order a workshop takes them.</summary>
    public static IReadOnlyList<WorkshopStep> InOrder { get; } = Array.AsReadOnly(Enum.GetValues<WorkshopStep>().Order().ToArray());

    public static WorkshopStep First => WorkshopStep.GoalsAndPersonas;

    public static WorkshopStep Last => WorkshopStep.ImplementAndIterate;

    /// <summary>The step numbered <paramref name="number"/> (1 to 7), or null when there is none.</summary>
    public static WorkshopStep? FromNumber(int number) =>
        Enum.IsDefined(typeof(WorkshopStep), number) ? (WorkshopStep)number : null;

    /// <summary>The step after <paramref name="step"/>, or null after the last.</summary>
    public static WorkshopStep? Next(this WorkshopStep step) => FromNumber((int)step + 1);

    /// <summary>The step before <paramref name="step"/>, or null before the first.</summary>
    public static WorkshopStep? Previous(this WorkshopStep step) => FromNumber((int)step - 1);
}
