using JourneyBot.Cards;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.Analyze;

/// <summary>The fields of an idea: its title, what it is, the goal of step 1 it serves (or none), and the finding it answers.</summary>
public static class IdeaForm
{
    public const string TitleInput = "idea.title";
    public const string DescriptionInput = "idea.description";
    public const string GoalInput = "idea.goal";
    public const string FindingInput = "idea.finding";

    /// <summary>How many findings the drop-down offers (the first, most severe ones) and how much of each it shows.</summary>
    private const int OfferedFindings = 15;
    private const int ChoiceLength = 80;

    /// <summary>The inputs, filled with <paramref name="stored"/> (editing) or with what was typed (a refused save).</summary>
    public static IEnumerable<CardElement> Fields(StepView view, FormState form, MapAnalysis analysis, IdeaDetails? stored)
    {
        var (map, text) = (view.Map, view.Text);
        foreach (var field in FormFields.Text(form, TitleInput, "title", text["IdeaTitleLabel"], Limits.MaxNameLength, stored?.Title, required: true,
            placeholder: text["IdeaTitlePlaceholder"]))
        {
            yield return field;
        }

        foreach (var field in FormFields.Text(form, DescriptionInput, "description", text["IdeaDescriptionLabel"], Limits.MaxLongTextLength, stored?.Description, multiline: true))
        {
            yield return field;
        }

        if (map.Goals.Count == 0)
        {
            yield return CardParts.Note(text["IdeaNoGoalsYet"]);
        }
        else
        {
            var goals = map.Goals.Select(goal => new Choice(CardText.Shorten(goal.Text, ChoiceLength), goal.Id)).ToList();
            foreach (var field in FormFields.Choice(form, GoalInput, "goalId", text["IdeaGoalLabel"], goals, stored?.GoalId))
            {
                yield return field;
            }
        }

        var findings = analysis.Findings.Take(OfferedFindings)
            .Select(finding => new Choice(CardText.Shorten(FindingText.Sentence(text, map, finding), ChoiceLength), finding.Id))
            .ToList();
        if (stored?.FindingId is { } findingId && findings.All(choice => choice.Value != findingId) && analysis.Find(findingId) is { } kept)
        {
            findings.Add(new Choice(CardText.Shorten(FindingText.Sentence(text, map, kept), ChoiceLength), kept.Id));
        }

        if (findings.Count > 0)
        {
            foreach (var field in FormFields.Choice(form, FindingInput, "findingId", text["IdeaFindingLabel"], findings, stored?.FindingId))
            {
                yield return field;
            }
        }
    }

    /// <summary>The details as typed; the domain checks them (lengths, that the goal exists).</summary>
    public static IdeaDetails Read(WorkshopClick click) => new()
    {
        Title = click.Inputs.Text(TitleInput) ?? string.Empty,
        Description = click.Inputs.Text(DescriptionInput),
        GoalId = click.Inputs.Text(GoalInput) is { Length: > 0 } goal ? goal : null,
        FindingId = click.Inputs.Text(FindingInput) is { Length: > 0 } finding ? finding : null,
    };
}
