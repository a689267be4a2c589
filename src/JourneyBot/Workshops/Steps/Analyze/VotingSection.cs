using System.Collections.Frozen;
using System.Globalization;
using JourneyBot.Cards;
using JourneyBot.Resources;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Workshops.Steps.Analyze;

/// <summary>
/// Step 6, from ideas to a ranked plan: a facilitator opens dot voting; each person votes and scores impact and effort on
/// a card of their own, private until the facilitator closes the voting; then everyone sees the ranking and the impact x
/// effort grid, and the facilitator marks the shortlist for step 7. The shared board only ever shows how many took part.
/// </summary>
public static class VotingSection
{
    public const string VotesPerPersonInput = "voting.votesPerPerson";
    public const string MultipleInput = "voting.multiple";
    public const string CustomerImpactInput = "score.customerImpact";
    public const string BusinessImpactInput = "score.businessImpact";
    public const string EffortInput = "score.effort";

    /// <summary>Ideas per page on a person's voting card and in the results.</summary>
    public const int IdeasPerPage = 10;

    /// <summary>Ranked ideas on the board once voting closed, and ideas named per quadrant there.</summary>
    private const int ShownRanked = 5;
    private const int ShownPerQuadrant = 4;
    private const int TitleLength = 80;

    /// <summary>The input of a person's votes on one idea: dotted like every input, never a card data key.</summary>
    public static string VoteInput(string ideaId) => $"vote.{ideaId}";

    public static IReadOnlyDictionary<string, Func<WorkshopClick, ClickAnswer>> Verbs { get; } = new Dictionary<string, Func<WorkshopClick, ClickAnswer>>
    {
        [AnalyzeVerbs.OpenVoting] = click => ClickAnswer.Apply(click.Guarded(map => OpenVoting(map, click)), OpenForm),
        [AnalyzeVerbs.CloseVoting] = click => ClickAnswer.Apply(click.Guarded(map => map.CloseVoting(click.Actor))),
        [AnalyzeVerbs.MyVotes] = _ => ClickAnswer.Show(MyVotes),
        [AnalyzeVerbs.SaveVotes] = click => ClickAnswer.Apply(map => SaveVotes(map, click), MyVotes, after: MyVotes),
        [AnalyzeVerbs.ScoreIdea] = _ => ClickAnswer.Show(ScoreForm),
        [AnalyzeVerbs.SaveScore] = click => ClickAnswer.Apply(map => SaveScore(map, click), ScoreForm, after: MyVotes),
        [AnalyzeVerbs.Results] = _ => ClickAnswer.Show(Results),
        [AnalyzeVerbs.Shortlist] = click => ClickAnswer.Apply(map => map.ShortlistIdea(click.Actor, click.Card.IdeaId ?? string.Empty, shortlisted: true), after: Results),
        [AnalyzeVerbs.Unshortlist] = click => ClickAnswer.Apply(map => map.ShortlistIdea(click.Actor, click.Card.IdeaId ?? string.Empty, shortlisted: false), after: Results),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The board's part: how the voting stands, for everyone, never whose votes are where.</summary>
    public static IEnumerable<CardElement> Board(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        if (map.Ideas.Count == 0)
        {
            yield break;
        }

        // The shared board is drawn for nobody in particular: it only ever has the counts.
        var voting = map.VotingFor(view.Observer);
        var data = ButtonData.For(map);
        var active = map.Status == WorkshopStatus.Active;
        yield return CardParts.SectionHeading(text["VotingHeading"]);
        switch (voting.State)
        {
            case VotingState.NotOpened:
                yield return CardParts.Subtle(text["VotingNotOpened"]);
                if (active && view.ShowsFacilitatorActions)
                {
                    yield return new ActionSet([new ShowCardAction(text["OpenVotingButton"], FormFields.Inner([.. OpenFields(view.Form with { Submitted = null, Errors = [] }, map)],
                        [new ExecuteAction(text["OpenVotingSubmit"], AnalyzeVerbs.OpenVoting, data) { Style = ActionStyle.Positive }]))]);
                }

                break;
            case VotingState.Open:
                yield return new TextBlock(text.Counted(map.MultipleVotesPerIdea ? "VotingOpenRulesMultiple" : "VotingOpenRules", map.VotesPerPerson, map.VotesPerPerson));
                yield return CardParts.Subtle(text.Format("VotingProgress", Count(text, voting.Voters), Count(text, voting.Scorers)));
                if (view.Viewer is not null)
                {
                    yield return CardParts.Note(text.Format("VotingYours", voting.OwnVotesUsed, voting.VotesPerPerson));
                }

                var buttons = new List<CardAction> { new ExecuteAction(text["MyVotesButton"], AnalyzeVerbs.MyVotes, data) { Style = ActionStyle.Positive } };
                if (active && view.ShowsFacilitatorActions)
                {
                    buttons.Add(new ExecuteAction(text["CloseVotingButton"], AnalyzeVerbs.CloseVoting, data));
                }

                yield return new ActionSet(buttons);
                break;
            case VotingState.Closed:
                yield return CardParts.Subtle(text.Format("VotingClosedSummary", Count(text, voting.Voters), Count(text, voting.Scorers)));
                foreach (var element in RankedLines(text, voting.Ranking.Take(ShownRanked)))
                {
                    yield return element;
                }

                foreach (var element in GridLines(text, voting, ShownPerQuadrant))
                {
                    yield return element;
                }

                var closedButtons = new List<CardAction> { new ExecuteAction(text["ResultsButton"], AnalyzeVerbs.Results, data) };
                if (active && view.ShowsFacilitatorActions)
                {
                    closedButtons.Add(new ShowCardAction(text["ReopenVotingButton"], FormFields.Inner([.. OpenFields(view.Form with { Submitted = null, Errors = [] }, map)],
                        [new ExecuteAction(text["OpenVotingSubmit"], AnalyzeVerbs.OpenVoting, data)])));
                }

                yield return new ActionSet(closedButtons);
                break;
        }

        if (map.ShortlistedIdeas.Count > 0)
        {
            yield return CardParts.MinorHeading(text.Counted("ShortlistHeading", map.ShortlistedIdeas.Count, map.ShortlistedIdeas.Count));
            foreach (var idea in map.ShortlistedIdeas.Take(IdeasPerPage))
            {
                yield return new TextBlock(text.Format("ShortlistLine", CardText.Shown(idea.Details.Title, TitleLength))) { Spacing = Spacing.None };
            }
        }
    }

    private static IEnumerable<CardElement> OpenFields(FormState form, JourneyMap map)
    {
        var text = form.Text;
        foreach (var field in FormFields.Number(form, VotesPerPersonInput, "votesPerPerson", text["VotesPerPersonLabel"], map.VotesPerPerson, Limits.MinVotesPerPerson, Limits.MaxVotesPerPerson, required: true))
        {
            yield return field;
        }

        foreach (var field in FormFields.Choice(form, MultipleInput, "multipleVotesPerIdea", text["MultipleVotesLabel"],
            [new Choice(text["OneVotePerIdeaChoice"], "false"), new Choice(text["SeveralVotesPerIdeaChoice"], "true")],
            map.MultipleVotesPerIdea ? "true" : "false", expanded: true))
        {
            yield return field;
        }
    }

    private static MapOutcome OpenVoting(JourneyMap map, WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var votes = click.Inputs.WholeNumber(VotesPerPersonInput, "votesPerPerson", errors) ?? Limits.DefaultVotesPerPerson;
        return errors.Count > 0
            ? MapOutcomes.Refused(map, [.. errors])
            : map.OpenVoting(click.Actor, votes, click.Inputs.Text(MultipleInput) == "true");
    }

    /// <summary>The form to open voting on its own, after a refused number.</summary>
    private static AdaptiveCard OpenForm(StepView view) => FormCard.Build(view, view.Text["OpenVotingButton"], OpenFields(view.Form, view.Map),
        new ExecuteAction(view.Text["OpenVotingSubmit"], AnalyzeVerbs.OpenVoting, ButtonData.For(view.Map)) { Style = ActionStyle.Positive });

    /// <summary>The votes typed for the ideas of the page; an idea left empty keeps the person's votes on it.</summary>
    private static MapOutcome SaveVotes(JourneyMap map, WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var page = ItemPage.For(map.Ideas.Count, IdeasPerPage, click.Card.Number);
        var counts = new List<VoteCount>();
        foreach (var idea in page.Of(map.Ideas, IdeasPerPage))
        {
            if (click.Inputs.WholeNumber(VoteInput(idea.Id), $"votes.{idea.Id}", errors) is { } count)
            {
                counts.Add(new VoteCount(idea.Id, count));
            }
        }

        return errors.Count > 0 ? MapOutcomes.Refused(map, [.. errors]) : map.SetVotes(click.Actor, counts, click.At);
    }

    private static MapOutcome SaveScore(JourneyMap map, WorkshopClick click)
    {
        var errors = new List<ValidationError>();
        var customer = click.Inputs.WholeNumber(CustomerImpactInput, "customerImpact", errors);
        var business = click.Inputs.WholeNumber(BusinessImpactInput, "businessImpact", errors);
        var effort = click.Inputs.WholeNumber(EffortInput, "effort", errors);
        foreach (var (value, field) in new[] { (customer, "customerImpact"), (business, "businessImpact"), (effort, "effort") })
        {
            if (value is null && errors.All(error => error.Field != field))
            {
                errors.Add(ValidationError.Of(field, ErrorCodes.Required));
            }
        }

        return errors.Count > 0 || customer is null || business is null || effort is null
            ? MapOutcomes.Refused(map, [.. errors])
            : map.ScoreIdea(click.Actor, click.Card.IdeaId ?? string.Empty, customer.Value, business.Value, effort.Value, click.At);
    }

    /// <summary>
    /// A person's own voting card: their votes on each idea of the page (a number each), their score of each, and the
    /// votes they have left. Only they get it; nobody else's votes are on it.
    /// </summary>
    private static AdaptiveCard MyVotes(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var viewer = view.Observer;
        var voting = map.VotingFor(viewer);
        var body = new List<CardElement>(FormCard.Heading(view, text["MyVotesTitle"]));
        if (voting.State != VotingState.Open)
        {
            body.Add(new TextBlock(text[voting.State == VotingState.Closed ? "VotingClosedNoChanges" : "VotingNotOpened"]));
            return new AdaptiveCard(body) { Actions = [BoardButtons.Back(view)] };
        }

        body.Add(new TextBlock(text.Format("VotingYours", voting.OwnVotesUsed, voting.VotesPerPerson)));
        body.Add(CardParts.Note(text[map.MultipleVotesPerIdea ? "MyVotesHintMultiple" : "MyVotesHint"]));
        body.AddRange(FormFields.ErrorBelow(view.Form, "votes"));
        var page = ItemPage.For(voting.Ideas.Count, IdeasPerPage, view.Click?.Card.Number);
        var maxPerIdea = map.MultipleVotesPerIdea ? map.VotesPerPerson : 1;
        foreach (var entry in page.Of(voting.Ideas, IdeasPerPage))
        {
            var idea = entry.Idea;
            body.Add(new TextBlock(CardText.Shown(idea.Details.Title, TitleLength)) { Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
            body.AddRange(FormFields.Number(view.Form, VoteInput(idea.Id), $"votes.{idea.Id}", text["MyVotesOnIdeaLabel"], entry.OwnVotes, 0, maxPerIdea));
            var score = entry.OwnScore is { } own
                ? text.Format("MyScoreLine", own.CustomerImpact, own.BusinessImpact, own.Effort)
                : text["MyScoreNone"];
            body.Add(CardParts.Note(score, Spacing.None));
            body.Add(new ActionSet([new ExecuteAction(text["ScoreIdeaButton"], AnalyzeVerbs.ScoreIdea, ButtonData.For(map, ideaId: idea.Id)) { AssociatedInputs = AssociatedInputs.None }])
            {
                Spacing = Spacing.None,
            });
        }

        body.AddRange(page.Pager(view, AnalyzeVerbs.MyVotes, IdeasPerPage, voting.Ideas.Count));
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(text["SaveVotesButton"], AnalyzeVerbs.SaveVotes, ButtonData.For(map, number: page.Number)) { Style = ActionStyle.Positive },
                BoardButtons.Back(view),
            ],
        };
    }

    /// <summary>A person's impact and effort score of one idea (each 1 to 5), theirs alone until voting closes.</summary>
    private static AdaptiveCard ScoreForm(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var voting = map.VotingFor(view.Observer);
        if (voting.Ideas.FirstOrDefault(entry => entry.Idea.Id == view.Click?.Card.IdeaId) is not { } entry)
        {
            return FormCard.Gone(view);
        }

        var scale = Enumerable.Range(Limits.MinRating, Limits.MaxRating - Limits.MinRating + 1)
            .Select(value => value.ToString(CultureInfo.InvariantCulture)).ToArray();
        IReadOnlyList<Choice> Scale(string key) => [.. scale.Select(value => new Choice(text.Format(key, value), value))];
        var own = entry.OwnScore;
        var fields = new List<CardElement>
        {
            new TextBlock(CardText.Shown(entry.Idea.Details.Title, TitleLength)) { Weight = TextWeight.Bolder },
        };
        if (voting.State != VotingState.Open)
        {
            fields.Add(new TextBlock(text[voting.State == VotingState.Closed ? "VotingClosedNoChanges" : "VotingNotOpened"]));
        }

        fields.AddRange(FormFields.ErrorBelow(view.Form, "voting"));
        fields.AddRange(FormFields.Choice(view.Form, CustomerImpactInput, "customerImpact", text["CustomerImpactLabel"], Scale("ImpactChoice"), Stored(own?.CustomerImpact), required: true));
        fields.AddRange(FormFields.Choice(view.Form, BusinessImpactInput, "businessImpact", text["BusinessImpactLabel"], Scale("ImpactChoice"), Stored(own?.BusinessImpact), required: true));
        fields.AddRange(FormFields.Choice(view.Form, EffortInput, "effort", text["EffortLabel"], Scale("EffortChoice"), Stored(own?.Effort), required: true));
        var card = FormCard.Build(view, text["ScoreIdeaTitle"], fields,
            new ExecuteAction(text["SaveButton"], AnalyzeVerbs.SaveScore, ButtonData.For(map, ideaId: entry.Idea.Id)) { Style = ActionStyle.Positive });
        return card with { Actions = [.. card.Actions ?? [], new ExecuteAction(text["MyVotesButton"], AnalyzeVerbs.MyVotes, ButtonData.For(map)) { AssociatedInputs = AssociatedInputs.None }] };
    }

    private static string? Stored(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>After voting closed: every idea best first, a page at a time, with Shortlist for facilitators; the grid below.</summary>
    private static AdaptiveCard Results(StepView view)
    {
        var (map, text) = (view.Map, view.Text);
        var voting = map.VotingFor(view.Observer);
        var body = new List<CardElement>(FormCard.Heading(view, text["ResultsTitle"]));
        if (voting.State != VotingState.Closed)
        {
            body.Add(new TextBlock(text["ResultsNotYet"]));
            return new AdaptiveCard(body) { Actions = [BoardButtons.Back(view)] };
        }

        body.Add(CardParts.Subtle(text.Format("VotingClosedSummary", Count(text, voting.Voters), Count(text, voting.Scorers))));
        var page = ItemPage.For(voting.Ranking.Count, IdeasPerPage, view.Click?.Card.Number);
        var mayShortlist = map.Status == WorkshopStatus.Active && view.Viewer is { } viewer && map.IsFacilitator(viewer);
        foreach (var entry in page.Of(voting.Ranking, IdeasPerPage))
        {
            body.AddRange(RankedLines(text, [entry]));
            if (mayShortlist)
            {
                var shortlisted = entry.Idea.IsShortlisted;
                body.Add(new ActionSet([new ExecuteAction(text[shortlisted ? "UnshortlistButton" : "ShortlistButton"], shortlisted ? AnalyzeVerbs.Unshortlist : AnalyzeVerbs.Shortlist,
                    ButtonData.For(map, ideaId: entry.Idea.Id, number: page.Number))]) { Spacing = Spacing.None });
            }
        }

        body.AddRange(page.Pager(view, AnalyzeVerbs.Results, IdeasPerPage, voting.Ranking.Count));
        body.AddRange(GridLines(text, voting, IdeasPerPage));
        return new AdaptiveCard(body) { Actions = [BoardButtons.Back(view)] };
    }

    /// <summary>"#1 Title ★ — 5 votes (3 people) · impact 4.2 · effort 2 · Quick win".</summary>
    private static IEnumerable<CardElement> RankedLines(BotText text, IEnumerable<IdeaVotingView> ranked)
    {
        foreach (var entry in ranked)
        {
            if (entry.Result is not { } result)
            {
                continue;
            }

            var title = CardText.Shown(entry.Idea.Details.Title, TitleLength) + (entry.Idea.IsShortlisted ? " ★" : string.Empty);
            var scores = result is { Impact: { } impact, Effort: { } effort, Quadrant: { } quadrant }
                ? text.Format("RankedScores", Mean(text, impact), Mean(text, effort), text[$"Quadrant.{quadrant}"])
                : text["RankedNotScored"];
            yield return new TextBlock(text.Format("RankedLine", result.Rank, title, text.Counted("VotesCount", result.Votes, result.Votes), scores))
            {
                Spacing = Spacing.Small,
            };
        }
    }

    /// <summary>The impact x effort grid as four short lists, quick wins first.</summary>
    private static IEnumerable<CardElement> GridLines(BotText text, VotingView voting, int perQuadrant)
    {
        if (voting.Grid.All(quadrant => quadrant.Ideas.Count == 0))
        {
            yield break;
        }

        yield return CardParts.MinorHeading(text["GridHeading"]);
        var facts = voting.Grid
            .Where(quadrant => quadrant.Ideas.Count > 0)
            .Select(quadrant => new Fact(
                text[$"Quadrant.{quadrant.Quadrant}"],
                string.Join(", ", quadrant.Ideas.Take(perQuadrant).Select(entry => CardText.Shown(entry.Idea.Details.Title, 40)))
                    + (quadrant.Ideas.Count > perQuadrant ? " " + text.Format("AndMore", quadrant.Ideas.Count - perQuadrant) : string.Empty)))
            .ToList();
        yield return new FactSet(facts);
        yield return CardParts.Note(text["GridExplained"]);
    }

    private static string Mean(BotText text, decimal value) => value.ToString("0.##", text.Language.Culture());

    private static string Count(BotText text, int value) => value.ToString("#,0", text.Language.Culture());
}
