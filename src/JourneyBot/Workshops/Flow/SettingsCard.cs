using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Flow;

/// <summary>The facilitator's settings for a workshop: its name, its language, co-facilitators, and cancelling it.</summary>
public static class SettingsCard
{
    public const string NameInput = "settings.name";
    public const string LanguageInput = "settings.language";
    public const string AddCoFacilitatorInput = "settings.addCoFacilitator";
    public const string RemoveCoFacilitatorInput = "settings.removeCoFacilitator";

    /// <summary>Where a refused co-facilitator change is shown: beside the picker that was used.</summary>
    public const string AddCoFacilitatorField = "coFacilitator.add";

    public const string RemoveCoFacilitatorField = "coFacilitator.remove";

    /// <summary>Who may be made a co-facilitator: everyone who has contributed, but the facilitators themselves.</summary>
    public static IReadOnlyList<Participant> Candidates(JourneyMap map) =>
    [
        .. WorkshopSteps.InOrder.SelectMany(map.ContributorsTo)
            .DistinctBy(person => person.AadObjectId.ToUpperInvariant())
            .Where(person => !map.IsFacilitator(person)),
    ];

    public static AdaptiveCard Build(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var data = ButtonData.For(map);
        var body = new List<CardElement>
        {
            CardParts.Title(text.Format("SettingsTitle", CardText.Escape(map.Name))),
        };
        if (view.Notice is { } notice)
        {
            body.Add(CardParts.Warning(notice));
        }

        body.AddRange(FormFields.Text(view.Form, NameInput, "name", text["WorkshopNameLabel"], Limits.MaxWorkshopNameLength, map.Name, required: true));
        body.Add(new ActionSet([new ExecuteAction(text["RenameButton"], WorkshopVerbs.Rename, data)]));

        body.AddRange(FormFields.Choice(view.Form, LanguageInput, "language", text["LanguageLabel"], LanguageChoices(), map.Language, expanded: true));
        body.Add(new ActionSet([new ExecuteAction(text["ChangeLanguageButton"], WorkshopVerbs.Language, data)]));

        body.Add(new TextBlock(text["CoFacilitatorsHeading"]) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        body.Add(new TextBlock(text.Format("FacilitatorIs", CardText.Escape(map.Facilitator.Name))) { Spacing = Spacing.Small });
        var lead = view.Viewer is null || map.IsLeadFacilitator(view.Viewer);
        if (!lead)
        {
            // Only the lead facilitator names co-facilitators and cancels (the domain's rule); others see who they are.
            body.Add(new TextBlock(map.CoFacilitators.Count == 0 ? text["NoCoFacilitatorsYet"] : text.Format("CoFacilitatorsAre", string.Join(", ", map.CoFacilitators.Select(p => CardText.Escape(p.Name))))));
            return new AdaptiveCard(body) { Actions = [BoardButtons.Back(text, map)] };
        }

        if (map.CoFacilitators.Count > 0)
        {
            body.AddRange(FormFields.Choice(view.Form, RemoveCoFacilitatorInput, RemoveCoFacilitatorField, text["CoFacilitatorsNow"],
                [.. map.CoFacilitators.Select(person => new Choice(person.Name, person.AadObjectId))], null));
            body.Add(new ActionSet([new ExecuteAction(text["RemoveCoFacilitatorButton"], WorkshopVerbs.RemoveCoFacilitator, data)]));
        }

        var candidates = Candidates(map);
        if (candidates.Count == 0)
        {
            body.Add(CardParts.Note(text["NoCoFacilitatorCandidates"]));
        }
        else
        {
            body.AddRange(FormFields.Choice(view.Form, AddCoFacilitatorInput, AddCoFacilitatorField, text["AddCoFacilitatorLabel"],
                [.. candidates.Select(person => new Choice(person.Name, person.AadObjectId))], null));
            body.Add(new ActionSet([new ExecuteAction(text["AddCoFacilitatorButton"], WorkshopVerbs.AddCoFacilitator, data)]));
        }

        body.AddRange(FormFields.ErrorBelow(view.Form, "actor"));
        return new AdaptiveCard(body)
        {
            Actions =
            [
                BoardButtons.Back(text, map),
                new ExecuteAction(text["CancelWorkshopButton"], WorkshopVerbs.Cancel, data) { Style = ActionStyle.Destructive },
            ],
        };
    }

    private static IReadOnlyList<Choice> LanguageChoices() =>
        [new Choice(BotText.English["LanguageName"], WorkshopLanguages.English), new Choice(BotText.Korean["LanguageName"], WorkshopLanguages.Korean)];
}
