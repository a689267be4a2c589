using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Flow;

/// <summary>The conversation's workshops, newest first, each with a button to open it; or, when there are none, how to start.</summary>
public static class WorkshopListCard
{
    private const int Shown = 15;

    public static AdaptiveCard Build(BotText text, IReadOnlyList<ConversationWorkshop> workshops)
    {
        if (workshops.Count == 0)
        {
            return NoWorkshop(text, text["ListEmpty"]);
        }

        var body = new List<CardElement> { CardParts.Title(text["ListTitle"]) };
        foreach (var workshop in workshops.Take(Shown))
        {
            var created = workshop.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            body.Add(new ColumnSet(
            [
                new Column([
                    new TextBlock(CardText.Escape(workshop.Name)) { Weight = workshop.Active ? TextWeight.Bolder : null },
                    CardParts.Note(workshop.Active ? text.Format("ListActive", created) : text.Format("ListPast", created), Spacing.None),
                ]) { Width = ColumnWidth.Stretch },
                new Column([new ActionSet([new ExecuteAction(text["OpenButton"], WorkshopVerbs.Resume, new WorkshopCardData { WorkshopId = workshop.WorkshopId }.ToJson())])])
                {
                    Width = ColumnWidth.Auto, VerticalContentAlignment = VerticalAlignment.Center,
                },
            ])
            { Separator = true });
        }

        if (workshops.Count > Shown)
        {
            body.Add(CardParts.Subtle(text.Format("AndMore", workshops.Count - Shown)));
        }

        return new AdaptiveCard(body);
    }

    /// <summary>When a command needs a workshop and the conversation has none running.</summary>
    public static AdaptiveCard NoWorkshop(BotText text, string message) => new([new TextBlock(message)])
    {
        Actions = [new ExecuteAction(text["StartWorkshopButton"], WorkshopVerbs.Setup, new WorkshopCardData().ToJson()) { Style = ActionStyle.Positive }],
    };
}
