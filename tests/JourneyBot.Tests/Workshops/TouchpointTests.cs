using JourneyBot.Storage.Workshops;
using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Steps.TouchpointsAndChannels;
using Microsoft.Extensions.DependencyInjection;
using static JourneyBot.Tests.Workshops.TouchpointSteps;

namespace JourneyBot.Tests.Workshops;

/// <summary>Step 3 through the real endpoint: touchpoints per stage, suggestions, channel fit, removal, permissions, Korean.</summary>
[Collection(BotTests.Name)]
public sealed class TouchpointTests(BotEnvironment environment)
{
    private const string Awareness = "awareness";

    [Fact]
    public async Task A_touchpoint_added_to_a_stage_is_listed_there_with_its_kind_channel_team_and_author_and_counted_on_the_board()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.GroupChat();
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var stage = await chat.OpenStageAsync(board, card, Awareness, TestUser.Alice);

        var added = await chat.AddTouchpointAsync(board, stage, TestUser.Alice, Typed("Paid ad on LinkedIn", "Marketing", "Online", "LinkedIn", "Growth marketing"));
        var reopened = await chat.OpenStageAsync(board, added.Card, Awareness, TestUser.Alice);

        // Added from the stage card: back on it, the touchpoint in place and the add form open again, empty.
        StageSteps.AssertInOrder(added.Card.Text, "Step 3/7 · Touchpoints and channels", "Touchpoints · Awareness", "Saved: Paid ad on LinkedIn", "Paid ad on LinkedIn — Alice Kim");
        Assert.Equal(string.Empty, added.Card.ValueOf(TouchpointInputs.Name) ?? string.Empty);
        var afterAdd = await chat.BoardAsync(board, added.Card, TestUser.Alice);
        Assert.Contains("**Awareness** · 1 touchpoint", afterAdd.Text, StringComparison.Ordinal);
        Assert.Contains("**Consideration** · no touchpoints yet", afterAdd.Text, StringComparison.Ordinal);
        Assert.Contains("Touchpoints · Awareness", reopened.Text, StringComparison.Ordinal);
        Assert.Contains("Paid ad on LinkedIn — Alice Kim", reopened.Text, StringComparison.Ordinal);
        Assert.Contains("Marketing · Online · via LinkedIn · owner: Growth marketing", reopened.Text, StringComparison.Ordinal);
        var shared = await chat.SharedCardAsync(board);
        Assert.Contains("**Awareness** · 1 touchpoint", shared!.Text, StringComparison.Ordinal);
        Assert.Contains("Paid ad on LinkedIn", shared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_touchpoint_without_a_name_and_with_a_tampered_category_comes_back_with_each_error_beside_its_field_and_the_input_kept()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var stage = await chat.OpenStageAsync(board, card, Awareness, TestUser.Alice);

        var refused = await chat.AddTouchpointAsync(board, stage, TestUser.Alice, Typed("   ", "Telepathy", "Offline", "email", "Support"));

        Assert.Equal("Required.", refused.Card.ErrorBelow(TouchpointInputs.Name));
        Assert.Equal("Not a value this accepts: Telepathy", refused.Card.ErrorBelow(TouchpointInputs.Category));
        Assert.Null(refused.Card.ErrorBelow(TouchpointInputs.Mode));
        Assert.Equal("Offline", refused.Card.ValueOf(TouchpointInputs.Mode));
        Assert.Equal("email", refused.Card.ValueOf(TouchpointInputs.Channel));
        Assert.Equal("Support", refused.Card.ValueOf(TouchpointInputs.OwningTeam));
        var unchanged = await chat.OpenStageAsync(board, refused.Card, Awareness, TestUser.Alice);
        Assert.Contains("No touchpoints in this stage yet", unchanged.Text, StringComparison.Ordinal);

        var fixedUp = await chat.AddTouchpointAsync(board, refused.Card, TestUser.Alice, Typed("Support email", "Service", "Offline", "email", "Support"));
        var again = await chat.AddTouchpointAsync(board, refused.Card, TestUser.Alice, Typed("Support email", "Service", "Offline", "email", "Support"));

        Assert.Contains("Saved: Support email", fixedUp.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Support email — Alice Kim", fixedUp.Card.Text, StringComparison.Ordinal);
        Assert.Contains("That was already saved.", again.Card.Text, StringComparison.Ordinal);
        Assert.Contains("**Awareness** · 1 touchpoint", again.Card.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_add_form_offers_the_suggestions_per_category_and_a_picked_one_fills_the_name_category_and_mode()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var stage = await chat.OpenStageAsync(board, card, "consideration", TestUser.Alice);

        var offered = stage.Json.GetRawText();
        var added = await chat.AddTouchpointAsync(board, stage, TestUser.Alice, new Dictionary<string, object?>
        {
            [TouchpointInputs.Suggestion] = "salesCall",
            [TouchpointInputs.Channel] = "phone",
        });
        var reopened = await chat.OpenStageAsync(board, added.Card, "consideration", TestUser.Alice);
        var named = await chat.AddTouchpointAsync(board, reopened, TestUser.Alice, new Dictionary<string, object?>
        {
            [TouchpointInputs.Suggestion] = "webinars",
            [TouchpointInputs.Name] = "Quarterly product webinar",
            [TouchpointInputs.Mode] = "Offline",
        });
        var after = await chat.OpenStageAsync(board, named.Card, "consideration", TestUser.Alice);

        Assert.Contains(TouchpointInputs.Suggestion, stage.Inputs.Select(input => input.Id));
        Assert.Contains("\"Marketing · White paper download\"", offered, StringComparison.Ordinal);
        Assert.Contains("\"Sales · Pricing page\"", offered, StringComparison.Ordinal);
        Assert.Contains("\"Customer success · Knowledge base\"", offered, StringComparison.Ordinal);
        Assert.Contains("\"Service · Booking a job by phone\"", offered, StringComparison.Ordinal);
        Assert.Contains("Sales call — Alice Kim", after.Text, StringComparison.Ordinal);
        Assert.Contains("Sales · Offline · via phone", after.Text, StringComparison.Ordinal);
        Assert.Contains("Quarterly product webinar — Alice Kim", after.Text, StringComparison.Ordinal);
        Assert.Contains("Marketing · Offline", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_author_edits_a_touchpoint_and_a_blank_name_is_refused_beside_the_field_with_the_input_kept()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var added = await chat.AddTouchpointAsync(board, await chat.OpenStageAsync(board, card, Awareness, TestUser.Alice), TestUser.Alice, Typed("Webinar"));
        var stage = await chat.OpenStageAsync(board, added.Card, Awareness, TestUser.Alice);

        var form = (await chat.ClickAsync(board, stage.RowButton("Webinar", TouchpointsAndChannelsVerbs.EditTouchpoint), null, TestUser.Alice)).Card;
        var refused = await chat.ClickAsync(board, form.Button(TouchpointsAndChannelsVerbs.SaveTouchpoint),
            form.Filled(Typed("", "CustomerSuccess", "Offline", "Zoom", "Customer success")), TestUser.Alice);
        var saved = await chat.ClickAsync(board, refused.Card.Button(TouchpointsAndChannelsVerbs.SaveTouchpoint),
            refused.Card.Filled(new Dictionary<string, object?> { [TouchpointInputs.Name] = "Monthly webinar" }), TestUser.Alice);
        var reopened = await chat.OpenStageAsync(board, saved.Card, Awareness, TestUser.Alice);

        Assert.Equal("Webinar", form.ValueOf(TouchpointInputs.Name));
        Assert.Equal("Marketing", form.ValueOf(TouchpointInputs.Category));
        Assert.Equal("Online", form.ValueOf(TouchpointInputs.Mode));
        Assert.Equal("Required.", refused.Card.ErrorBelow(TouchpointInputs.Name));
        Assert.Equal("CustomerSuccess", refused.Card.ValueOf(TouchpointInputs.Category));
        Assert.Equal("Zoom", refused.Card.ValueOf(TouchpointInputs.Channel));
        Assert.Contains("Monthly webinar — Alice Kim", reopened.Text, StringComparison.Ordinal);
        Assert.Contains("Customer success · Offline · via Zoom · owner: Customer success", reopened.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Webinar —", reopened.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_author_and_a_facilitator_see_and_may_use_edit_rate_and_remove()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.Channel();
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var added = await chat.AddTouchpointAsync(board, await chat.OpenStageAsync(board, card, Awareness, TestUser.Bora), TestUser.Bora, Typed("Trade fair booth", mode: "Offline"));

        var byBora = await chat.OpenStageAsync(board, added.Card, Awareness, TestUser.Bora);
        var byChris = await chat.OpenStageAsync(board, added.Card, Awareness, TestUser.Chris);
        var byAlice = await chat.OpenStageAsync(board, added.Card, Awareness, TestUser.Alice);
        var boraEdit = (await chat.ClickAsync(board, byBora.RowButton("Trade fair booth", TouchpointsAndChannelsVerbs.EditTouchpoint), null, TestUser.Bora)).Card;
        var chrisSave = await chat.ClickAsync(board, boraEdit.Button(TouchpointsAndChannelsVerbs.SaveTouchpoint), boraEdit.Filled(Typed("Hijacked")), TestUser.Chris);
        var chrisRemove = await chat.ClickAsync(board, boraEdit.Button(TouchpointsAndChannelsVerbs.RemoveTouchpoint), null, TestUser.Chris);
        var boraQuestion = (await chat.ClickAsync(board, boraEdit.Button(TouchpointsAndChannelsVerbs.RemoveTouchpoint), null, TestUser.Bora)).Card;
        var chrisConfirm = await chat.ClickAsync(board, boraQuestion.Button(TouchpointsAndChannelsVerbs.ConfirmRemoveTouchpoint), null, TestUser.Chris);
        var afterChris = await chat.OpenStageAsync(board, chrisConfirm.Card, Awareness, TestUser.Chris);
        var aliceEdit = (await chat.ClickAsync(board, byAlice.RowButton("Trade fair booth", TouchpointsAndChannelsVerbs.EditTouchpoint), null, TestUser.Alice)).Card;

        Assert.Contains("Trade fair booth — 박보라", byChris.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(byChris.Buttons, button => button.Verb is TouchpointsAndChannelsVerbs.EditTouchpoint or TouchpointsAndChannelsVerbs.RemoveTouchpoint);
        Assert.DoesNotContain(byBora.Buttons, button => button.Verb == TouchpointsAndChannelsVerbs.RemoveTouchpoint);
        Assert.Equal(TouchpointsAndChannelsVerbs.EditTouchpoint, byBora.RowButton("Trade fair booth", TouchpointsAndChannelsVerbs.EditTouchpoint).Verb);
        Assert.Equal("Remove…", aliceEdit.Button(TouchpointsAndChannelsVerbs.RemoveTouchpoint).Title);
        Assert.Contains("Only a facilitator, or the person who added it, can do this.", chrisSave.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Only a facilitator, or the person who added it, can do this.", chrisRemove.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Only a facilitator, or the person who added it, can do this.", chrisConfirm.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Trade fair booth — 박보라", afterChris.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hijacked", afterChris.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_fit_rating_on_the_edit_card_is_shown_as_the_combined_value_and_a_rating_out_of_range_is_refused_beside_its_field()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        var added = await chat.AddTouchpointAsync(board, await chat.OpenStageAsync(board, card, Awareness, TestUser.Alice), TestUser.Alice, Typed("Newsletter"));
        var stage = await chat.OpenStageAsync(board, added.Card, Awareness, TestUser.Alice);

        var form = (await chat.ClickAsync(board, stage.RowButton("Newsletter", TouchpointsAndChannelsVerbs.EditTouchpoint), null, TestUser.Alice)).Card;
        var refused = await chat.ClickAsync(board, form.Button(TouchpointsAndChannelsVerbs.SaveTouchpoint), form.Filled(Fit("9", "", "3")), TestUser.Alice);
        var rated = await chat.ClickAsync(board, refused.Card.Button(TouchpointsAndChannelsVerbs.SaveTouchpoint), refused.Card.Filled(Fit("5", "4", "4")), TestUser.Alice);
        var reopened = await chat.OpenStageAsync(board, rated.Card, Awareness, TestUser.Alice);
        var again = (await chat.ClickAsync(board, reopened.RowButton("Newsletter", TouchpointsAndChannelsVerbs.EditTouchpoint), null, TestUser.Alice)).Card;

        Assert.Equal("Edit and rate fit", stage.RowButton("Newsletter", TouchpointsAndChannelsVerbs.EditTouchpoint).Title);
        Assert.DoesNotContain("channel fit", stage.Text, StringComparison.Ordinal);
        Assert.Contains("Persona preference: does the persona use this channel?", form.Inputs.Select(input => input.Label));
        Assert.Equal(("Category (required)", true), (form.Input(TouchpointInputs.Category).Label, form.Input(TouchpointInputs.Category).IsRequired));
        Assert.Equal(("Online or offline (required)", true), (form.Input(TouchpointInputs.Mode).Label, form.Input(TouchpointInputs.Mode).IsRequired));
        Assert.Equal(("Category (required unless a suggestion is picked)", false), (stage.Input(TouchpointInputs.Category).Label, stage.Input(TouchpointInputs.Category).IsRequired));
        Assert.Equal("Must be from 1 to 5.", refused.Card.ErrorBelow(TouchpointInputs.PersonaPreference));
        Assert.Equal("Required.", refused.Card.ErrorBelow(TouchpointInputs.StageRelevance));
        Assert.Null(refused.Card.ErrorBelow(TouchpointInputs.ResourceAvailability));
        Assert.Equal("3", refused.Card.ValueOf(TouchpointInputs.ResourceAvailability));
        Assert.Equal("Newsletter", refused.Card.ValueOf(TouchpointInputs.Name));
        Assert.Contains("Newsletter — Alice Kim", reopened.Text, StringComparison.Ordinal);
        Assert.Contains("Marketing · Online · channel fit 4.33/5", reopened.Text, StringComparison.Ordinal);
        Assert.Equal("5 4 4", $"{again.ValueOf(TouchpointInputs.PersonaPreference)} {again.ValueOf(TouchpointInputs.StageRelevance)} {again.ValueOf(TouchpointInputs.ResourceAvailability)}");
    }

    [Fact]
    public async Task Removing_a_touchpoint_that_ratings_hang_on_asks_first_and_remove_all_takes_them_too()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Alice);
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Alice);
        card = await chat.AddManyAsync(board, card, Awareness, TestUser.Alice, ["Pricing page", "Blog post"]);
        var rated = await bot.ChangeStoredAsync(chat, card, map =>
            map.RateSatisfaction(new Workshop.Participant(TestUser.Bora.AadObjectId, TestUser.Bora.Name), map.Touchpoints[0].Id, 4, DateTimeOffset.UtcNow));
        var stage = await chat.OpenStageAsync(board, card, Awareness, TestUser.Alice);

        var (_, plainQuestion, plain) = await chat.RemoveThroughFormAsync(board, stage.RowButton("Blog post", TouchpointsAndChannelsVerbs.EditTouchpoint),
            TouchpointsAndChannelsVerbs.RemoveTouchpoint, TouchpointsAndChannelsVerbs.ConfirmRemoveTouchpoint, TestUser.Alice);
        var pricingForm = (await chat.ClickAsync(board, stage.RowButton("Pricing page", TouchpointsAndChannelsVerbs.EditTouchpoint), null, TestUser.Alice)).Card;
        var asked = await chat.ClickAsync(board, pricingForm.Button(TouchpointsAndChannelsVerbs.RemoveTouchpoint), null, TestUser.Alice);
        var kept = await chat.ClickAsync(board, asked.Card.ButtonTitled("Back to the stage"), null, TestUser.Alice);
        var removed = await chat.ClickAsync(board, asked.Card.Button(TouchpointsAndChannelsVerbs.RemoveTouchpointWithWork), null, TestUser.Alice);

        Assert.Contains("Remove “Blog post”?", plainQuestion.Text, StringComparison.Ordinal);
        Assert.Contains("This cannot be undone.", plainQuestion.Text, StringComparison.Ordinal);
        Assert.Contains("**Awareness** · 1 touchpoint", plain.Card.Text, StringComparison.Ordinal);
        Assert.Contains("Remove this touchpoint?", asked.Card.Text, StringComparison.Ordinal);
        Assert.Contains("1 satisfaction rating or evidence note about “Pricing page” goes with it.", asked.Card.Text, StringComparison.Ordinal);
        Assert.Equal("Remove it and 1 more", asked.Card.Button(TouchpointsAndChannelsVerbs.RemoveTouchpointWithWork).Title);
        Assert.Contains("Pricing page — Alice Kim", kept.Card.Text, StringComparison.Ordinal);
        Assert.Contains("**Awareness** · no touchpoints yet", removed.Card.Text, StringComparison.Ordinal);
        var stored = await bot.Services.GetRequiredService<IWorkshopStore>().LoadAsync(new WorkshopOwner(chat.Account.TenantId, chat.Id), rated.Id, CancellationToken.None);
        Assert.Empty(stored!.Map.Touchpoints);
        Assert.Empty(stored.Map.SatisfactionRatings);
    }

    [Fact]
    public async Task A_Korean_workshop_labels_categories_modes_suggestions_and_stages_in_Korean()
    {
        await using var bot = await environment.StartBotAsync();
        var chat = bot.PersonalChat(TestUser.Bora, "ko-KR");
        var (board, card) = await chat.StartAtTouchpointsAsync(TestUser.Bora, language: "ko");
        var stage = await chat.OpenStageAsync(board, card, Awareness, TestUser.Bora);

        var added = await chat.AddTouchpointAsync(board, stage, TestUser.Bora, new Dictionary<string, object?>
        {
            [TouchpointInputs.Suggestion] = "webinars",
            [TouchpointInputs.OwningTeam] = "그로스 마케팅",
        });
        var reopened = await chat.OpenStageAsync(board, added.Card, Awareness, TestUser.Bora);
        var refused = await chat.AddTouchpointAsync(board, reopened, TestUser.Bora, Typed("", "Sales"));

        Assert.Contains("스텝 3/7 · 터치포인트와 채널", card.Text, StringComparison.Ordinal);
        Assert.Contains("**인지** · 아직 터치포인트 없음", card.Text, StringComparison.Ordinal);
        Assert.Equal("보기 및 추가", card.Buttons.First(button => button.Verb == TouchpointsAndChannelsVerbs.OpenStage).Title);
        var form = stage.Json.GetRawText();
        foreach (var label in new[] { "\"마케팅\"", "\"영업\"", "\"고객 성공\"", "\"서비스\"", "\"기타\"", "\"온라인\"", "\"오프라인\"", "\"마케팅 · 웨비나\"", "\"분류 (필수, 제안을 고르면 생략 가능)\"" })
        {
            Assert.Contains(label, form, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\"마케팅 · 웨비나\"", reopened.Json.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("webinars", reopened.Input(TouchpointInputs.Suggestion).Choices);
        Assert.Contains("마케팅 · 온라인 · 담당: 그로스 마케팅", reopened.Text, StringComparison.Ordinal);
        Assert.Contains("터치포인트 · 인지", reopened.Text, StringComparison.Ordinal);
        Assert.Contains("웨비나 — 박보라", reopened.Text, StringComparison.Ordinal);
        Assert.Contains("마케팅 · 온라인 · 담당: 그로스 마케팅", reopened.Text, StringComparison.Ordinal);
        Assert.Equal("필수 항목입니다.", refused.Card.ErrorBelow(TouchpointInputs.Name));
    }

    private static Dictionary<string, object?> Fit(string personaPreference, string stageRelevance, string resourceAvailability) => new()
    {
        [TouchpointInputs.PersonaPreference] = personaPreference,
        [TouchpointInputs.StageRelevance] = stageRelevance,
        [TouchpointInputs.ResourceAvailability] = resourceAvailability,
    };
}
