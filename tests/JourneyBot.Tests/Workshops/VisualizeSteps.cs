using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Step 5 the way people reach it: a workshop started and moved to step 5, with what steps 1 to 4 would have put on the map
/// arranged in the real store through the domain's commands.
/// </summary>
internal static class VisualizeSteps
{
    /// <summary>
    /// Fills the SaaS workshop of <paramref name="board"/>: <paramref name="personas"/> personas, notes in every cell (pain
    /// points in some), two touchpoints and a volume KPI per stage, three people's scores, revealed by <paramref name="facilitator"/> (Alice unless named) when <paramref name="reveal"/>.
    /// </summary>
    public static async Task<JourneyMap> ArrangeFullMapAsync(this BotHost bot, Conversation chat, CardView board, int personas = 3, bool korean = false, bool reveal = true, TestUser? facilitator = null)
    {
        var alice = TestUser.Alice.AsParticipant();
        var people = new[] { TestUser.Alice, TestUser.Bora, TestUser.Chris }.Select(user => user.AsParticipant()).ToArray();
        var at = DateTimeOffset.UtcNow;
        var map = await bot.StoredMapAsync(chat, board);
        var stages = map.StagesInOrder.Select(stage => stage.Id).ToArray();
        var commands = new List<Func<JourneyMap, MapOutcome>>
        {
            m => m.AddGoal(alice, "g1", korean ? "체험판 사용자가 이탈하는 지점을 찾는다" : "Find where trial users drop off", at),
            m => m.AddPersonas(alice, [.. Enumerable.Range(1, personas).Select(number => new NewPersona($"p{number}", new PersonaProfile { Name = PersonaName(number, korean) }))], at),
        };
        for (var stage = 0; stage < stages.Length; stage++)
        {
            var (stageId, index) = (stages[stage], stage);
            for (var persona = 1; persona <= personas; persona++)
            {
                var personaId = $"p{persona}";
                var painPoint = (persona + index) % 3 == 0 ? (korean ? "가격 페이지에서 팀 요금제를 찾기 어렵다" : "Cannot find the team plan on the pricing page") : null;
                commands.Add(m => m.WriteCell(alice, personaId, stageId, new CellNotes
                {
                    CustomerGoal = korean ? "제품이 팀에 맞는지 빠르게 판단하고 싶다" : "Decide quickly whether it fits the team",
                    Actions = korean ? "블로그를 읽고 가격을 비교한다" : "Reads the blog, compares prices",
                    PainPoints = painPoint,
                }, at));
                foreach (var (person, number) in people.Select((person, number) => (person, number)))
                {
                    var score = ((index + persona + number) % 5) - 2;
                    commands.Add(m => m.ScoreEmotion(person, personaId, stageId, score, null, at));
                }
            }

            commands.Add(m => m.AddTouchpoint(alice, $"t{index}a", stageId, new TouchpointDetails { Name = korean ? "블로그 글" : "Blog post", Category = TouchpointCategory.Marketing, Mode = ChannelMode.Online, Channel = "web" }, at));
            commands.Add(m => m.AddTouchpoint(alice, $"t{index}b", stageId, new TouchpointDetails { Name = korean ? "영업 상담" : "Sales call", Category = TouchpointCategory.Sales, Mode = ChannelMode.Offline }, at));
            commands.Add(m => m.AddKpi(alice, $"k{index}", stageId, new KpiDetails { Name = korean ? "단계 고객 수" : "Customers in stage", Value = 10_000m / (index + 1), Source = EvidenceSource.WebAnalytics, IsStageVolume = true }, at));
        }

        if (reveal)
        {
            commands.Add(m => m.RevealEmotions((facilitator ?? TestUser.Alice).AsParticipant()));
        }

        await bot.ArrangeAllAsync(chat, board, commands);
        return await bot.StoredMapAsync(chat, board);
    }

    public static string PersonaName(int number, bool korean) =>
        (korean ? new[] { "기술에 밝은 창업자", "성장하는 팀의 리더", "IT 구매 담당자", "프리랜서 디자이너", "대학생 인턴" } : ["Tech-minded founder", "Scaling team lead", "Enterprise IT buyer", "Freelance designer", "Student intern"])[(number - 1) % 5]
        + (number > 5 ? $" {number}" : string.Empty);
}
