using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;

namespace JourneyBot.Workshops.Versions;

/// <summary>
/// The board of a finished map: which version, who finished it and when, when the bot comes back, and the facilitator's
/// buttons (change the cadence, revisit now, versions); Versions is for everyone. Action items are step 7's own part.
/// </summary>
public static class FinishedSection
{
    public static IEnumerable<CardElement> For(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        yield return CardParts.SectionHeading(text.Format("FinishedHeading", map.MapVersionNumber));
        yield return CardParts.Note(text.Format("FinishedReadOnly", RevisitPlanFields.Describe(text, map.Revisit)));
        var data = ButtonData.For(map);
        var buttons = new List<CardAction> { new ExecuteAction(text["VersionsButton"], VersionsVerbs.ShowVersions, data) };
        if (view.ShowsFacilitatorActions)
        {
            buttons.Add(new ExecuteAction(text["RevisitNowButton"], VersionsVerbs.StartRevisit, data) { Style = ActionStyle.Positive });
            buttons.Add(new ExecuteAction(text["ChangeCadenceButton"], VersionsVerbs.OpenPlan, data));
            buttons.AddRange(FutureStateForm.Button(view));
        }

        yield return new ActionSet(buttons);
    }

    /// <summary>The header's line of a finished map: "Finished: version 2, by Alice on 2026-12-01".</summary>
    public static TextBlock Line(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var line = map.FinishedBy is { } by && map.FinishedAt is { } at
            ? text.Format("FinishedBy", map.MapVersionNumber, CardText.Shown(by.Name, 60), at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : text.Format("FinishedHeading", map.MapVersionNumber);
        return new TextBlock(line) { Color = TextColor.Good, Weight = TextWeight.Bolder };
    }

    /// <summary>On an active map that has versions already: which version the team is working on, and the way to the versions.</summary>
    public static IEnumerable<CardElement> Revisiting(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        if (map.MapVersionNumber > 1)
        {
            yield return CardParts.Note(text.Format("RevisitingVersion", map.MapVersionNumber, map.MapVersionNumber - 1));
            yield return new ActionSet([new ExecuteAction(text["VersionsButton"], VersionsVerbs.ShowVersions, ButtonData.For(map))]);
        }
    }
}
