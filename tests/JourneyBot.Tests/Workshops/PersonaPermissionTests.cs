using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Steps.GoalsAndPersonas;

namespace JourneyBot.Tests.Workshops;

/// <summary>Who may change a persona (its author or a facilitator), and removing one that others' work hangs on.</summary>
[Collection(BotTests.Name)]
public sealed class PersonaPermissionTests(BotEnvironment environment)
{
    [Fact]
    public async Task Another_participant_cannot_edit_Alices_persona_but_the_facilitator_can()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel(locale: "ko-KR");
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Chris, language: "ko");
        var added = await chat.AddPersonaAsync(setup, board, TestUser.Alice, "기술에 밝은 창업자", jobTitle: "창업자");
        var id = Assert.Single(added.Card.PersonaIds());
        var alicesDetails = await chat.ClickAsync(setup, added.Card.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, id), by: TestUser.Alice);
        var alicesForm = await chat.ClickAsync(setup, alicesDetails.Card.ButtonFor(GoalsAndPersonasVerbs.EditPersonaSection, id, (int)PersonaSection.Demographics), by: TestUser.Alice);
        var demographics = new Dictionary<string, object?> { [PersonaField.AgeRange.InputId] = "25~35세" };

        var borasDetails = await chat.ClickAsync(setup, added.Card.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, id), by: TestUser.Bora);
        var byBora = await chat.ClickAsync(setup, alicesForm.Card.Button(GoalsAndPersonasVerbs.SavePersonaSection), demographics, TestUser.Bora);
        var byChris = await chat.ClickAsync(setup, alicesForm.Card.Button(GoalsAndPersonasVerbs.SavePersonaSection), demographics, TestUser.Chris);

        Assert.DoesNotContain(borasDetails.Card.Buttons, button => button.Verb == GoalsAndPersonasVerbs.EditPersonaSection);
        Assert.DoesNotContain(byBora.Card.Buttons, button => button.Verb == GoalsAndPersonasVerbs.RemovePersona);
        Assert.Contains("진행자나 작성자만 할 수 있습니다.", byBora.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("진행자나 작성자만", byChris.Card.Text, StringComparison.Ordinal);
        Assert.Contains(@"창업자 · 25\~35세 — Alice Kim", byChris.Card.Text, StringComparison.Ordinal);
        Assert.Equal("25~35세", Assert.Single((await bot.StoredMapAsync(chat, board.WorkshopIdOf())).Personas).Profile.Demographics.AgeRange);
    }

    [Fact]
    public async Task A_persona_nothing_hangs_on_is_removed_once_its_Remove_is_confirmed()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var added = await chat.AddPersonaAsync(setup, board, TestUser.Alice, "Founder Kim");
        var id = Assert.Single(added.Card.PersonaIds());

        Assert.DoesNotContain(added.Card.Buttons, button => button.Verb == GoalsAndPersonasVerbs.RemovePersona); // not on the row
        var question = await AskToRemoveAsync(chat, setup, added.Card, id, TestUser.Alice);
        Assert.Single((await bot.StoredMapAsync(chat, board.WorkshopIdOf())).Personas);
        var removed = await chat.ClickAsync(setup, question.Button(GoalsAndPersonasVerbs.ConfirmRemovePersona), by: TestUser.Alice);

        Assert.Contains("Remove “Founder Kim”?", question.Text, StringComparison.Ordinal);
        Assert.Empty(removed.Card.PersonaIds());
        Assert.DoesNotContain("Founder Kim", removed.Card.Text, StringComparison.Ordinal);
        Assert.Empty((await bot.StoredMapAsync(chat, board.WorkshopIdOf())).Personas);
    }

    [Fact]
    public async Task Removing_a_persona_with_stage_notes_and_scores_asks_first_and_remove_all_takes_them_too()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice);
        var added = await chat.AddPersonaAsync(setup, board, TestUser.Alice, "Founder Kim");
        var id = Assert.Single(added.Card.PersonaIds());
        var workshopId = board.WorkshopIdOf();
        var bora = new Participant(TestUser.Bora.AadObjectId, TestUser.Bora.Name);
        await bot.ChangeStoredAsync(chat, workshopId, map => map.WriteCell(bora, id, "awareness", new CellNotes { Actions = "Reads a blog post" }, DateTimeOffset.UtcNow));
        await bot.ChangeStoredAsync(chat, workshopId, map => map.ScoreEmotion(bora, id, "awareness", 1, "curious", DateTimeOffset.UtcNow));

        var question = await AskToRemoveAsync(chat, setup, added.Card, id, TestUser.Alice);
        var asked = await chat.ClickAsync(setup, question.Button(GoalsAndPersonasVerbs.ConfirmRemovePersona), by: TestUser.Alice);
        var stillThere = await bot.StoredMapAsync(chat, workshopId);
        var removed = await chat.ClickAsync(setup, asked.Card.Button(GoalsAndPersonasVerbs.RemovePersonaWithWork), by: TestUser.Alice);

        Assert.Contains("Remove the persona Founder Kim?", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("1 stage note and 1 emotion score belong to this persona.", asked.Card.Text, StringComparison.Ordinal);
        Assert.Single(stillThere.Personas);
        Assert.Empty(removed.Card.PersonaIds());
        var stored = await bot.StoredMapAsync(chat, workshopId);
        Assert.Empty(stored.Personas);
        Assert.Empty(stored.Cells);
        Assert.Empty(stored.EmotionScores);
    }

    [Fact]
    public async Task The_Korean_removal_question_puts_the_particle_that_fits_the_personas_name()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "ko-KR");
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Bora, language: "ko");
        var first = await chat.AddPersonaAsync(setup, board, TestUser.Bora, "알뜰한 고객층");
        var both = await chat.AddPersonaAsync(setup, first.Card, TestUser.Bora, "기술에 밝은 창업자");
        var workshopId = board.WorkshopIdOf();
        var bora = new Participant(TestUser.Bora.AadObjectId, TestUser.Bora.Name);
        foreach (var id in both.Card.PersonaIds())
        {
            // A persona with a stage note is asked about before it goes.
            await bot.ChangeStoredAsync(chat, workshopId, map => map.WriteCell(bora, id, "awareness", new CellNotes { Actions = "블로그 글을 읽음" }, DateTimeOffset.UtcNow));
        }

        var titles = new List<string>();
        foreach (var id in both.Card.PersonaIds())
        {
            var question = await AskToRemoveAsync(chat, setup, both.Card, id, TestUser.Bora);
            titles.Add((await chat.ClickAsync(setup, question.Button(GoalsAndPersonasVerbs.ConfirmRemovePersona), by: TestUser.Bora)).Card.Text);
        }


        Assert.Equal(2, titles.Count);
        Assert.Contains("페르소나 알뜰한 고객층을 삭제할까요?", titles[0], StringComparison.Ordinal);
        Assert.Contains("페르소나 기술에 밝은 창업자를 삭제할까요?", titles[1], StringComparison.Ordinal);
        Assert.All(titles, title => Assert.DoesNotContain("(를)", title, StringComparison.Ordinal));
    }

    /// <summary>Details on the persona's row, then Remove… on its card: the question, nothing removed yet.</summary>
    private static async Task<CardView> AskToRemoveAsync(Conversation chat, BotMessage board, CardView card, string personaId, TestUser by)
    {
        var details = await chat.ClickAsync(board, card.ButtonFor(GoalsAndPersonasVerbs.OpenPersona, personaId), by: by);
        return (await chat.ClickAsync(board, details.Card.ButtonFor(GoalsAndPersonasVerbs.RemovePersona, personaId), by: by)).Card;
    }
}
