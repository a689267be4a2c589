using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshops.Board;

namespace JourneyBot.Workshops.Forms;

/// <summary>
/// Removing a goal, touchpoint, KPI or evidence note asks once (issue 10, "Remove safely"): the item's edit form has a plain
/// "Remove…" at the end (never on the board's rows, never red and first), which shows "Remove “name”? This cannot be
/// undone." with Remove and Keep; only Remove there changes the workshop.
/// </summary>
/// <remarks>
/// Asking was chosen over an Undo on the answer: an Undo would have to restore the item exactly from something the client
/// cannot forge (signed card data or tombstone rows) and add a restore command, where the question needs neither and
/// matches the confirmations stages, personas and touchpoints with dependents already ask.
/// </remarks>
public static class RemoveQuestion
{
    /// <summary>How much of the item's text the question repeats.</summary>
    public const int ShownNameLength = 60;

    /// <summary>The edit form's way to the question: last in line and not styled destructive, so Save stays the obvious button.</summary>
    public static ExecuteAction Button(BotText text, string askVerb, JsonElement data)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExecuteAction(text["RemoveAskButton"], askVerb, data);
    }

    /// <summary>The edit form <paramref name="form"/> with <see cref="Button"/> after its own buttons.</summary>
    public static AdaptiveCard WithButton(AdaptiveCard form, BotText text, string askVerb, JsonElement data)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form with { Actions = [.. form.Actions ?? [], Button(text, askVerb, data)] };
    }

    /// <summary>
    /// The question for one item, named by <paramref name="name"/> (plain text: shortened and escaped here). Remove sends
    /// <paramref name="removeVerb"/>, Keep <paramref name="keepVerb"/> (back to the item's edit form), both with
    /// <paramref name="data"/>.
    /// </summary>
    public static AdaptiveCard Card(StepView view, string name, string removeVerb, string keepVerb, JsonElement data)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = view.Text;
        var body = new List<CardElement>(FormCard.Heading(view, text.Format("RemoveQuestionTitle", CardText.Shown(name, ShownNameLength))))
        {
            new TextBlock(text["RemoveQuestionExplained"]),
        };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text["RemoveButton"], removeVerb, data) { Style = ActionStyle.Destructive },
                new ExecuteAction(text["RemoveKeepButton"], keepVerb, data),
            ],
        };
    }
}
