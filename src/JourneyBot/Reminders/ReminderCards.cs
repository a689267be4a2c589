using System.Globalization;
using System.Text.Json;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.Implement;
using JourneyBot.Workshops.Versions;

namespace JourneyBot.Reminders;

/// <summary>
/// The cards the bot posts on its own (docs/method.md, Step 7: reminders), in the workshop's language: the revisit (goals,
/// action items with their status and owners mentioned, KPI targets) and the overdue action items (each owner mentioned).
/// </summary>
public static class ReminderCards
{
    /// <summary>How many of each list a card shows, so a large map's reminder stays well under Teams' 28 KB.</summary>
    public const int ShownPerList = 10;

    private const int TitleLength = 80;
    private const int NameLength = 60;

    /// <summary>The revisit reminder; with <paramref name="notice"/> (snoozed, stopped) that line on top and only Revisit now left.</summary>
    public static JsonElement Revisit(JourneyMap map, string? notice = null)
    {
        var text = WorkshopText.Of(map);
        var body = new List<CardElement>
        {
            CardParts.Title(text.Format("ReminderRevisitTitle", CardText.Shown(map.Name, NameLength))),
            new TextBlock(text["ReminderRevisitIntro"]),
        };
        if (notice is not null)
        {
            body.Insert(1, CardParts.Warning(notice));
        }

        body.Add(CardParts.SectionHeading(text["ReminderGoalsHeading"]));
        body.AddRange(Lines(text, map.Goals, goal => Line(CardText.Shown(goal.Text, TitleLength)), "ReminderNoGoals"));

        body.Add(CardParts.SectionHeading(text["ReminderActionsHeading"]));
        body.AddRange(Lines(text, map.Actions, action => ActionLine(text, action), "ReminderNoActions"));

        body.Add(CardParts.SectionHeading(text["ReminderKpisHeading"]));
        body.AddRange(Lines(text, KpiTargets(text, map), line => Line(line), "ReminderNoKpiTargets"));

        CardAction revisitNow = new ExecuteAction(text["ReminderRevisitNow"], VersionsVerbs.StartRevisit, WorkshopCardData.For(map).ToJson()) { Style = ActionStyle.Positive };
        var card = new AdaptiveCard(body)
        {
            Actions = notice is not null
                ? [revisitNow]
                :
                [
                    revisitNow,
                    new ExecuteAction(text["ReminderSnooze"], ReminderVerbs.Snooze, ReminderButtonData.For(map.Id, ReminderKind.Revisit)),
                    new ExecuteAction(text["ReminderStop"], ReminderVerbs.Stop, ReminderButtonData.For(map.Id, ReminderKind.Revisit)),
                ],
        };
        return card.ToJson();
    }

    public static JsonElement Overdue(JourneyMap map, IReadOnlyList<ActionItem> overdue)
    {
        var text = WorkshopText.Of(map);
        var body = new List<CardElement>
        {
            CardParts.Title(text.Format("ReminderOverdueTitle", CardText.Shown(map.Name, NameLength))),
            new TextBlock(text["ReminderOverdueIntro"]),
        };
        body.AddRange(Lines(text, overdue, action =>
        {
            var owner = Owner(text, action);
            return Line(text.Format("ReminderOverdueLine", owner.Text, CardText.Shown(action.Details.Title, TitleLength), Date(action.Details.DueDate!.Value)), owner.Mention);
        }, "ReminderNoActions"));

        var card = new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text["ReminderSnooze"], ReminderVerbs.Snooze, ReminderButtonData.For(map.Id, ReminderKind.OverdueActions)),
                new ExecuteAction(text["ReminderStop"], ReminderVerbs.Stop, ReminderButtonData.For(map.Id, ReminderKind.OverdueActions)),
            ],
        };
        return card.ToJson();
    }

    /// <summary>What an overdue reminder becomes once snoozed or stopped: its title and that line (its buttons are spent).</summary>
    public static JsonElement Answered(JourneyMap map, string notice) =>
        new AdaptiveCard([CardParts.Title(WorkshopText.Of(map).Format("ReminderOverdueTitle", CardText.Shown(map.Name, NameLength))), new TextBlock(notice)]).ToJson();

    private static TextBlock ActionLine(BotText text, ActionItem action)
    {
        var title = CardText.Shown(action.Details.Title, TitleLength);
        var status = text[$"ReminderStatus{action.Status}"];
        var owner = Owner(text, action);
        return Line(action.Details.DueDate is { } due
            ? text.Format("ReminderActionLine", title, status, owner.Text, Date(due))
            : text.Format("ReminderActionLineNoDate", title, status, owner.Text), owner.Mention);
    }

    /// <summary>The owner as a Teams mention (the card declares it: <see cref="AdaptiveCard"/>), or "nobody yet".</summary>
    private static (string Text, CardMention? Mention) Owner(BotText text, ActionItem action)
    {
        if (action.Details.Owner is not { } person)
        {
            return (text["ReminderNoOwner"], null);
        }

        var mention = ActionLines.Mention(person);
        return (mention.Text, mention);
    }

    private static TextBlock Line(string line, CardMention? mention = null) =>
        new(CardText.EscapeLineStarts(line)) { Spacing = Spacing.Small, Mentions = mention is null ? null : [mention] };

    /// <summary>The map's KPIs that have a target, then the targets action items set for a KPI.</summary>
    private static List<string> KpiTargets(BotText text, JourneyMap map)
    {
        var lines = map.Kpis.Where(kpi => kpi.Details.Target is not null)
            .Select(kpi => text.Format("ReminderKpiLine", Name(text, kpi), Number(kpi.Details.Value), Number(kpi.Details.Target!.Value)))
            .ToList();
        foreach (var action in map.Actions.Where(action => action.Details is { KpiId: not null, KpiTarget: not null }))
        {
            if (map.Kpis.FirstOrDefault(kpi => kpi.Id == action.Details.KpiId) is { } kpi)
            {
                lines.Add(text.Format("ReminderActionTargetLine", Name(text, kpi), Number(action.Details.KpiTarget!.Value), CardText.Shown(action.Details.Title, NameLength)));
            }
        }

        return lines;
    }

    /// <summary>One TextBlock per item, the first <see cref="ShownPerList"/>, then how many more; a subtle line when there are none.</summary>
    private static IEnumerable<CardElement> Lines<T>(BotText text, IReadOnlyList<T> items, Func<T, TextBlock> line, string noneKey)
    {
        if (items.Count == 0)
        {
            yield return CardParts.Subtle(text[noneKey]);
            yield break;
        }

        foreach (var item in items.Take(ShownPerList))
        {
            yield return line(item);
        }

        if (items.Count > ShownPerList)
        {
            yield return CardParts.Note(text.Counted("ReminderMore", items.Count - ShownPerList, items.Count - ShownPerList));
        }
    }

    private static string Name(BotText text, Kpi kpi) => CardText.Shown(FeedbackLabels.KpiName(text, kpi), NameLength);

    private static string Number(decimal value) => CardText.Escape(value.ToString("0.##", CultureInfo.InvariantCulture));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
