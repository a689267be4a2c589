using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using JourneyBot.Cards;
using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Dialog;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps;
using JourneyBot.Workshops.Steps.FeedbackAndData;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;
using JourneyBot.Workshops.Steps.Visualize;
using JourneyBot.Workshops.Versions;
using Microsoft.Extensions.DependencyInjection;
using static JourneyBot.Tests.Storage.Workshops.SampleWorkshops;

namespace JourneyBot.Tests.Routing;

/// <summary>
/// The table of card verbs, read from the running app's own steps and flow: every verb is answered by exactly one owner,
/// is spelled <c>subject.action</c>, is listed in its step's <c>*Verbs.cs</c>, and is on a button some card really draws
/// (found by clicking through every card from the boards, with the real handlers and the pure domain).
/// </summary>
[Collection(BotTests.Name)]
public sealed partial class VerbTableTests(BotEnvironment environment)
{
    /// <summary>Verbs the dialog answers itself (setup, create, resume) and the router's own (help, start).</summary>
    private static readonly string[] OutsideTheTable = [WorkshopVerbs.Setup, WorkshopVerbs.Create, WorkshopVerbs.Resume, CardVerbs.Help, CardVerbs.Start];

    [Fact]
    public async Task Every_verb_has_one_owner_one_spelling_and_a_card_that_sends_it()
    {
        await using var bot = await environment.StartBotAsync();
        var steps = bot.Services.GetServices<IWorkshopStep>().ToList();
        var flow = bot.Services.GetRequiredService<WorkshopFlow>();
        var others = bot.Services.GetServices<IWorkshopVerbs>().ToList();
        var owners = steps.Select(step => (Owner: $"{step.GetType().Name} {(int)step.Number}", Verbs: (IEnumerable<string>)step.Verbs.Keys))
            .Append((Owner: nameof(WorkshopFlow), Verbs: flow.Verbs.Keys))
            .Concat(others.Select(other => (Owner: other.GetType().Name, Verbs: (IEnumerable<string>)other.Verbs.Keys)))
            .Append((Owner: "dialog and router", Verbs: OutsideTheTable))
            .ToList();
        var everyVerb = owners.SelectMany(owner => owner.Verbs.Select(verb => (owner.Owner, Verb: verb))).ToList();

        var duplicates = everyVerb.GroupBy(entry => entry.Verb).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(entry => entry.Owner))}");
        Assert.Empty(duplicates);
        var misspelled = everyVerb.Select(entry => entry.Verb).Where(verb => verb is not (CardVerbs.Help or CardVerbs.Start) && !SubjectAction().IsMatch(verb)).ToList();
        Assert.True(misspelled.Count == 0, $"not subject.action: {string.Join(", ", misspelled)}");
        foreach (var step in steps.Where(step => step.Verbs.Count > 0))
        {
            Assert.Equal(Listed(step).Order(StringComparer.Ordinal), step.Verbs.Keys.Order(StringComparer.Ordinal));
        }

        foreach (var other in others)
        {
            var verbs = other.GetType().Assembly.GetType($"{other.GetType().Namespace}.{other.GetType().Name[..^"Flow".Length]}Verbs")
                ?? throw new InvalidOperationException($"{other.GetType().Name} has no *Verbs class in its folder.");
            Assert.Equal(
                verbs.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral).Select(field => (string)field.GetRawConstantValue()!).Order(StringComparer.Ordinal),
                other.Verbs.Keys.Order(StringComparer.Ordinal));
        }

        var sent = new CardCrawl([.. steps, .. others], flow, bot.Services.GetRequiredService<WorkshopBoard>(), bot.Services.GetRequiredService<MapCard>()).SentVerbs();
        Assert.Empty(everyVerb.Select(entry => entry.Verb).Except(sent).Select(verb => $"no card sends {verb}"));
    }

    [Fact]
    public async Task The_crawl_finds_what_the_boards_send_and_nothing_they_do_not()
    {
        // Guards the test above: a crawl that found every verb by accident would prove nothing.
        await using var bot = await environment.StartBotAsync();
        var crawl = new CardCrawl(
            [.. bot.Services.GetServices<IWorkshopStep>(), .. bot.Services.GetServices<IWorkshopVerbs>()], bot.Services.GetRequiredService<WorkshopFlow>(), bot.Services.GetRequiredService<WorkshopBoard>(), bot.Services.GetRequiredService<MapCard>());

        var sent = crawl.SentVerbs();

        Assert.Contains(TouchpointsAndChannelsVerbs.RemoveTouchpointWithWork, sent); // only on the confirmation a refused removal shows
        Assert.Contains(FeedbackAndDataVerbs.OpenNotePage, sent); // only where a stage has more notes than a page
        Assert.DoesNotContain("touchpoint.remove.all", sent);
    }

    /// <summary>The constants of the step's <c>*Verbs</c> class, beside its <c>*Step</c> class in the step's folder.</summary>
    private static IEnumerable<string> Listed(IWorkshopStep step)
    {
        var type = step.GetType();
        var verbs = type.Assembly.GetType($"{type.Namespace}.{type.Name[..^"Step".Length]}Verbs")
            ?? throw new InvalidOperationException($"{type.Name} has no {type.Name[..^"Step".Length]}Verbs in its folder.");
        return verbs.GetFields(BindingFlags.Public | BindingFlags.Static).Where(field => field.IsLiteral).Select(field => (string)field.GetRawConstantValue()!);
    }

    [GeneratedRegex("^[a-z][a-zA-Z]*\\.[a-z][a-zA-Z]*$")]
    private static partial Regex SubjectAction();

    /// <summary>
    /// Clicks through every button of every card, starting from each step's board (for the facilitator, a participant and
    /// the shared message) and the cards outside a workshop, as the dialog would: a Show draws its card; an Apply runs the
    /// command on the map and draws the new board, or the form with its errors when refused.
    /// </summary>
    private sealed class CardCrawl(IReadOnlyList<IWorkshopVerbs> steps, WorkshopFlow flow, WorkshopBoard board, MapCard mapCard)
    {
        private const int MostClicks = 5_000;
        private readonly Dictionary<string, Func<WorkshopClick, ClickAnswer>> _handlers =
            steps.SelectMany(step => step.Verbs).Concat(flow.Verbs).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

        public HashSet<string> SentVerbs()
        {
            var sent = new HashSet<string>(StringComparer.Ordinal);
            var clicked = new HashSet<string>(StringComparer.Ordinal);
            var cards = new Queue<(JsonElement Card, JourneyMap Map)>();
            foreach (var map in new[] { Busy(), Rich() })
            {
                var text = WorkshopText.Of(map);
                cards.Enqueue((HelpCard.Build(text, HowToType.Plain).ToJson(), map));
                cards.Enqueue((StartCard.Build(text).ToJson(), map));
                cards.Enqueue((WelcomeCard.Build(text, HowToType.Plain).ToJson(), map));
                cards.Enqueue((SetupCard.Build(text, "w-new", replaces: map.Id).ToJson(), map));
                cards.Enqueue((ReplaceCard.Build(text, map).ToJson(), map));
                cards.Enqueue((WorkshopListCard.Build(text, [new ConversationWorkshop { WorkshopId = map.Id, Name = map.Name, CreatedAt = map.CreatedAt }]).ToJson(), map));
                cards.Enqueue((mapCard.Standalone(new StepView { Map = map, Text = text, Viewer = Alice }).ToJson(), map));
                foreach (var step in Enum.GetValues<WorkshopStep>())
                {
                    var at = map with { CurrentStep = step };
                    foreach (var viewer in new[] { Alice, Chris, null })
                    {
                        cards.Enqueue((board.Build(new StepView { Map = at, Text = text, Viewer = viewer }).ToJson(), at));
                    }
                }
            }

            while (cards.TryDequeue(out var next) && clicked.Count < MostClicks)
            {
                var chosen = FirstChoices(next.Card);
                foreach (var (verb, data) in Buttons(next.Card).Select(button => (button.Verb, WithInputs(button.Data, chosen))))
                {
                    sent.Add(verb);
                    var card = WorkshopCardData.Parse(data) ?? throw new InvalidOperationException($"A card sends {verb} with data it cannot read: {data}");
                    var key = $"{verb}|{string.Join("|", CardView.SubjectKeys.Select(subject => data.TryGetProperty(subject, out var id) ? id.GetString() : null))}|{card.Number}|{next.Map.Version}";
                    if (_handlers.TryGetValue(verb, out var handler) && clicked.Add(key))
                    {
                        var click = new WorkshopClick { Verb = verb, Card = card, Inputs = new SubmittedInputs(data), Actor = Alice, At = Start.AddHours(1) };
                        cards.Enqueue(Answer(handler(click), click, next.Map));
                    }
                }
            }

            return sent;
        }

        private (JsonElement, JourneyMap) Answer(ClickAnswer answer, WorkshopClick click, JourneyMap map)
        {
            var view = new StepView { Map = map, Text = WorkshopText.Of(map), Viewer = click.Actor, Click = click };
            if (answer is ShowAnswer show)
            {
                return (show.Card(view).ToJson(), map);
            }

            if (answer is MembersAnswer needsMembers)
            {
                // As when Teams lists nobody: the form offers the workshop's own people.
                return Answer(needsMembers.Then(null), click, map);
            }

            if (answer is StartFromAnswer startFrom)
            {
                var started = startFrom.Start(map);
                return started.Map is { } created
                    ? (board.Build(new StepView { Map = created, Text = WorkshopText.Of(created), Viewer = click.Actor }).ToJson(), created)
                    : (startFrom.Form(view with { Errors = started.Errors }).ToJson(), map);
            }

            if (answer is ShowLoadedAnswer)
            {
                // Cards drawn from stored versions: two versions of this very map stand in for what the store would list.
                return (VersionCards(view, click.Verb).ToJson(), map);
            }

            var apply = (ApplyAnswer)answer;
            var outcome = apply.Command(map);
            if (outcome.Succeeded)
            {
                return (board.Build(view with { Map = outcome.Map, Click = null }).ToJson(), outcome.Map);
            }

            return ((apply.Form?.Invoke(view with { Errors = outcome.Errors }) ?? board.Build(view with { Click = null })).ToJson(), map);
        }

        private static AdaptiveCard VersionCards(StepView view, string verb)
        {
            var finished = view.Map with { Status = WorkshopStatus.Finished, FinishedAt = Start, FinishedBy = Alice };
            var version = MapVersion.Of(finished, MapAnalysis.Of(finished, AnalysisThresholds.Default));
            return verb == VersionsVerbs.Compare
                ? ComparisonCard.Build(view, VersionComparison.Of(version, version with { Number = 2 }))
                : VersionsCard.Build(view, [new MapVersionSummary(1, Start, Alice), new MapVersionSummary(2, Start.AddDays(90), Alice)], []);
        }

        /// <summary>What Teams sends for the card's pickers when the person takes the first choice of each.</summary>
        private static Dictionary<string, string> FirstChoices(JsonElement card)
        {
            var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var choiceSet in Elements(card).Where(element => element.TryGetProperty("type", out var type) && type.GetString() == "Input.ChoiceSet"))
            {
                if (choiceSet.TryGetProperty("choices", out var choices) && choices.GetArrayLength() > 0)
                {
                    chosen.TryAdd(choiceSet.GetProperty("id").GetString()!, choices[0].GetProperty("value").GetString()!);
                }
            }

            return chosen;
        }

        /// <summary>The button's data with the inputs merged in, as Teams merges them.</summary>
        private static JsonElement WithInputs(JsonElement data, Dictionary<string, string> inputs)
        {
            var merged = data.ValueKind == JsonValueKind.Object
                ? data.EnumerateObject().ToDictionary(property => property.Name, property => (object)property.Value, StringComparer.Ordinal)
                : [];
            foreach (var (id, value) in inputs)
            {
                merged.TryAdd(id, value);
            }

            return JsonSerializer.SerializeToElement(merged);
        }

        private static IEnumerable<JsonElement> Elements(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(property => Elements(property.Value)).Prepend(element),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(Elements),
            _ => [],
        };

        /// <summary>Every Action.Execute on the card, folded forms (Action.ShowCard) included.</summary>
        private static IEnumerable<(string Verb, JsonElement Data)> Buttons(JsonElement card) =>
            Elements(card)
                .Where(element => element.TryGetProperty("type", out var type) && type.GetString() == "Action.Execute")
                .Select(button => (button.GetProperty("verb").GetString()!, button.TryGetProperty("data", out var data) ? data : default));
    }

    /// <summary>A map with more of everything than a card shows at once, a co-facilitator, dependents to confirm, and Alice's own scores.</summary>
    private static JourneyMap Busy()
    {
        var map = Ok(New().AddCoFacilitator(Alice, Bora));
        var at = Start;
        for (var i = 0; i < 12; i++)
        {
            map = Ok(map.AddGoal(Chris, $"goal-{i}", $"Goal {i}", at = at.AddMinutes(1)));
        }

        for (var i = 0; i < PersonasSection.ShownPersonas + 2; i++)
        {
            map = Ok(map.AddPersona(Chris, $"persona-{i}", FullProfile($"Persona {i}"), at = at.AddMinutes(1)));
        }

        map = Ok(map.WriteCell(Chris, "persona-0", StageKeys.Awareness, FullCell(), at = at.AddMinutes(1)));
        map = Ok(map.ScoreEmotion(Alice, "persona-0", StageKeys.Awareness, 1, null, at = at.AddMinutes(1)));
        for (var i = 0; i < StageTouchpointsCard.PageSize + 2; i++)
        {
            map = Ok(map.AddTouchpoint(Chris, $"touchpoint-{i}", StageKeys.Awareness, new TouchpointDetails
            {
                Name = $"Touchpoint {i}", Category = TouchpointCategory.Marketing, Mode = ChannelMode.Online,
            }, at = at.AddMinutes(1)));
        }

        map = Ok(map.RateSatisfaction(Alice, "touchpoint-0", 4, at = at.AddMinutes(1)));
        for (var i = 0; i < KpiSection.PageSize + 1; i++)
        {
            map = Ok(map.AddKpi(Chris, $"kpi-{i}", StageKeys.Awareness, new KpiDetails { Name = $"KPI {i}", Value = i, Source = EvidenceSource.WebAnalytics }, at = at.AddMinutes(1)));
        }

        for (var i = 0; i < EvidenceSection.PageSize + 1; i++)
        {
            map = Ok(map.AddEvidenceNote(Chris, $"note-{i}", $"Note {i}", EvidenceTarget.Stage(StageKeys.Awareness), EvidenceBacking.Assumption, at = at.AddMinutes(1)));
        }

        for (var i = 0; i < JourneyBot.Workshops.Steps.Analyze.IdeasSection.ShownIdeas + 2; i++)
        {
            map = Ok(map.AddIdea(Chris, $"idea-{i}", new IdeaDetails { Title = $"Idea {i}", GoalId = "goal-0" }, at = at.AddMinutes(1)));
        }

        // Step 7: two shortlisted ideas, one made into an action, and more actions than the board shows.
        map = Ok(map.ShortlistIdea(Alice, "idea-0", shortlisted: true));
        map = Ok(map.ShortlistIdea(Alice, "idea-1", shortlisted: true));
        for (var i = 0; i < JourneyBot.Workshops.Steps.Implement.ActionsSection.ShownActions + 2; i++)
        {
            map = Ok(map.AddAction(Chris, $"action-{i}", new ActionDetails { Title = $"Action {i}", Owner = Bora, KpiId = "kpi-0", KpiTarget = 10 }, i == 0 ? "idea-0" : null, at = at.AddMinutes(1)));
        }

        return Ok(map.AddEvidenceNote(Chris, "note-touchpoint", "About the first touchpoint", EvidenceTarget.Touchpoint("touchpoint-0"), EvidenceBacking.DataBacked, at.AddMinutes(1)));
    }
}
