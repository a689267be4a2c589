using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.FeedbackAndData;

namespace JourneyBot.Workshops.Steps.Implement;

/// <summary>
/// How an action item reads on any card: its title and status, its owner as a Teams mention, its due date in the
/// workshop's language with "overdue" marked, the KPI with its current value and target, the idea it came from. Pure and
/// public so other cards (a reminder, a finished map) show actions the same way.
/// </summary>
public static class ActionLines
{
    /// <summary>Titles are cut here on lines; the whole title is on the edit form.</summary>
    public const int ShownTitleLength = 120;

    private const int ShownLinkLength = 60;

    /// <summary>The lines of <paramref name="item"/>, without buttons; each user text escaped, the owner mentioned.</summary>
    public static IReadOnlyList<CardElement> Of(BotText text, JourneyMap map, ActionPlanItem item)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(item);
        var action = item.Action;
        var lines = new List<CardElement>
        {
            new TextBlock(text.Format("ActionRow", CardText.Shown(action.Details.Title, ShownTitleLength), Status(text, action.Status))) { Spacing = Spacing.Small },
            Owner(text, action.Details.Owner, Due(text, item)),
        };
        if (item.Kpi is { } kpi)
        {
            lines.Add(Subtle(Kpi(text, map, kpi, action.Details.KpiTarget)));
        }

        if (item.Idea is { } idea)
        {
            lines.Add(Subtle(text.Format("ActionFromIdea", CardText.Shown(idea.Details.Title, ShownLinkLength))));
        }

        return lines;
    }

    /// <summary>The status's label in the workshop's language.</summary>
    public static string Status(BotText text, ActionStatus status)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"ActionStatus.{(Enum.IsDefined(status) ? status : ActionStatus.NotStarted)}"];
    }

    /// <summary>A due date as the workshop's language writes it (Mar 31, 2027 · 2027년 3월 31일).</summary>
    public static string Date(BotText text, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(text);
        return day.ToString(text["ActionDueFormat"], text.Language.Culture());
    }

    /// <summary>The mention of <paramref name="person"/>: by their Entra object id, with their name in the tag.</summary>
    public static CardMention Mention(Participant person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return CardMention.Of(person.AadObjectId, person.Name);
    }

    /// <summary>"Owner: @Name · due …", the owner a mention; "Owner: nobody yet" without one.</summary>
    public static TextBlock Owner(BotText text, Participant? owner, string due)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (owner is null)
        {
            return new TextBlock($"{text["ActionNoOwner"]} · {due}") { Size = TextSize.Small, Spacing = Spacing.None };
        }

        var mention = Mention(owner);
        return new TextBlock($"{text.Format("ActionOwnerLine", mention.Text)} · {due}") { Size = TextSize.Small, Spacing = Spacing.None, Mentions = [mention] };
    }

    private static string Due(BotText text, ActionPlanItem item) => item.Action.Details.DueDate switch
    {
        null => text["ActionNoDue"],
        { } day when item.IsOverdue => $"⚠ {text.Format("ActionOverdue", Date(text, day))}",
        { } day => text.Format("ActionDue", Date(text, day)),
    };

    private static string Kpi(BotText text, JourneyMap map, Kpi kpi, decimal? target)
    {
        var stage = map.Stages.FirstOrDefault(candidate => candidate.Id == kpi.StageId);
        var name = CardText.Shown(FeedbackLabels.KpiName(text, kpi), ShownLinkLength);
        var label = stage is null ? name : $"{FeedbackLabels.Stage(text, map, stage)}: {name}";
        var now = FeedbackNumbers.Amount(text, kpi.Details.Value);
        return target is { } goal
            ? text.Format("ActionKpiLine", label, now, FeedbackNumbers.Amount(text, goal))
            : text.Format("ActionKpiNoTarget", label, now);
    }

    private static TextBlock Subtle(string line) => new(line) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None };
}
