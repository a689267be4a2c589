using JourneyBot.Cards;
using JourneyBot.Maps.Model;
using JourneyBot.Resources;
using JourneyBot.SharedMaps;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Steps.Analyze;

namespace JourneyBot.Workshops.Steps.Visualize;

/// <summary>
/// The map in the chat: the picture (opening the page), the summary table, what is not on the map yet, and buttons for the
/// page and the exports. The step 5 board shows it; the <c>map</c> command posts it on its own at any step.
/// </summary>
public sealed class MapCard(MapLinks links, Analyses analyses)
{
    /// <summary>The map's part of a card for <paramref name="view"/>.</summary>
    public IReadOnlyList<CardElement> Elements(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (map, text) = (view.Map, view.Text);
        var document = MapDocumentBuilder.Build(map, new BotMapWords(text), analyses.Of(map));
        var shared = links.For(map);
        var page = new OpenUrlAction(text["MapOpenPageButton"], shared.Page);
        var elements = new List<CardElement>
        {
            new Image(shared.CardPicture) { AltText = text.Format("MapPictureAlt", CardText.Shorten(map.Name, 100)), Size = ImageSize.Stretch, SelectAction = page, Spacing = Spacing.Medium },
        };
        elements.AddRange(MapSummary.Of(document, text));
        if (Missing(map, text) is { Count: > 0 } missing)
        {
            elements.Add(CardParts.Note(text.Format("MapMissing", string.Join(", ", missing))));
        }

        elements.Add(new ActionSet(
        [
            page,
            new OpenUrlAction(text["MapPictureButton"], shared.Picture),
            new OpenUrlAction(text["MapSpreadsheetButton"], shared.Spreadsheet),
            new OpenUrlAction(text["MapCsvButton"], shared.Lists),
        ]));
        return elements;
    }

    /// <summary>The card the <c>map</c> command posts: the title, the map, and a refresh that draws it again as it is then.</summary>
    public AdaptiveCard Standalone(StepView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement> { CardParts.Title(view.Text.Format("MapCardTitle", CardText.Shown(view.Map.Name, 100))) };
        body.AddRange(Elements(view));
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(view.Text["RefreshButton"], VisualizeVerbs.ShowMap, ButtonData.For(view.Map))],
        };
    }

    /// <summary>What a partial map lacks, each with the step that adds it.</summary>
    private static List<string> Missing(JourneyMap map, BotText text)
    {
        var missing = new List<string>();
        if (map.Personas.Count == 0)
        {
            missing.Add(text["MapMissingPersonas"]);
        }

        if (map.Stages.Count == 0)
        {
            missing.Add(text["MapMissingStages"]);
        }

        if (map.Touchpoints.Count == 0)
        {
            missing.Add(text["MapMissingTouchpoints"]);
        }

        if (map.Kpis.Count == 0)
        {
            missing.Add(text["MapMissingKpis"]);
        }

        if (!map.EmotionsRevealed)
        {
            missing.Add(text["MapMissingEmotions"]);
        }

        return missing;
    }
}
