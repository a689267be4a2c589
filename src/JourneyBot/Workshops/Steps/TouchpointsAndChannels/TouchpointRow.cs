using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Steps.TouchpointsAndChannels;

/// <summary>
/// One touchpoint on a stage card: name and author, what kind it is, its channel fit once rated, and Edit (which also
/// rates the channel, and holds Remove) for its author and the facilitators.
/// </summary>
public static class TouchpointRow
{
    // Shortened so that a full page of touchpoints, in Korean (3 bytes a character), stays inside a card's 28 KB.
    private const int ShownName = 50;
    private const int ShownAuthor = 24;
    private const int ShownAttribute = 24;

    public static CardElement For(StepView view, Touchpoint touchpoint)
    {
        var (map, text) = (view.Map, view.Text);
        var details = touchpoint.Details;
        var facts = new List<string> { text.CategoryName(details.Category), text.ModeName(details.Mode) };
        if (details.Channel is { } channel)
        {
            facts.Add(text.Format("TouchpointChannelShown", CardText.Shown(channel, ShownAttribute)));
        }

        if (details.OwningTeam is { } team)
        {
            facts.Add(text.Format("TouchpointOwningTeamShown", CardText.Shown(team, ShownAttribute)));
        }

        if (touchpoint.Fit is { } fit)
        {
            facts.Add(text.Format("TouchpointFitShown", fit.Combined));
        }

        var items = new List<CardElement>
        {
            new TextBlock($"{CardText.Shown(details.Name, ShownName)} — {CardText.Shown(touchpoint.Author.Name, ShownAuthor)}") { Weight = TextWeight.Bolder },
            CardParts.Note(string.Join(" · ", facts), Spacing.None),
        };
        if (map.Status == WorkshopStatus.Active && view.MayChange(touchpoint))
        {
            var data = ButtonData.For(map, touchpointId: touchpoint.Id);
            // No inputs: the stage card may hold the add form open, whose required fields would otherwise hold this button.
            items.Add(new ActionSet([new ExecuteAction(text["TouchpointEditButton"], TouchpointsAndChannelsVerbs.EditTouchpoint, data) { AssociatedInputs = AssociatedInputs.None }])
            { Spacing = Spacing.None });
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Small };
    }
}
