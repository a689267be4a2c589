using JourneyBot.Workshop;

namespace JourneyBot.Maps.Tests;

/// <summary>Maps to draw: built directly (records with init), the way storage rebuilds them, so each is exact and repeatable.</summary>
internal static class SampleMaps
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant Fran = new("00000000-0000-0000-0000-0000000000f1", "Fran");
    private static readonly Participant[] Team =
    [
        Fran,
        new("00000000-0000-0000-0000-00000000000a", "Alice"),
        new("00000000-0000-0000-0000-00000000000b", "Bob"),
        new("00000000-0000-0000-0000-00000000000c", "Carol"),
    ];

    /// <summary>Nothing in it: no goal, no persona, no stage.</summary>
    public static JourneyMap Empty() => Header("Empty map", WorkshopLanguages.English, StageTemplate.Classic);

    /// <summary>The method's SaaS example: 3 personas x the 8 SaaS stages, every lane filled, scores revealed.</summary>
    public static JourneyMap SaasExample()
    {
        string[] personas = ["Tech-minded founder", "Scaling team lead", "Enterprise IT buyer"];
        string[] stages = [.. StageTemplates.StageKeysOf(StageTemplate.Saas)];
        return Filled(
            Header("Find the holes in our inbound marketing", WorkshopLanguages.English, StageTemplate.Saas),
            ["Find where trial users drop off", "Shorten time to first value"],
            personas,
            [.. stages.Select(key => (key, (string?)null))],
            (persona, stage) => new CellNotes
            {
                CustomerGoal = $"Understand whether the product fits ({stage})",
                Actions = "Reads the blog, compares pricing, asks a colleague",
                ThoughtsAndQuestions = "Is it worth switching from spreadsheets?",
                PainPoints = persona == 1 ? "Pricing page hides the team plan; onboarding email arrives a day late" : null,
            },
            touchpoint: (stage, index) => (index % 2 == 0 ? "Blog post" : "Sales call", index % 2 == 0 ? "website" : "phone"),
            revealed: true)
            .WithIdeas(
                VotingState.Closed,
                ("Show the team plan on the pricing page", "writtenPainPoint.p2.consideration"),
                ("Send the onboarding email at once", "writtenPainPoint.p2.onboarding"),
                ("Quarterly customer newsletter", null));
    }

    /// <summary>The SaaS example while its vote is still open: the same ideas, votes and scores, none of which may show.</summary>
    public static JourneyMap SaasVotingOpen() => SaasExample() with { VotingState = VotingState.Open };

    /// <summary>A Korean team's map: 5 personas x 8 stages, long Korean texts everywhere, scores revealed.</summary>
    public static JourneyMap Korean()
    {
        string[] personas = ["기술에 밝은 창업자", "성장하는 팀의 리더", "대기업 IT 구매 담당자", "프리랜서 디자이너", "대학생 인턴"];
        (string, string?)[] stages =
        [
            ("awareness", "인지"), ("consideration", "고려"), ("signUp", "가입"), ("onboarding", "온보딩"),
            ("adoption", "도입"), ("retention", "유지"), ("expansion", "확장"), ("advocacy", "추천"),
        ];
        return Filled(
            Header("인바운드 마케팅의 빈틈 찾기 — 2026년 4분기 고객 여정 워크숍", WorkshopLanguages.Korean, StageTemplate.Saas),
            ["체험판 사용자가 이탈하는 지점을 찾는다", "첫 가치를 느끼기까지의 시간을 줄인다"],
            personas,
            stages,
            (persona, stage) => new CellNotes
            {
                CustomerGoal = "우리 팀의 업무 방식에 이 제품이 정말 맞는지, 기존 스프레드시트에서 옮겨 올 가치가 있는지 빠르게 판단하고 싶다",
                Actions = "블로그 글을 읽고 가격 페이지를 비교한 뒤 동료에게 의견을 묻는다. 무료 체험을 시작하고 튜토리얼 영상을 본다",
                ThoughtsAndQuestions = "지금 쓰는 도구에서 데이터를 그대로 가져올 수 있을까? 팀 요금제는 얼마일까?",
                PainPoints = (persona + stage) % 3 == 0 ? "가격 페이지에서 팀 요금제를 찾기 어렵고, 온보딩 안내 메일이 하루 늦게 도착한다" : null,
            },
            touchpoint: (stage, index) => (index % 2 == 0 ? "블로그 게시물과 뉴스레터" : "영업 담당자와의 화상 상담", index % 2 == 0 ? "웹사이트" : "전화"),
            revealed: true)
            .WithIdeas(
                VotingState.Closed,
                ("가격 페이지 맨 위에 팀 요금제를 보여 준다", "writtenPainPoint.p1.awareness"),
                ("가입 직후 온보딩 안내 메일을 바로 보낸다", "writtenPainPoint.p2.signUp"),
                ("스프레드시트 가져오기 마법사를 만든다", null),
                ("분기마다 고객 인터뷰를 한다", null));
    }

    /// <summary>More than any workshop: 20 stages, 10 personas, 500-character texts.</summary>
    public static JourneyMap Huge()
    {
        var longText = string.Concat(Enumerable.Repeat("A very long note that keeps going on and on; ", 12))[..500];
        return Filled(
            Header(longText[..200], WorkshopLanguages.English, StageTemplate.Classic),
            [longText],
            [.. Enumerable.Range(1, 10).Select(number => $"Persona {number} {longText[..60]}")],
            [.. Enumerable.Range(1, 20).Select(number => ($"custom{number}", (string?)$"Stage {number} {longText[..40]}"))],
            (_, _) => new CellNotes { CustomerGoal = longText, Actions = longText, ThoughtsAndQuestions = longText, PainPoints = longText },
            touchpoint: (_, _) => (longText, longText[..100]),
            revealed: true)
            .WithIdeas(VotingState.Closed, [.. Enumerable.Range(1, 40).Select(number => ($"Idea {number} {longText[..90]}", number % 3 == 0 ? (string?)$"writtenPainPoint.p1.custom{number % 20 + 1}" : null))]);
    }

    /// <summary>The SaaS example with markup in every text the team writes.</summary>
    public static JourneyMap Hostile()
    {
        const string evil = "<script>alert(\"x\")</script> & 'quotes' <b>bold</b>";
        return Filled(
            Header(evil, WorkshopLanguages.English, StageTemplate.Classic),
            [evil],
            [evil],
            [("custom1", (string?)evil)],
            (_, _) => new CellNotes { CustomerGoal = evil, Actions = evil, ThoughtsAndQuestions = evil, PainPoints = evil },
            touchpoint: (_, _) => (evil, evil),
            revealed: true)
            .WithIdeas(VotingState.Closed, (evil, "writtenPainPoint.p1.custom1"), (evil + " 2", null));
    }

    /// <summary>The largest map in Korean: 20 stages, 10 personas, long Korean texts, every lane full, 40 ideas after the vote.</summary>
    public static JourneyMap KoreanHuge()
    {
        var longText = string.Concat(Enumerable.Repeat("고객이 가격 페이지에서 팀 요금제를 찾지 못하고 상담 요청을 남긴 뒤 답을 기다린다. ", 12))[..500];
        return Filled(
            Header("가장 큰 지도 — " + longText[..80], WorkshopLanguages.Korean, StageTemplate.Classic),
            [longText],
            [.. Enumerable.Range(1, 10).Select(number => $"페르소나 {number} {longText[..50]}")],
            [.. Enumerable.Range(1, 20).Select(number => ($"custom{number}", (string?)$"단계 {number} {longText[..40]}"))],
            (_, _) => new CellNotes { CustomerGoal = longText, Actions = longText, ThoughtsAndQuestions = longText, PainPoints = longText },
            touchpoint: (_, _) => (longText, longText[..100]),
            revealed: true)
            .WithIdeas(VotingState.Closed, [.. Enumerable.Range(1, 40).Select(number => ($"아이디어 {number} {longText[..90]}", number % 2 == 0 ? (string?)$"writtenPainPoint.p1.custom{number % 20 + 1}" : null))]);
    }

    /// <summary>
    /// The map with these ideas (each answering the finding given, or none), voting in <paramref name="voting"/>: each of three
    /// people puts a vote on the first ideas and scores them, and the first idea is shortlisted.
    /// </summary>
    private static JourneyMap WithIdeas(this JourneyMap map, VotingState voting, params (string Title, string? FindingId)[] ideas)
    {
        var at = Start.AddHours(1);
        var added = ideas.Select((idea, index) => new Idea
        {
            Id = $"i{index + 1}",
            Details = new IdeaDetails { Title = idea.Title, FindingId = idea.FindingId, GoalId = index == 0 ? "g1" : null, Description = index == 1 ? "Within a minute of sign-up" : null },
            IsShortlisted = index == 0,
            Author = Team[index % Team.Length],
            CreatedAt = at.AddSeconds(index),
        }).ToArray();
        var people = Team.Take(3).ToArray();
        var votes = (from person in people.Select((value, index) => (value, index))
                     from idea in added.Take(Math.Min(added.Length, 2 + person.index))
                     select new IdeaVote { Id = IdeaVote.IdFor(idea.Id, person.value.AadObjectId), IdeaId = idea.Id, Count = 1, Author = person.value, CreatedAt = at }).ToArray();
        var scores = (from person in people.Select((value, index) => (value, index))
                      from idea in added.Take(3).Select((value, index) => (value, index))
                      select new IdeaScore
                      {
                          Id = IdeaScore.IdFor(idea.value.Id, person.value.AadObjectId),
                          IdeaId = idea.value.Id,
                          CustomerImpact = 5 - idea.index,
                          BusinessImpact = 4 - idea.index,
                          Effort = 1 + (2 * idea.index),
                          Author = person.value,
                          CreatedAt = at,
                      }).ToArray();
        return map with { Ideas = added, IdeaVotes = votes, IdeaScores = scores, VotingState = voting, CurrentStep = WorkshopStep.Analyze };
    }

    private static JourneyMap Header(string name, string language, StageTemplate template) => new()
    {
        Id = "ws-sample",
        Name = name,
        MapType = MapType.CurrentState,
        Template = template,
        Language = language,
        Facilitator = Fran,
        CurrentStep = WorkshopStep.Visualize,
        Status = WorkshopStatus.Active,
        CreatedAt = Start,
        Version = 7,
    };

    /// <summary>A map with the given goals, personas and stages, one cell per persona and stage, two touchpoints and a volume KPI per stage.</summary>
    private static JourneyMap Filled(
        JourneyMap header,
        string[] goals,
        string[] personaNames,
        (string Id, string? Name)[] stageIds,
        Func<int, int, CellNotes> notes,
        Func<int, int, (string Name, string Channel)> touchpoint,
        bool revealed)
    {
        var at = Start;
        DateTimeOffset Next() => at = at.AddSeconds(1);
        var personas = personaNames.Select((name, index) => new Persona
        {
            Id = $"p{index + 1}",
            Profile = new PersonaProfile { Name = name, Goals = goals[0], PainPoints = "Too many tools", Role = new PersonaRole { JobTitle = "Founder" } },
            Author = Team[index % Team.Length],
            CreatedAt = Next(),
        }).ToArray();
        var template = StageTemplates.StageKeysOf(header.Template);
        var stages = stageIds.Select((stage, index) => new Stage
        {
            Id = stage.Id,
            Key = template.Contains(stage.Id) ? stage.Id : null,
            Name = template.Contains(stage.Id) ? stage.Name : stage.Name ?? stage.Id,
            Position = index + 1,
            Author = Fran,
            CreatedAt = Next(),
        }).ToArray();
        var cells = (from persona in personas.Select((value, index) => (value, index))
                     from stage in stages.Select((value, index) => (value, index))
                     select new PersonaStageCell
                     {
                         Id = PersonaStageCell.IdFor(persona.value.Id, stage.value.Id),
                         PersonaId = persona.value.Id,
                         StageId = stage.value.Id,
                         Notes = notes(persona.index, stage.index),
                         Author = Fran,
                         CreatedAt = Next(),
                         UpdatedBy = Fran,
                         UpdatedAt = at,
                     }).ToArray();
        var scores = (from persona in personas.Select((value, index) => (value, index))
                      from stage in stages.Select((value, index) => (value, index))
                      from person in Team.Take(3).Select((value, index) => (value, index))
                      select new EmotionScore
                      {
                          Id = EmotionScore.IdFor(persona.value.Id, stage.value.Id, person.value.AadObjectId),
                          PersonaId = persona.value.Id,
                          StageId = stage.value.Id,
                          Score = Math.Clamp(((stage.index * 3 + persona.index * 2 + person.index) % 5) - 2, -2, 2),
                          Author = person.value,
                          CreatedAt = Next(),
                      }).ToArray();
        var touchpoints = stages.SelectMany((stage, index) => Enumerable.Range(0, 2).Select(number =>
        {
            var (name, channel) = touchpoint(index, number);
            return new Touchpoint
            {
                Id = $"t{index}-{number}",
                StageId = stage.Id,
                Details = new TouchpointDetails
                {
                    Name = name,
                    Category = number == 0 ? TouchpointCategory.Marketing : TouchpointCategory.Sales,
                    Mode = number == 0 ? ChannelMode.Online : ChannelMode.Offline,
                    Channel = channel,
                    OwningTeam = number == 0 ? "Marketing" : null,
                },
                Fit = new ChannelFit(4, 3, 5),
                Author = Team[number + 1],
                CreatedAt = Next(),
            };
        })).ToArray();
        var kpis = stages.Select((stage, index) => new Kpi
        {
            Id = $"k{index}",
            StageId = stage.Id,
            Details = new KpiDetails
            {
                Name = index == 0 ? "Website visitors" : "Customers in stage",
                Value = 10_000m / (index + 1),
                Period = "per month",
                Target = index == 0 ? 12_000m : null,
                Source = EvidenceSource.WebAnalytics,
                IsStageVolume = true,
            },
            Author = Fran,
            CreatedAt = Next(),
        }).ToArray();
        var ratings = touchpoints.Select(point => new SatisfactionRating
        {
            Id = $"{point.Id}.{Team[1].AadObjectId}",
            TouchpointId = point.Id,
            Score = 4,
            Author = Team[1],
            CreatedAt = Next(),
        }).ToArray();
        var evidence = stages.Take(3).Select((stage, index) => new EvidenceNote
        {
            Id = $"e{index}",
            Text = notes(0, index).Actions ?? "note",
            Target = index == 2 ? EvidenceTarget.Touchpoint(touchpoints[0].Id) : EvidenceTarget.Stage(stage.Id),
            Backing = (EvidenceBacking)(index % 3),
            Author = Fran,
            CreatedAt = Next(),
        }).ToArray();
        return header with
        {
            Goals = [.. goals.Select((text, index) => new Goal { Id = $"g{index + 1}", Text = text, Author = Fran, CreatedAt = Next() })],
            Personas = personas,
            Stages = stages,
            Cells = cells,
            EmotionScores = scores,
            EmotionsRevealed = revealed,
            Touchpoints = touchpoints,
            Kpis = kpis,
            SatisfactionRatings = ratings,
            EvidenceNotes = evidence,
        };
    }
}
