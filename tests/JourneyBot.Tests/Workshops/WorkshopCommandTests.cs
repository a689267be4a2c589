using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Tests.Workshops;

[Collection(BotTests.Name)]
public sealed class WorkshopCommandTests(BotEnvironment environment)
{
    [Fact]
    public async Task Second_start_asks_before_replacing_the_active_workshop_and_replacing_keeps_it_listed()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        await channel.StartWorkshopAsync(TestUser.Alice, name: "First map");

        var asked = await channel.SendAndGetReplyAsync("start", TestUser.Bora);

        Assert.Contains("A workshop is already running", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("\"First map\" is running here (step 1: Goals and personas, facilitated by Alice Kim)", asked.Card.Text, StringComparison.Ordinal);
        var setup = await channel.ClickAsync(asked, WorkshopVerbs.Setup, by: TestUser.Bora);
        var started = await channel.ClickAsync(asked, setup.Card.Button(WorkshopVerbs.Create), new Dictionary<string, object?>
        {
            [SetupCard.NameInput] = "Second map",
            [SetupCard.MapTypeInput] = "FutureState",
            [SetupCard.TemplateInput] = "Classic",
            [SetupCard.LanguageInput] = "en",
        }, TestUser.Bora);
        Assert.Contains("Second map · Future state", started.Card.Text, StringComparison.Ordinal);

        var list = await channel.SendAndGetReplyAsync("list", TestUser.Chris);
        Assert.Contains("Second map", list.Card.Text, StringComparison.Ordinal);
        Assert.Contains("First map", list.Card.Text, StringComparison.Ordinal);
        Assert.Equal(2, list.Card.Buttons.Count(b => b.Verb == WorkshopVerbs.Resume));
    }

    [Fact]
    public async Task Starting_anew_in_Korean_opens_a_Korean_setup_form_with_Korean_chosen_even_in_an_English_client()
    {
        await using var bot = await environment.StartBotAsync();
        // The Agents Playground sends en-US whatever one types: the language comes from the word 시작, then from the card.
        var chat = bot.PersonalChat(TestUser.Bora, locale: "en-US");
        await chat.StartWorkshopAsync(TestUser.Bora, name: "첫 지도", language: "ko");

        var asked = await chat.SendAndGetReplyAsync("시작", TestUser.Bora);
        Assert.Contains("이미 진행 중인 워크숍이 있습니다", asked.Card.Text, StringComparison.Ordinal);
        var setup = await chat.ClickAsync(asked, asked.Card.ButtonTitled("새로 시작"), by: TestUser.Bora);

        Assert.Contains("여정 지도 워크숍 준비", setup.Card.Text, StringComparison.Ordinal);
        Assert.Equal("ko", setup.Card.ValueOf(SetupCard.LanguageInput));
        Assert.Equal("워크숍 시작", setup.Card.Button(WorkshopVerbs.Create).Title);
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_started_asks_instead_of_replacing_unseen()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var borasForm = await channel.SendAndGetReplyAsync("start", TestUser.Bora);
        await channel.StartWorkshopAsync(TestUser.Alice, name: "Alice's map");

        var pressed = await channel.ClickAsync(borasForm, WorkshopVerbs.Create, new Dictionary<string, object?>
        {
            [SetupCard.NameInput] = "Bora's map",
            [SetupCard.MapTypeInput] = "CurrentState",
            [SetupCard.TemplateInput] = "Saas",
            [SetupCard.LanguageInput] = "en",
        }, TestUser.Bora);

        Assert.Contains("A workshop is already running", pressed.Card.Text, StringComparison.Ordinal);
        var active = await channel.SendAndGetReplyAsync("status", TestUser.Chris);
        Assert.Contains("Alice's map", active.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agreeing_to_replace_one_workshop_does_not_replace_another_started_meanwhile_unseen()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        await channel.StartWorkshopAsync(TestUser.Alice, name: "First map");
        var asked = await channel.SendAndGetReplyAsync("start", TestUser.Bora);
        var chrisAsked = await channel.SendAndGetReplyAsync("start", TestUser.Chris);
        var chrisSetup = await channel.ClickAsync(chrisAsked, WorkshopVerbs.Setup, by: TestUser.Chris);
        await channel.ClickAsync(chrisAsked, chrisSetup.Card.Button(WorkshopVerbs.Create), WorkshopSteps.SetupInputs("Chris's map"), TestUser.Chris);

        // Bora agreed to replace the first map: her form opens at once, and its Start asks about Chris's map instead.
        var setup = await channel.ClickAsync(asked, WorkshopVerbs.Setup, by: TestUser.Bora);
        var pressed = await channel.ClickAsync(asked, setup.Card.Button(WorkshopVerbs.Create), WorkshopSteps.SetupInputs("Bora's map"), TestUser.Bora);

        Assert.Contains("A workshop is already running", pressed.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Chris's map", pressed.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Chris's map", (await channel.SendAndGetReplyAsync("status", TestUser.Alice)).Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_start_twice_on_one_setup_form_creates_one_workshop()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, _) = await chat.StartWorkshopAsync(TestUser.Alice, name: "Once");

        var again = await chat.ClickAsync(setup, setup.Card.Button(WorkshopVerbs.Create), new Dictionary<string, object?>
        {
            [SetupCard.NameInput] = "Once",
            [SetupCard.MapTypeInput] = "CurrentState",
            [SetupCard.TemplateInput] = "Saas",
            [SetupCard.LanguageInput] = "en",
        }, TestUser.Alice);

        Assert.Contains("Step 1/7", again.Card.Text, StringComparison.Ordinal);
        var list = await chat.SendAndGetReplyAsync("list");
        Assert.Single(list.Card.Buttons, b => b.Verb == WorkshopVerbs.Resume);
    }

    [Fact]
    public async Task Setup_refuses_a_missing_name_and_a_tampered_template_beside_the_fields_keeping_the_input()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var setup = await chat.SendAndGetReplyAsync("start");

        var refused = await chat.ClickAsync(setup, WorkshopVerbs.Create, new Dictionary<string, object?>
        {
            [SetupCard.NameInput] = " ",
            [SetupCard.MapTypeInput] = "FutureState",
            [SetupCard.TemplateInput] = "Enterprise",
            [SetupCard.LanguageInput] = "en",
        });

        var text = refused.Card.Text;
        Assert.Contains("Required.", text, StringComparison.Ordinal);
        Assert.Contains("Not a value this accepts: Enterprise", text, StringComparison.Ordinal);
        Assert.Equal("FutureState", refused.Card.Inputs.Single(i => i.Id == SetupCard.MapTypeInput).Value);
        Assert.Contains("No workshop", (await chat.SendAndGetReplyAsync("status")).Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_back_and_go_are_for_the_facilitator_and_others_are_told_why_not()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        await channel.StartWorkshopAsync(TestUser.Alice);

        var refused = await channel.SendAndGetReplyAsync("next", TestUser.Bora);
        var next = await channel.SendAndGetReplyAsync("next", TestUser.Alice);
        var go = await channel.SendAndGetReplyAsync("go 4", TestUser.Alice);
        var back = await channel.SendAndGetReplyAsync("back", TestUser.Alice);
        var tooFar = await channel.SendAndGetReplyAsync("go 9", TestUser.Alice);

        Assert.Contains("Step 1/7", refused.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Only a facilitator", refused.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Step 2/7 · Journey stages", next.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Step 4/7 · Feedback and data", go.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Step 3/7 · Touchpoints and channels", back.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Step 3/7", tooFar.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Must be from 1 to 7.", tooFar.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_shows_facilitator_buttons_to_the_facilitator_and_hides_them_in_others_own_view()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (setup, board) = await channel.StartWorkshopAsync(TestUser.Alice);

        var borasView = await channel.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: TestUser.Bora);
        var shared = await channel.SharedCardAsync(setup);

        Assert.Contains(board.Buttons, b => b.Verb == WorkshopVerbs.Next);
        Assert.DoesNotContain(borasView.Card.Buttons, b => b.Verb == WorkshopVerbs.Next);
        Assert.Contains(shared!.Buttons, b => b.Verb == WorkshopVerbs.Next);
        Assert.Contains("For the facilitator", shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_asks_first_keeps_the_data_until_confirmed_then_closes_the_workshop()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (setup, board) = await chat.StartWorkshopAsync(TestUser.Alice, name: "To cancel");

        var asked = await chat.SendAndGetReplyAsync("cancel");
        Assert.Contains("Cancel the workshop \"To cancel\"?", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("To cancel", (await chat.SendAndGetReplyAsync("status")).Card.Text, StringComparison.Ordinal);

        var cancelled = await chat.ClickAsync(asked, WorkshopVerbs.ConfirmCancel);

        Assert.Contains("This workshop is Cancelled", cancelled.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(cancelled.Card.Buttons, b => b.Verb == WorkshopVerbs.Next);
        Assert.Contains("No workshop is running", (await chat.SendAndGetReplyAsync("status")).Card.Text, StringComparison.Ordinal);
        var list = await chat.SendAndGetReplyAsync("list");
        Assert.Contains("To cancel", list.Card.Text, StringComparison.Ordinal);
        var late = await chat.ClickOnBoardAsync(setup, board, JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsAndPersonasVerbs.AddGoal, TestUser.Alice,
            new Dictionary<string, object?> { [JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsSection.TextInput] = "Too late" });
        Assert.DoesNotContain("Too late", late.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_changes_the_name_on_the_board_and_in_the_list()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        await chat.StartWorkshopAsync(TestUser.Alice, name: "Draft");

        var renamed = await chat.SendAndGetReplyAsync("rename Checkout journey");

        Assert.Contains("Checkout journey · Current state", renamed.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Checkout journey", (await chat.SendAndGetReplyAsync("list")).Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_from_the_list_makes_an_earlier_workshop_active_again()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        await chat.StartWorkshopAsync(TestUser.Alice, name: "Earlier");
        var asked = await chat.SendAndGetReplyAsync("start");
        var setup = await chat.ClickAsync(asked, WorkshopVerbs.Setup);
        await chat.ClickAsync(asked, setup.Card.Button(WorkshopVerbs.Create), new Dictionary<string, object?>
        {
            [SetupCard.NameInput] = "Later", [SetupCard.MapTypeInput] = "CurrentState", [SetupCard.TemplateInput] = "Saas", [SetupCard.LanguageInput] = "en",
        });
        var list = await chat.SendAndGetReplyAsync("list");

        var resumed = await chat.ClickAsync(list, list.Card.Buttons.Last(b => b.Verb == WorkshopVerbs.Resume));

        Assert.Contains("Earlier · Current state", resumed.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Earlier", (await chat.SendAndGetReplyAsync("status")).Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Korean_team_runs_the_workshop_in_Korean_whatever_the_Teams_locale()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, locale: "en-US");

        var (_, board) = await chat.StartWorkshopAsync(TestUser.Bora, name: "온보딩 여정", language: "ko");
        var status = await chat.SendAndGetReplyAsync("상태", TestUser.Bora);

        Assert.Contains("스텝 1/7 · 목표와 페르소나", board.Text, StringComparison.Ordinal);
        Assert.Contains("온보딩 여정 · 현재 상태", board.Text, StringComparison.Ordinal);
        Assert.Contains("스텝 1/7", status.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_make_a_contributor_co_facilitator_who_may_then_move_the_steps()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (setup, board) = await channel.StartWorkshopAsync(TestUser.Alice);
        await channel.ClickOnBoardAsync(setup, board, JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsAndPersonasVerbs.AddGoal, TestUser.Bora,
            new Dictionary<string, object?> { [JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsSection.TextInput] = "Shorten time to value" });

        var settings = await channel.ClickAsync(setup, board.Button(WorkshopVerbs.Settings), by: TestUser.Alice);
        var made = await channel.ClickAsync(setup, settings.Card.Button(WorkshopVerbs.AddCoFacilitator),
            new Dictionary<string, object?> { [SettingsCard.AddCoFacilitatorInput] = TestUser.Bora.AadObjectId }, TestUser.Alice);
        var next = await channel.SendAndGetReplyAsync("next", TestUser.Bora);

        Assert.Contains("Step 1/7", made.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Step 2/7", next.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_are_the_facilitators_and_naming_co_facilitators_or_cancelling_the_leads()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (setup, board) = await channel.StartWorkshopAsync(TestUser.Alice);
        await channel.ClickOnBoardAsync(setup, board, JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsAndPersonasVerbs.AddGoal, TestUser.Bora,
            new Dictionary<string, object?> { [JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsSection.TextInput] = "Shorten time to value" });

        var borasSettings = await channel.ClickAsync(setup, board.Button(WorkshopVerbs.Settings), by: TestUser.Bora);
        var borasCancel = await channel.SendAndGetReplyAsync("cancel", TestUser.Bora);
        var settings = await channel.ClickAsync(setup, board.Button(WorkshopVerbs.Settings), by: TestUser.Alice);
        await channel.ClickAsync(setup, settings.Card.Button(WorkshopVerbs.AddCoFacilitator),
            new Dictionary<string, object?> { [SettingsCard.AddCoFacilitatorInput] = TestUser.Bora.AadObjectId }, TestUser.Alice);
        var coFacilitatorsSettings = await channel.ClickAsync(setup, board.Button(WorkshopVerbs.Settings), by: TestUser.Bora);

        Assert.Contains("Only a facilitator", borasSettings.Card.Text, StringComparison.Ordinal);
        Assert.Empty(borasSettings.Card.Inputs);
        Assert.Contains("Only a facilitator", borasCancel.Card.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(borasCancel.Card.Buttons, b => b.Verb == WorkshopVerbs.ConfirmCancel);
        Assert.Contains(SettingsCard.NameInput, coFacilitatorsSettings.Card.Inputs.Select(i => i.Id));
        Assert.DoesNotContain(coFacilitatorsSettings.Card.Inputs, i => i.Id == SettingsCard.AddCoFacilitatorInput);
        Assert.DoesNotContain(coFacilitatorsSettings.Card.Buttons, b => b.Verb == WorkshopVerbs.Cancel);
        Assert.Contains("Co-facilitators: 박보라", coFacilitatorsSettings.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_elses_goal_opens_no_form_to_type_into_only_the_reason()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (setup, board) = await channel.StartWorkshopAsync(TestUser.Alice);
        var added = await channel.ClickOnBoardAsync(setup, board, JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsAndPersonasVerbs.AddGoal, TestUser.Bora,
            new Dictionary<string, object?> { [JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsSection.TextInput] = "Bora's goal" });
        var shared = await channel.SharedCardAsync(setup);

        var chrisOpens = await channel.ClickAsync(setup, shared!.Button(JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsAndPersonasVerbs.EditGoal), by: TestUser.Chris);
        var aliceOpens = await channel.ClickAsync(setup, shared.Button(JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsAndPersonasVerbs.EditGoal), by: TestUser.Alice);

        Assert.Contains("Bora's goal", added.Card.Text, StringComparison.Ordinal);
        Assert.Empty(chrisOpens.Card.Inputs);
        Assert.Contains("Only a facilitator, or the person who added it", chrisOpens.Card.Text, StringComparison.Ordinal);
        Assert.Equal("Bora's goal", aliceOpens.Card.ValueOf(JourneyBot.Workshops.Steps.GoalsAndPersonas.GoalsSection.TextInput));
    }
}
