using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;

namespace JourneyBot.Workshops.Steps.JourneyStages;

/// <summary>
/// Emotion scores as cards say them. Before the reveal a person sees their own score and how many have scored, never
/// anyone else's value; after it, the team's mean, the spread, and who sees the cell most differently. A cell is one
/// persona in one stage: scores are summed up per persona, never across personas.
/// </summary>
public static class EmotionText
{
    private const int ShownWordLength = 60;

    /// <summary>A score with its sign: "+2", "0", "-1".</summary>
    public static string Score(int score) => score.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    /// <summary>A mean to one place with its sign; a mean that rounds to zero is "0.0", never "-0.0".</summary>
    public static string Mean(double mean)
    {
        var rounded = Math.Round(mean, 1, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0.0" : rounded.ToString("+0.0;-0.0", CultureInfo.InvariantCulture);
    }

    /// <summary>A face for a mean, so the emotion curve reads at a glance down the stages.</summary>
    public static string Face(double mean) => mean switch
    {
        <= -1.5 => "😞",
        <= -0.5 => "🙁",
        < 0.5 => "😐",
        < 1.5 => "🙂",
        _ => "😀",
    };

    /// <summary>A spread to one place: "1.4".</summary>
    public static string Spread(double spread) => spread.ToString("0.0", CultureInfo.InvariantCulture);


    /// <summary>What a person may see of one cell's emotions: their own score, then the count or, after the reveal, the aggregate.</summary>
    public static IEnumerable<CardElement> Lines(StepView view, EmotionCellView cell)
    {
        var text = view.Text;
        if (view.Viewer is not null)
        {
            yield return new TextBlock(cell.Own is { } own
                ? text.Format("StagesEmotionYours", Score(own.Score), own.Word is { } word ? text.Format("StagesEmotionWord", CardText.Shown(word, ShownWordLength)) : string.Empty)
                : text["StagesEmotionNotYours"])
            {
                Size = TextSize.Small, Spacing = Spacing.Small,
            };
        }

        if (!view.Map.EmotionsRevealed)
        {
            yield return CardParts.Note(text.Format("StagesEmotionCount", cell.Count), Spacing.None);
            yield break;
        }

        if (cell.Aggregate is not { } aggregate)
        {
            yield return CardParts.Note(text["StagesEmotionNone"], Spacing.None);
            yield break;
        }

        if (aggregate.Agreement == EmotionAgreement.OneScore)
        {
            // One score has no spread and nobody to agree with: say what it is, not that "everyone" agrees.
            yield return new TextBlock(text.Format("StagesEmotionAggregateOne", Mean(aggregate.Mean), Face(aggregate.Mean)))
            {
                Size = TextSize.Small, Weight = TextWeight.Bolder, Spacing = Spacing.None,
            };
            yield break;
        }

        yield return new TextBlock(text.Format("StagesEmotionAggregate", Mean(aggregate.Mean), Face(aggregate.Mean), Spread(aggregate.Spread),
            text.Counted("StagesScores", aggregate.Count, aggregate.Count)))
        {
            Size = TextSize.Small, Weight = TextWeight.Bolder, Spacing = Spacing.None,
        };
        yield return new TextBlock(aggregate.MostDivergent is { } divergent
            ? text.Format("StagesEmotionDivergent", CardText.Escape(divergent.Author.Name), Score(divergent.Score))
            : text["StagesEmotionAgree"])
        {
            Size = TextSize.Small, Spacing = Spacing.None,
        };
    }
}
