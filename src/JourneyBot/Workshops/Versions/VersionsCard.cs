using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Versions;

/// <summary>
/// The versions of a map (number, date, who finished it) and two pickers to compare any two, the last two chosen; a
/// future-state map also lists its current-state map's versions, so it can be compared against the current state.
/// </summary>
public static class VersionsCard
{
    public const string OlderInput = "versions.older";
    public const string NewerInput = "versions.newer";

    /// <summary>The most versions listed line by line; the pickers still offer every one.</summary>
    private const int ListedVersions = 20;

    public static AdaptiveCard Build(StepView view, IReadOnlyList<MapVersionSummary> versions, IReadOnlyList<MapVersionSummary> currentState)
    {
        var (map, text) = (view.Map, view.Text);
        var body = new List<CardElement>(FormCard.Heading(view, text.Format("VersionsTitle", CardText.Shown(map.Name, 60))));
        if (versions.Count == 0 && currentState.Count == 0)
        {
            body.Add(new TextBlock(text["NoVersionsYet"]));
            return new AdaptiveCard(body) { Actions = [BoardButtons.Back(view)] };
        }

        var lines = versions.OrderByDescending(version => version.Number).Take(ListedVersions)
            .Select(version => text.Format("VersionLine", version.Number, Date(version.FinishedAt), CardText.Shown(version.FinishedBy.Name, 40)));
        body.Add(new TextBlock(string.Join("\n\n", lines)));
        if (versions.Count > ListedVersions)
        {
            body.Add(CardParts.Note(text.Counted("VersionsMore", versions.Count - ListedVersions, versions.Count - ListedVersions)));
        }

        var choices = currentState.Select(version => new Choice(text.Format("CurrentStateVersionChoice", version.Number, Date(version.FinishedAt)), new VersionChoice(map.CurrentState!.WorkshopId, version.Number).Value))
            .Concat(versions.Select(version => new Choice(text.Format("VersionChoice", version.Number, Date(version.FinishedAt)), new VersionChoice(map.Id, version.Number).Value)))
            .ToArray();
        if (choices.Length < 2)
        {
            body.Add(CardParts.Note(text["CompareNeedsTwo"]));
            return new AdaptiveCard(body) { Actions = [BoardButtons.Back(view)] };
        }

        body.AddRange(FormFields.Choice(view.Form, OlderInput, "older", text["CompareOlderLabel"], choices, choices[^2].Value));
        body.AddRange(FormFields.Choice(view.Form, NewerInput, "newer", text["CompareNewerLabel"], choices, choices[^1].Value));
        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(text["CompareButton"], VersionsVerbs.Compare, ButtonData.For(map)) { Style = ActionStyle.Positive }, BoardButtons.Back(view)],
        };
    }

    internal static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
