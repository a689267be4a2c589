using System.Collections.Frozen;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.Upcoming;

/// <summary>
/// Steps 5 to 7 until their own tools arrive: what the step produces, and the map as it stands, so the team can review
/// it together and the facilitator can go back to any step. The step is honest about what the bot does not do yet.
/// </summary>
public sealed class UpcomingStep(WorkshopStep step) : IWorkshopStep
{
    public WorkshopStep Number => step;

    public IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } =
        FrozenDictionary<string, Func<WorkshopClick, ClickAnswer>>.Empty;

    public IReadOnlyList<CardElement> Board(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        return
        [
            new TextBlock(text.StepOutput(step)) { Separator = true, Spacing = Spacing.Medium },
            CardParts.Subtle(text["UpcomingStepNotYet"]),
            new TextBlock(text["MapSoFarHeading"]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new FactSet(
            [
                new Fact(text["GoalsHeading"], Count(map.Goals.Count)),
                new Fact(text["PersonasHeading"], Count(map.Personas.Count)),
                new Fact(text["StagesHeading"], Count(map.Stages.Count)),
                new Fact(text["TouchpointsHeading"], Count(map.Touchpoints.Count)),
                new Fact(text["KpisHeading"], Count(map.Kpis.Count)),
                new Fact(text["EvidenceHeading"], Count(map.EvidenceNotes.Count)),
            ]),
        ];
    }

    private static string Count(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
