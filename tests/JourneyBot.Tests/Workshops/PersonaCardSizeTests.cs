using System.Text;
using JourneyBot.Testing;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Personas filled to every limit in Korean (3 bytes a character in UTF-8): every card stays a valid card under 28 KB.
/// The driver checks each card it sees; the section forms are measured here as well, because they are the heaviest.
/// </summary>
[Collection(BotTests.Name)]
public sealed class PersonaCardSizeTests(BotEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_persona_card_filled_to_its_limits_in_Korean_stays_under_28_KB()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat("ko-KR");
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Bora, name: Korean(Limits.MaxWorkshopNameLength, 0), language: "ko");
        var current = board;
        for (var goal = 0; goal < 11; goal++)
        {
            current = (await chat.ClickOnBoardAsync(setup, current, GoalsAndPersonasVerbs.AddGoal, TestUser.Bora,
                new Dictionary<string, object?> { [GoalsSection.TextInput] = Korean(Limits.MaxLongTextLength, goal) })).Card;
        }

        // One more than a page of the list, so the board says how many more and the list turns a page.
        for (var persona = 0; persona <= PersonaList.PageSize; persona++)
        {
            current = (await chat.ClickOnBoardAsync(setup, current, GoalsAndPersonasVerbs.AddPersona, TestUser.Bora,
                PersonaAddForm.Fields.ToDictionary(field => field.InputId, field => (object?)Korean(field.MaxLength, persona)))).Card;
        }

        var id = current.PersonaIds()[0];
        foreach (var section in PersonaSections.InOrder)
        {
            var values = PersonaSections.Fields(section).ToDictionary(field => field.InputId, field => (object?)Korean(field.MaxLength, 0));
            values[PersonaSections.ResearchSourcesInput] = "Interviews,Surveys,SocialListening,WebAnalytics";
            current = (await chat.SaveSectionAsync(setup, current, id, section, values, TestUser.Bora)).Card;
        }

        var details = await chat.ClickAsync(setup, current.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, id), by: TestUser.Bora);
        var forms = new List<(PersonaSection Section, int Bytes)>();
        foreach (var section in PersonaSections.InOrder)
        {
            var form = await chat.ClickAsync(setup, details.Card.ButtonFor(GoalsAndPersonasVerbs.EditPersonaSection, id, (int)section), by: TestUser.Bora);
            Assert.All(PersonaSections.Fields(section), field =>
                Assert.Equal(field.MaxLength, form.Card.Inputs.Single(input => input.Id == field.InputId).Value?.Length));
            forms.Add((section, Bytes(form.Card)));
        }

        var list = await chat.ClickAsync(setup, current.Button(GoalsAndPersonasVerbs.ListPersonas), by: TestUser.Bora);
        var lastPage = await chat.ClickAsync(setup, list.Card.Button(GoalsAndPersonasVerbs.ListPersonas), by: TestUser.Bora);
        var shared = await chat.SharedCardAsync(setup);

        Assert.NotNull(shared);
        output.WriteLine($"board {Bytes(current)}, shared {Bytes(shared)}, details {Bytes(details.Card)}, list {Bytes(list.Card)} bytes");
        output.WriteLine(string.Join(", ", forms.Select(form => $"{form.Section} form {form.Bytes}")));
        Assert.All(forms, form => Assert.InRange(form.Bytes, 0, AdaptiveCardValidator.MaxCardBytes));
        Assert.Equal(PersonaSection.Behaviour, forms.MaxBy(form => form.Bytes).Section);
        Assert.Contains($"(외 {PersonaList.PageSize + 1 - PersonasSection.ShownPersonas}개)", current.Text, StringComparison.Ordinal);
        Assert.Contains($"페르소나가 {PersonaList.PageSize + 1}개입니다.", current.Text, StringComparison.Ordinal);
        Assert.Equal(PersonasSection.ShownPersonas, current.PersonaIds().Count);
        Assert.Equal(PersonaList.PageSize, list.Card.PersonaIds().Count);
        Assert.Contains("(1/2쪽)", list.Card.Text, StringComparison.Ordinal);
        Assert.Single(lastPage.Card.PersonaIds());
        Assert.Contains("◀ 이전", lastPage.Card.Buttons.Select(button => button.Title));
        Assert.Contains("인터뷰, 설문조사, 소셜 리스닝, 웹 분석", details.Card.Text, StringComparison.Ordinal);
    }

    private static int Bytes(CardView card) => Encoding.UTF8.GetByteCount(card.Json.GetRawText());

    /// <summary>Hangul syllables only: 3 bytes each in UTF-8, the heaviest text a person types; <paramref name="offset"/> makes names differ.</summary>
    private static string Korean(int length, int offset) =>
        string.Create(length, offset, (span, start) =>
        {
            for (var index = 0; index < span.Length; index++)
            {
                span[index] = (char)('가' + ((index * 7) + (start * 131)) % 11172);
            }
        });
}
