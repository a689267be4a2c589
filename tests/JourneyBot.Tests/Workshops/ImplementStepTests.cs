using System.Globalization;
using System.Text.Json;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Steps.Implement;
using Xunit.Abstractions;

namespace JourneyBot.Tests.Workshops;

/// <summary>
/// Step 7's action plan through the real endpoint: actions made from the shortlist and on their own, owners chosen from
/// the conversation's members (and from the workshop's people when Teams does not list them), the plan's order, who may
/// move a status, and bad input answered beside its field with nothing saved.
/// </summary>
[Collection(BotTests.Name)]
public sealed class ImplementStepTests(BotEnvironment environment, ITestOutputHelper output)
{
    private static readonly StringComparison Exact = StringComparison.Ordinal;
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The host runs on the system clock: its "today", the day the plan is drawn up for (no test date is within a day of it).</summary>
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Actions_come_from_a_shortlisted_idea_or_on_their_own_with_an_owner_from_the_members_and_overdue_ones_first()
    {
        await using var bot = await environment.StartBotAsync();
        var channel = bot.Channel();
        var (message, board) = await StartWithShortlistAsync(bot, channel);
        environment.Connector.Clear();

        var fromIdea = (await channel.ClickAsync(message, board.ButtonFor(ImplementVerbs.NewAction, "i1"), by: TestUser.Bora)).Card;
        Assert.Equal("Reply to every lead within an hour", fromIdea.ValueOf(ActionForm.TitleInput));
        Assert.Equal([TestUser.Alice.AadObjectId, TestUser.Chris.AadObjectId, TestUser.Bora.AadObjectId], fromIdea.Input(ActionForm.OwnerInput).Choices); // by name
        Assert.Contains("The people in this conversation", fromIdea.Text, Exact);
        var members = Assert.Single(environment.Connector.Calls, call => call.Method == "GET");
        Assert.EndsWith("/members", members.Path, Exact);
        Assert.Equal(channel.Id.Split(';')[0], members.ConversationId); // a channel's members: without the thread's ;messageid=

        var added = await channel.ClickAsync(message, fromIdea.Button(ImplementVerbs.AddAction), Inputs(
            (ActionForm.TitleInput, "Reply to every lead within an hour"),
            (ActionForm.OwnerInput, TestUser.Bora.AadObjectId),
            (ActionForm.DueInput, Day(Today.AddDays(14))),
            (ActionForm.KpiInput, "k1"),
            (ActionForm.TargetInput, "80")), TestUser.Bora);
        Assert.Contains("Reply to every lead within an hour", added.Card.Text, Exact);
        var newForm = (await channel.ClickAsync(message, added.Card.Button(ImplementVerbs.NewAction), by: TestUser.Chris)).Card;
        Assert.Null(newForm.ValueOf(ActionForm.TitleInput));
        var second = await channel.ClickAsync(message, newForm.Button(ImplementVerbs.AddAction), Inputs(
            (ActionForm.TitleInput, "Write the pricing FAQ"),
            (ActionForm.OwnerInput, TestUser.Chris.AadObjectId),
            (ActionForm.DueInput, Day(Today.AddDays(-3)))), TestUser.Chris);

        var stored = await bot.StoredMapAsync(channel, board);
        var reply = stored.Actions.Single(action => action.IdeaId == "i1");
        Assert.Equal((TestUser.Bora.AadObjectId, "박보라", Today.AddDays(14), "k1", 80m, ActionStatus.NotStarted),
            (reply.Details.Owner?.AadObjectId, reply.Details.Owner?.Name, reply.Details.DueDate, reply.Details.KpiId, reply.Details.KpiTarget, reply.Status));
        var faq = stored.Actions.Single(action => action.IdeaId is null);
        Assert.Equal((TestUser.Chris.AadObjectId, Today.AddDays(-3)), (faq.Details.Owner?.AadObjectId, faq.Details.DueDate));

        // The board: the overdue FAQ first, the owners as Teams mentions by Entra object id, the KPI now and its target.
        var text = second.Card.Text;
        Assert.True(text.IndexOf("Write the pricing FAQ", Exact) < text.IndexOf("Reply to every lead", Exact), text);
        Assert.Contains("1 item is past its due date", text, Exact);
        Assert.Contains($"Owner: <at>Chris Lee</at> · ⚠ overdue since {Today.AddDays(-3).ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}", text, Exact);
        Assert.Contains("Owner: <at>박보라</at> · due", text, Exact);
        Assert.Contains("KPI Awareness: Leads answered: now 40, target 80", text, Exact);
        Assert.Contains("From the idea “Reply to every lead within an hour”", text, Exact);
        Assert.DoesNotContain("shortlisted idea has no action", text, Exact); // i1 is an action now
        Assert.Equal(
            [("<at>Chris Lee</at>", TestUser.Chris.AadObjectId, "Chris Lee"), ("<at>박보라</at>", TestUser.Bora.AadObjectId, "박보라")],
            Mentions(second.Card));
        Assert.Equal([TestUser.Bora, TestUser.Chris], (await bot.StoredMapAsync(channel, board)).ContributorsTo(WorkshopStep.ImplementAndIterate).Select(Named));
    }

    [Fact]
    public async Task The_owner_and_a_facilitator_move_the_status_and_anyone_else_gets_no_control_and_is_refused()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (message, board) = await StartWithShortlistAsync(bot, chat);
        await bot.ChangeStoredAsync(chat, board,
            map => map.AddAction(TestUser.Chris.AsParticipant(), "a1", new ActionDetails { Title = "Call back", Owner = TestUser.Bora.AsParticipant() }, null, At));

        var chrisBoard = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Chris)).Card;
        var boraBoard = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Bora)).Card;
        Assert.Empty(chrisBoard.ItemsOf(ImplementVerbs.ChangeStatus)); // the author, not the owner
        Assert.Equal(["a1"], chrisBoard.ItemsOf(ImplementVerbs.EditAction));
        Assert.Equal(["a1"], boraBoard.ItemsOf(ImplementVerbs.ChangeStatus));

        // Chris forges the status form and its save from Bora's button: no form, and the save is refused.
        var statusButton = boraBoard.ButtonFor(ImplementVerbs.ChangeStatus, "a1");
        var chrisForm = (await chat.ClickAsync(message, statusButton, by: TestUser.Chris)).Card;
        Assert.DoesNotContain(chrisForm.Inputs, input => input.Id == ActionsSection.StatusInput);
        Assert.Contains("Only its owner or a facilitator can change its status.", chrisForm.Text, Exact);
        var forged = await chat.ClickAsync(message, new CardButton("Action.Execute", "Save", ImplementVerbs.SaveStatus, statusButton.Data),
            Inputs((ActionsSection.StatusInput, "Done")), TestUser.Chris);
        Assert.Contains("Only its owner or a facilitator can change its status.", forged.Card.Text, Exact);
        Assert.Equal(ActionStatus.NotStarted, (await bot.StoredMapAsync(chat, board)).Actions[0].Status);

        var boraForm = (await chat.ClickAsync(message, statusButton, by: TestUser.Bora)).Card;
        Assert.Equal(["NotStarted", "InProgress", "Done", "Dropped"], boraForm.Input(ActionsSection.StatusInput).Choices);
        var started = await chat.ClickAsync(message, boraForm.Button(ImplementVerbs.SaveStatus), Inputs((ActionsSection.StatusInput, "InProgress")), TestUser.Bora);
        Assert.Contains("**Call back** · In progress", started.Card.Text, Exact);
        var aliceForm = (await chat.ClickAsync(message, statusButton, by: TestUser.Alice)).Card;
        await chat.ClickAsync(message, aliceForm.Button(ImplementVerbs.SaveStatus), Inputs((ActionsSection.StatusInput, "Done")), TestUser.Alice);
        var bogus = await chat.ClickAsync(message, aliceForm.Button(ImplementVerbs.SaveStatus), Inputs((ActionsSection.StatusInput, "3")), TestUser.Alice);
        Assert.NotNull(bogus.Card.ErrorBelow(ActionsSection.StatusInput));
        Assert.Equal(ActionStatus.Done, (await bot.StoredMapAsync(chat, board)).Actions[0].Status);
    }

    [Fact]
    public async Task Bad_input_is_answered_beside_its_field_and_nothing_is_saved()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (message, board) = await StartWithShortlistAsync(bot, chat);
        var form = (await chat.ClickAsync(message, board.ButtonTitled("Add an action item"), by: TestUser.Chris)).Card;

        var refused = (await chat.ClickAsync(message, form.Button(ImplementVerbs.AddAction), Inputs(
            (ActionForm.TitleInput, "  "),
            (ActionForm.DueInput, "31/12/2026"),
            (ActionForm.TargetInput, "80")), TestUser.Chris)).Card;
        Assert.Contains("required", refused.ErrorBelow(ActionForm.TitleInput), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("31/12/2026", refused.ErrorBelow(ActionForm.DueInput), Exact);
        Assert.Contains("needs a KPI", refused.ErrorBelow(ActionForm.TargetInput), Exact);
        Assert.Equal("80", refused.ValueOf(ActionForm.TargetInput)); // what was typed is kept

        var unknown = (await chat.ClickAsync(message, refused.Button(ImplementVerbs.AddAction), Inputs(
            (ActionForm.TitleInput, "Call back"),
            (ActionForm.OwnerInput, "00000000-0000-0000-0000-0000000e7e11"),
            (ActionForm.DueInput, Day(Today.AddYears(40))),
            (ActionForm.KpiInput, "k9")), TestUser.Chris)).Card;
        Assert.NotNull(unknown.ErrorBelow(ActionForm.OwnerInput)); // not someone the form offered
        Assert.NotNull(unknown.ErrorBelow(ActionForm.KpiInput));
        Assert.Contains("Must be a day from", unknown.ErrorBelow(ActionForm.DueInput), Exact);

        Assert.Empty((await bot.StoredMapAsync(chat, board)).Actions);
    }

    [Fact]
    public async Task When_Teams_does_not_list_the_members_the_workshops_people_are_offered_and_can_own_an_action()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (message, board) = await StartWithShortlistAsync(bot, chat);

        environment.Connector.EnqueueFailure(403, retryAfter: null, method: "GET");
        var form = (await chat.ClickAsync(message, board.ButtonTitled("Add an action item"), by: TestUser.Alice)).Card;

        // Alice facilitates, Chris added the idea; Bora has done nothing here yet.
        Assert.Equal([TestUser.Alice.AadObjectId, TestUser.Chris.AadObjectId], form.Input(ActionForm.OwnerInput).Choices);
        Assert.Contains("Teams did not list this conversation's members", form.Text, Exact);
        environment.Connector.EnqueueFailure(403, retryAfter: null, method: "GET");
        await chat.ClickAsync(message, form.Button(ImplementVerbs.AddAction), Inputs(
            (ActionForm.TitleInput, "Price on the home page"), (ActionForm.OwnerInput, TestUser.Chris.AadObjectId)), TestUser.Alice);

        Assert.Equal(TestUser.Chris.AadObjectId, (await bot.StoredMapAsync(chat, board)).Actions.Single().Details.Owner?.AadObjectId);
    }

    [Fact]
    public async Task When_Teams_is_slower_than_the_members_timeout_the_workshops_people_are_offered()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings
        {
            ExtraSettings = new Dictionary<string, string> { ["Conversations:MembersTimeout"] = "00:00:00.5" },
        });
        var chat = bot.GroupChat();
        var (message, board) = await StartWithShortlistAsync(bot, chat);

        // The members GET only: a board redraw (a PUT) still going out from the start must not take the delay instead.
        environment.Connector.EnqueueDelay(TimeSpan.FromSeconds(5), "GET");
        var form = (await chat.ClickAsync(message, board.ButtonTitled("Add an action item"), by: TestUser.Alice)).Card;

        Assert.Equal([TestUser.Alice.AadObjectId, TestUser.Chris.AadObjectId], form.Input(ActionForm.OwnerInput).Choices);
        Assert.Contains("Teams did not list this conversation's members", form.Text, Exact);
    }

    [Fact]
    public async Task Forty_actions_with_long_korean_titles_fit_every_card_in_english_and_korean()
    {
        foreach (var language in new[] { "en", "ko" })
        {
            await using var bot = await environment.StartBotAsync();
            var chat = bot.GroupChat(language == "ko" ? "ko-KR" : "en-US");
            var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate, language: language);
            var alice = TestUser.Alice.AsParticipant();
            var commands = new List<Func<JourneyMap, MapOutcome>>
            {
                map => map.AddKpi(alice, "k1", map.Stages[0].Id, new KpiDetails { Name = new string('지', Limits.MaxNameLength), Value = 123_456_789.5m, Source = EvidenceSource.Crm }, At),
            };
            for (var i = 1; i <= 10; i++)
            {
                var id = $"i{i}";
                commands.Add(map => map.AddIdea(alice, id, new IdeaDetails { Title = new string('아', Limits.MaxNameLength - 3) + id }, At));
                commands.Add(map => map.ShortlistIdea(alice, id, shortlisted: true));
            }

            for (var a = 1; a <= 40; a++)
            {
                var (id, offset) = ($"a{a}", a);
                var owner = new Participant($"00000000-0000-0000-0000-{a:000000000000}", $"{a} <at>*_[x](y) " + new string('김', 70));
                commands.Add(map => map.AddAction(alice, id, new ActionDetails
                {
                    Title = new string('과', Limits.MaxActionTitleLength - 3) + id,
                    Owner = owner,
                    DueDate = Today.AddDays(offset * 5 - 100),
                    KpiId = "k1",
                    KpiTarget = 987_654_321.25m,
                }, offset <= 10 ? $"i{offset}" : null, At));
            }

            await bot.ChangeStoredAsync(chat, board, [.. commands]);
            board = (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card;
            var list = (await chat.ClickAsync(message, board.Button(ImplementVerbs.ListActions), by: TestUser.Alice)).Card;
            var last = (await chat.ClickAsync(message, list.Buttons.Last(button => button.Verb == ImplementVerbs.ListActions), by: TestUser.Alice)).Card;
            var edit = (await chat.ClickAsync(message, board.ButtonFor(ImplementVerbs.EditAction, "a1"), by: TestUser.Alice)).Card;
            var status = (await chat.ClickAsync(message, board.ButtonFor(ImplementVerbs.ChangeStatus, "a1"), by: TestUser.Alice)).Card;
            var add = (await chat.ClickAsync(message, board.Button(ImplementVerbs.NewAction), by: TestUser.Alice)).Card;

            output.WriteLine($"{language}: board {board.Bytes:N0} B, list {list.Bytes:N0} B, last page {last.Bytes:N0} B, edit {edit.Bytes:N0} B, status {status.Bytes:N0} B, add {add.Bytes:N0} B");
            Assert.All(new[] { board, list, last, edit, status, add }, card => Assert.True(card.Bytes < 28 * 1024, $"{card.Bytes} bytes"));
            var mentions = Mentions(board);
            Assert.Equal(ActionsSection.ShownActions, mentions.Select(mention => mention.Id).Distinct().Count()); // one per owner shown
            Assert.DoesNotContain("<at>*", board.Text, Exact); // the name's own tag and markdown are escaped inside the mention
            Assert.Contains(language == "ko" ? "기한 지남" : "overdue since", board.Text, Exact);
            Assert.Contains(language == "ko" ? "실행 계획: 실행 과제 40개" : "Action plan: 40 action items", board.Text, Exact);
            Assert.Contains(language == "ko" ? "이 대화에 있는 사람들" : "The people in this conversation", edit.Text, Exact);
        }
    }

    [Fact]
    public async Task In_Teams_the_add_form_opens_in_a_dialog_with_the_members_and_a_save_closes_it()
    {
        await using var bot = await environment.StartBotAsync(new BotHostSettings { Forms = "Dialog" });
        var channel = bot.Channel();
        var (message, board) = await StartWithShortlistAsync(bot, channel);
        var open = board.Buttons.First(button => button.Type == "Action.Submit" && button.Title == "Add an action item");

        var dialog = await channel.OpenDialogAsync(message, open, TestUser.Bora);
        Assert.Equal([TestUser.Alice.AadObjectId, TestUser.Chris.AadObjectId, TestUser.Bora.AadObjectId], dialog.Shown.Input(ActionForm.OwnerInput).Choices);
        var saved = await channel.SubmitDialogAsync(dialog.Shown, ImplementVerbs.AddAction, Inputs(
            (ActionForm.TitleInput, "Price on the home page"), (ActionForm.OwnerInput, TestUser.Alice.AadObjectId), (ActionForm.DueInput, Day(Today.AddDays(7)))), TestUser.Bora);

        Assert.Equal("Saved.", saved.Message);
        var action = (await bot.StoredMapAsync(channel, board)).Actions.Single();
        Assert.Equal((TestUser.Alice.AadObjectId, Today.AddDays(7)), (action.Details.Owner?.AadObjectId, action.Details.DueDate));
    }

    /// <summary>A channel or chat at step 7: KPI k1 (Leads answered, 40) in the first stage, Chris's idea i1 shortlisted by Alice.</summary>
    private static async Task<(BotMessage Message, CardView Board)> StartWithShortlistAsync(BotHost bot, Conversation chat)
    {
        var (message, board) = await chat.StartAtStepAsync(TestUser.Alice, WorkshopStep.ImplementAndIterate);
        await bot.ChangeStoredAsync(chat, board,
            map => map.AddKpi(TestUser.Alice.AsParticipant(), "k1", map.StagesInOrder[0].Id, new KpiDetails { Name = "Leads answered", Value = 40, Source = EvidenceSource.Crm }, At),
            map => map.AddIdea(TestUser.Chris.AsParticipant(), "i1", new IdeaDetails { Title = "Reply to every lead within an hour" }, At),
            map => map.ShortlistIdea(TestUser.Alice.AsParticipant(), "i1", shortlisted: true));
        return (message, (await chat.ClickAsync(message, board.Button(WorkshopVerbs.Show), by: TestUser.Alice)).Card);
    }

    private static TestUser Named(Participant person) => new[] { TestUser.Alice, TestUser.Bora, TestUser.Chris }.Single(user => user.AadObjectId == person.AadObjectId);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyList<(string Text, string Id, string Name)> Mentions(CardView card) =>
        card.Json.TryGetProperty("msteams", out var teams) && teams.TryGetProperty("entities", out var entities)
            ? [.. entities.EnumerateArray().Select(entity => (
                entity.GetProperty("text").GetString()!,
                entity.GetProperty("mentioned").GetProperty("id").GetString()!,
                entity.GetProperty("mentioned").GetProperty("name").GetString()!))]
            : [];

    private static Dictionary<string, object?> Inputs(params (string Id, object? Value)[] inputs) => inputs.ToDictionary(input => input.Id, input => input.Value);
}
