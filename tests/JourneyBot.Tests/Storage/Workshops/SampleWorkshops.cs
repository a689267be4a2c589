using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Storage.Workshops;

/// <summary>Maps to store, built through the domain's own commands, and a way to compare two maps field by field.</summary>
internal static class SampleWorkshops
{
    public static readonly Participant Alice = new("aad-alice", "Alice Kim");
    public static readonly Participant Bora = new("aad-bora", "Bora Lee");
    public static readonly Participant Chris = new("aad-chris", "Chris Park");
    public static readonly Participant Dana = new("aad-dana", "Dana Choi");

    /// <summary>The tenant and conversation the tests' workshops belong to: a Teams channel.</summary>
    public static readonly WorkshopOwner Owner = new("tenant-contoso", "19:journeys@thread.tacv2");

    public static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(9));

    private static readonly JsonSerializerOptions Compared = new() { WriteIndented = true };

    /// <summary>A new SaaS workshop with Alice facilitating: the header and the template's eight stages.</summary>
    public static JourneyMap New(string? id = null)
    {
        var started = JourneyMap.Start(new NewWorkshop
        {
            Id = id ?? Guid.NewGuid().ToString("N"),
            Name = "Onboarding journey",
            MapType = MapType.CurrentState,
            Template = StageTemplate.Saas,
            Language = WorkshopLanguages.English,
            Facilitator = Alice,
            CreatedAt = Start,
        });
        Assert.True(started.Succeeded, string.Join("; ", started.Errors));
        return started.Map;
    }

    /// <summary>A map with every kind of item and every optional field set somewhere (see <see cref="NullFields"/>).</summary>
    public static JourneyMap Rich(string? id = null)
    {
        var map = New(id);
        var at = Start;
        map = Ok(map.AddCoFacilitator(Alice, Bora));
        map = Ok(map.Rename(Bora, "온보딩 여정 — Onboarding"));
        map = Ok(map.ChangeLanguage(Alice, WorkshopLanguages.Korean));
        map = Ok(map.GoToStep(Alice, 4));
        map = Ok(map.RevealEmotions(Bora));
        map = Ok(map.AddGoal(Chris, "goal-1", "Find where trial users give up \"before\" they see value", at.AddMinutes(1)));
        map = Ok(map.AddPersona(Chris, "persona-1", FullProfile("Jiwoo, the ops lead"), at.AddMinutes(2)));
        var example = ExamplePersonas.All[0];
        map = Ok(map.AddPersonas(Bora, [new NewPersona("persona-2", example.Profile, example.Key)], at.AddMinutes(2.5)));
        map = Ok(map.AddCustomStage(Alice, "stage-renewal", "Renewal call", at.AddMinutes(3)));
        map = Ok(map.RenameStage(Bora, StageKeys.Awareness, "Hearing about us"));
        map = Ok(map.WriteCell(Chris, "persona-1", StageKeys.Awareness, new CellNotes { CustomerGoal = "Know it exists" }, at.AddMinutes(4)));
        map = Ok(map.WriteCell(Bora, "persona-1", StageKeys.Awareness, FullCell(), at.AddMinutes(5)));
        map = Ok(map.ScoreEmotion(Chris, "persona-1", StageKeys.Awareness, -1, "confused", at.AddMinutes(6)));
        map = Ok(map.AddTouchpoint(Chris, "touchpoint-1", StageKeys.Awareness, new TouchpointDetails
        {
            Name = "Company website",
            Category = TouchpointCategory.Marketing,
            Mode = ChannelMode.Online,
            Channel = "web",
            OwningTeam = "Growth",
            SuggestionKey = "website",
        }, at.AddMinutes(7)));
        map = Ok(map.RateChannelFit(Chris, "touchpoint-1", new ChannelFit(4, 5, 2)));
        map = Ok(map.AddKpi(Bora, "kpi-1", StageKeys.Awareness, new KpiDetails
        {
            Name = "Digital impressions",
            Value = 125_000.25m,
            Period = "per month",
            Target = 200_000m,
            Source = EvidenceSource.WebAnalytics,
            IsStageVolume = true,
            SuggestionKey = "digitalImpressions",
        }, at.AddMinutes(8)));
        map = Ok(map.RateSatisfaction(Chris, "touchpoint-1", 3, at.AddMinutes(9)));
        map = Ok(map.AddEvidenceNote(Chris, "note-1", "Three of five interviewees never found pricing", EvidenceTarget.Touchpoint("touchpoint-1"), EvidenceBacking.PartlyBacked, at.AddMinutes(10)));
        map = Ok(map.AddEvidenceNote(Bora, "note-2", "Most sign-ups come from referrals", EvidenceTarget.Stage(StageKeys.Awareness), EvidenceBacking.Assumption, at.AddMinutes(11)));
        return WithIdeas(map, at.AddMinutes(12));
    }

    /// <summary>
    /// Step 6 on <paramref name="map"/> (which has goal-1): two ideas, one with every field and shortlisted, then
    /// voting open with non-default settings, Chris's two votes and Dana's score on idea-1; step 7's action on idea-1 (owned by Dana, in progress, aiming kpi-1 at 6,500.5 when the map has it), a revisit date,
    /// and the header of a revisit (version 2, last finished by Alice) of a future-state map.
    /// </summary>
    public static JourneyMap WithIdeas(JourneyMap map, DateTimeOffset at)
    {
        map = Ok(map.AddIdea(Chris, "idea-1", new IdeaDetails
        {
            Title = "가격 페이지를 홈에서 한 번에 — pricing one click away",
            Description = "Link \"Pricing\" from the hero; answer the SAP question there",
            FindingId = "painPoint.persona-1.awareness",
            GoalId = "goal-1",
        }, at));
        map = Ok(map.AddIdea(Dana, "idea-2", new IdeaDetails { Title = "Referral programme" }, at.AddMinutes(1)));
        map = Ok(map.ShortlistIdea(Alice, "idea-1", shortlisted: true));
        map = Ok(map.OpenVoting(Alice, votesPerPerson: 5, multipleVotesPerIdea: true));
        map = Ok(map.SetVotes(Chris, [new VoteCount("idea-1", 2), new VoteCount("idea-2", 1)], at.AddMinutes(2)));
        map = Ok(map.ScoreIdea(Dana, "idea-1", 5, 4, 2, at.AddMinutes(3)));
        map = Ok(map.AddAction(Alice, "action-1", new ActionDetails
        {
            Title = "가격 링크 추가 — add the pricing link",
            Owner = Dana,
            DueDate = new DateOnly(2027, 3, 31),
            KpiId = map.Kpis.Any(kpi => kpi.Id == "kpi-1") ? "kpi-1" : null,
            KpiTarget = map.Kpis.Any(kpi => kpi.Id == "kpi-1") ? 6500.5m : null,
        }, "idea-1", at.AddMinutes(4)));
        map = Ok(map.SetActionStatus(Dana, "action-1", ActionStatus.InProgress));
        return map with
        {
            Revisit = new RevisitPlan { Cadence = RevisitCadence.OnDate, OnDate = new DateOnly(2027, 6, 1) },

            // Revisiting: version 2 of a map finished once, itself the future state of another map's version 3.
            MapVersionNumber = 2,
            FinishedAt = at.AddMinutes(5),
            FinishedBy = Alice,
            CurrentState = new CurrentStateLink("current-map-1", 3),
        };
    }

    public static PersonaProfile FullProfile(string name) => new()
    {
        Name = name,
        Demographics = new Demographics { AgeRange = "35-44", Gender = "female", Location = "Seoul", Income = "high", Education = "MBA" },
        Firmographics = new Firmographics { CompanySize = "200-500", Industry = "Logistics", Revenue = "$50M", Location = "Busan", TechStack = "SAP, Slack" },
        Role = new PersonaRole { JobTitle = "Head of operations", ReportsTo = "COO" },
        Behaviour = new PersonaBehaviour { WebActivity = "Reads comparison sites", PurchaseHistory = "Two SaaS tools a year", ProductUsage = "Daily", SupportContacts = "Rare, by chat" },
        Goals = "Fewer manual hand-offs",
        PainPoints = "Spreadsheets / e-mail #chaos",
        PreferredChannels = "LinkedIn, webinars",
        TypicalQuestions = "Does it talk to SAP?",
        DayInTheLife = "Stand-up at 8, firefighting until noon",
        TriggerEvents = "A missed shipment",
        ResearchSources = ResearchSources.Interviews | ResearchSources.WebAnalytics,
    };

    public static CellNotes FullCell() => new()
    {
        CustomerGoal = "Understand what it does",
        Actions = "Googles, asks peers",
        ThoughtsAndQuestions = "Is this for companies like mine?",
        PainPoints = "Jargon on the home page",
    };

    /// <summary>The outcome's map, after asserting the command succeeded.</summary>
    public static JourneyMap Ok(MapOutcome outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return outcome.Map;
    }

    /// <summary>The map as indented JSON with every list sorted by id: two maps holding the same data give the same text.</summary>
    public static string Canonical(JourneyMap map)
    {
        var sorted = ItemKinds.All.Aggregate(
            map, (sorting, declaration) => declaration.WithItems(sorting, declaration.ItemsIn(sorting).OrderBy(item => item.Id, StringComparer.Ordinal)));
        return JsonSerializer.Serialize(sorted, Compared);
    }

    /// <summary>The JSON paths (array positions left out) that are null or empty everywhere in the map: fields a round trip would not test.</summary>
    public static IReadOnlyList<string> NullFields(JourneyMap map)
    {
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        Walk(JsonSerializer.SerializeToNode(map, Compared), "$", seen);
        return [.. seen.Where(entry => !entry.Value).Select(entry => entry.Key).Order(StringComparer.Ordinal)];
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, bool> seen)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, value) in json)
                {
                    Walk(value, path + "." + name, seen);
                }

                break;
            case JsonArray array:
                seen[path] = seen.GetValueOrDefault(path) || array.Count > 0;
                foreach (var element in array)
                {
                    Walk(element, path + "[]", seen);
                }

                break;
            default:
                seen[path] = seen.GetValueOrDefault(path) || node is not null;
                break;
        }
    }
}
