using JourneyBot.Tests.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Versions;

/// <summary>
/// The largest map step 7 is tested with: 5 personas x 8 stages, every text at its <see cref="Limits"/> maximum in Korean
/// (syllables drawn at random, so it does not compress away), every cell written and scored by three people and revealed,
/// three touchpoints and two KPIs per stage, a note per stage, 20 ideas and 20 actions. Built through the domain's commands.
/// </summary>
internal static class LargestMaps
{
    public static readonly Participant[] People = [SampleWorkshops.Alice, SampleWorkshops.Bora, SampleWorkshops.Chris];

    /// <summary>Korean text of exactly <paramref name="length"/> syllables, different for each <paramref name="seed"/>.</summary>
    public static string Korean(int length, int seed)
    {
        var random = new Random(seed);
        return string.Create(length, random, (span, r) =>
        {
            for (var index = 0; index < span.Length; index++)
            {
                span[index] = index % 7 == 6 ? ' ' : (char)('가' + r.Next(11172));
            }

            if (span.Length > 0)
            {
                span[^1] = '다';
            }
        });
    }

    /// <summary>The commands that fill <paramref name="map"/> (whose first 8 stages are used) as the largest map; actions come separately (<see cref="WithActions"/>).</summary>
    public static IEnumerable<Func<JourneyMap, MapOutcome>> Commands(JourneyMap map, Participant facilitator, DateTimeOffset at)
    {
        const int Short = Limits.MaxShortTextLength;
        const int Long = Limits.MaxLongTextLength;
        var seed = 1;
        var stages = map.StagesInOrder.Take(8).Select(stage => stage.Id).ToArray();
        for (var persona = 1; persona <= 5; persona++)
        {
            var id = $"p{persona}";
            var profile = new PersonaProfile
            {
                Name = $"{persona} " + Korean(Limits.MaxNameLength - 2, seed++),
                Demographics = new Demographics { AgeRange = Korean(Short, seed++), Gender = Korean(Short, seed++), Location = Korean(Short, seed++), Income = Korean(Short, seed++), Education = Korean(Short, seed++) },
                Firmographics = new Firmographics { CompanySize = Korean(Short, seed++), Industry = Korean(Short, seed++), Revenue = Korean(Short, seed++), Location = Korean(Short, seed++), TechStack = Korean(Short, seed++) },
                Role = new PersonaRole { JobTitle = Korean(Short, seed++), ReportsTo = Korean(Short, seed++) },
                Behaviour = new PersonaBehaviour { WebActivity = Korean(Long, seed++), PurchaseHistory = Korean(Long, seed++), ProductUsage = Korean(Long, seed++), SupportContacts = Korean(Long, seed++) },
                Goals = Korean(Long, seed++),
                PainPoints = Korean(Long, seed++),
                PreferredChannels = Korean(Short, seed++),
                TypicalQuestions = Korean(Long, seed++),
                DayInTheLife = Korean(Long, seed++),
                TriggerEvents = Korean(Long, seed++),
            };
            yield return current => current.AddPersona(facilitator, id, profile, at);
        }

        for (var stage = 0; stage < stages.Length; stage++)
        {
            var stageId = stages[stage];
            var index = stage;
            for (var persona = 1; persona <= 5; persona++)
            {
                var personaId = $"p{persona}";
                var notes = new CellNotes { CustomerGoal = Korean(Long, seed++), Actions = Korean(Long, seed++), ThoughtsAndQuestions = Korean(Long, seed++), PainPoints = Korean(Long, seed++) };
                yield return current => current.WriteCell(facilitator, personaId, stageId, notes, at);
                foreach (var (person, number) in People.Select((person, number) => (person, number)))
                {
                    var score = ((index + persona + number) % 5) - 2;
                    var word = Korean(Short, seed++);
                    yield return current => current.ScoreEmotion(person, personaId, stageId, score, word, at);
                }
            }

            for (var touchpoint = 0; touchpoint < 3; touchpoint++)
            {
                var details = new TouchpointDetails { Name = Korean(Limits.MaxNameLength, seed++), Category = TouchpointCategory.Marketing, Mode = ChannelMode.Online, Channel = Korean(Short, seed++), OwningTeam = Korean(Short, seed++) };
                var touchpointId = $"t{index}-{touchpoint}";
                yield return current => current.AddTouchpoint(facilitator, touchpointId, stageId, details, at);
            }

            for (var kpi = 0; kpi < 2; kpi++)
            {
                var details = new KpiDetails { Name = Korean(Limits.MaxNameLength, seed++), Value = 10_000m / (index + 1) + kpi, Period = Korean(Short, seed++), Target = 20_000m, Source = EvidenceSource.WebAnalytics, IsStageVolume = kpi == 0 };
                var kpiId = $"k{index}-{kpi}";
                yield return current => current.AddKpi(facilitator, kpiId, stageId, details, at);
            }

            var note = Korean(Long, seed++);
            yield return current => current.AddEvidenceNote(facilitator, $"n{index}", note, EvidenceTarget.Stage(stageId), EvidenceBacking.PartlyBacked, at);
        }

        yield return current => current.RevealEmotions(facilitator);
        for (var idea = 1; idea <= 20; idea++)
        {
            var details = new IdeaDetails { Title = Korean(Limits.MaxNameLength, seed++), Description = Korean(Long, seed++) };
            var ideaId = $"i{idea}";
            yield return current => current.AddIdea(facilitator, ideaId, details, at);
        }
    }

    /// <summary>
    /// <see cref="WithActions"/>'s 20 action items made as the team makes them: each idea shortlisted, an action added from it
    /// by <paramref name="owner"/> (a facilitator) and moved to <paramref name="status"/>.
    /// </summary>
    public static IEnumerable<Func<JourneyMap, MapOutcome>> ActionCommands(Participant owner, DateTimeOffset at, ActionStatus status = ActionStatus.InProgress)
    {
        foreach (var action in WithActions(SampleWorkshops.New(), owner, at).Actions)
        {
            yield return current => current.ShortlistIdea(owner, action.IdeaId!, shortlisted: true);
            yield return current => current.AddAction(owner, action.Id, action.Details, action.IdeaId, at);
            yield return current => current.SetActionStatus(owner, action.Id, status);
        }
    }

    /// <summary>The 20 action items of <see cref="ActionCommands"/> moved to <paramref name="status"/> by <paramref name="owner"/>.</summary>
    public static IEnumerable<Func<JourneyMap, MapOutcome>> ActionStatusCommands(Participant owner, ActionStatus status) =>
        Enumerable.Range(1, 20).Select(number => (Func<JourneyMap, MapOutcome>)(current => current.SetActionStatus(owner, $"a{number}", status)));

    /// <summary>20 action items with every field at its longest, set directly for the storage round trips (the app's path is <see cref="ActionCommands"/>).</summary>
    public static JourneyMap WithActions(JourneyMap map, Participant owner, DateTimeOffset at, ActionStatus status = ActionStatus.InProgress) => map with
    {
        Actions =
        [
            .. Enumerable.Range(1, 20).Select(number => new ActionItem
            {
                Id = $"a{number}",
                Details = new ActionDetails { Title = Korean(Limits.MaxNameLength, 10_000 + number), Owner = owner, DueDate = new DateOnly(2027, 3, 31), KpiId = "k0-0", KpiTarget = 12_000m },
                Status = status,
                IdeaId = $"i{number}",
                Author = owner,
                CreatedAt = at,
            }),
        ],
    };

    /// <summary>The largest map, built on a new SaaS workshop (8 stages) with Alice facilitating, at step 7.</summary>
    public static JourneyMap Build(string? id = null)
    {
        var map = SampleWorkshops.New(id);
        map = Commands(map, SampleWorkshops.Alice, SampleWorkshops.Start).Aggregate(map, (current, command) => SampleWorkshops.Ok(command(current)));
        map = SampleWorkshops.Ok(map.GoToStep(SampleWorkshops.Alice, 7));
        return WithActions(map, SampleWorkshops.Bora, SampleWorkshops.Start);
    }
}
