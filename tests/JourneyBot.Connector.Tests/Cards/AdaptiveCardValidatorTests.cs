using System.Text.Json;
using System.Text.Json.Nodes;
using JourneyBot.Testing;

namespace JourneyBot.Connector.Tests.Cards;

public sealed class AdaptiveCardValidatorTests(AdaptiveCardValidator validator) : IClassFixture<AdaptiveCardValidator>
{
    private const int MaxCardBytes = 28 * 1024;

    private const string ValidTeamsCard = """
        {
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "type": "AdaptiveCard",
          "version": "1.5",
          "msteams": { "width": "Full" },
          "body": [
            { "type": "TextBlock", "text": "누가 고객인가요? Who are your customers?", "wrap": true, "size": "Large", "weight": "Bolder" },
            { "type": "Input.Text", "id": "persona", "label": "Persona", "isRequired": true,
              "errorMessage": "Name the persona.", "maxLength": 100 },
            { "type": "Table", "firstRowAsHeaders": true, "columns": [ { "width": 1 }, { "width": 2 } ],
              "rows": [ { "type": "TableRow", "cells": [
                { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "Stage" } ] },
                { "type": "TableCell", "items": [ { "type": "TextBlock", "text": "Touchpoint" } ] } ] } ] }
          ],
          "actions": [
            { "type": "Action.Execute", "title": "Add", "verb": "addPersona", "data": { "workshopId": "w1", "step": 1 } }
          ]
        }
        """;

    [Fact]
    public async Task A_valid_Teams_card_with_a_required_input_an_execute_action_full_width_and_a_table_has_no_problems()
    {
        var problems = await validator.ValidateAsync(Card(ValidTeamsCard), CancellationToken.None);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("""{ "type": "TextBlok", "text": "Hi" }""", "Unknown element type \"TextBlok\"")]
    [InlineData("""{ "type": "Input.Text", "label": "Persona" }""", "/body/0: All inputs must have a unique Id.")]
    [InlineData("""{ "type": "TextBlock", "text": "Hi", "size": "Huge" }""", "/body/0: Invalid value \"Huge\" for property \"size\".")]
    [InlineData("""{ "type": "TextBlock", "text": "Hi", "wrap": "yes" }""", "\"yes\" is not true or false for property \"wrap\" on TextBlock")]
    [InlineData("""{ "type": "Input.Text", "id": "a", "label": "A", "isRequried": true }""", "unknown property \"isRequried\" on Input.Text")]
    [InlineData("""{ "type": "TextBlock", "text": "Hi", "msteams": { "width": "Full" } }""", "unknown property \"msteams\" on TextBlock")]
    [InlineData("""{ "type": "Input.Text", "id": "a", "label": "A", "labelPosition": "inline" }""", "Property \"labelPosition\" is supported in version 1.6, but you are using version 1.5.")]
    [InlineData("""{ "type": "Carousel", "pages": [] }""", "Unknown element type \"Carousel\"")]
    public async Task A_broken_body_element_is_reported_as_the_only_problem(string element, string expectedProblem)
    {
        var card = Card($$"""{ "type": "AdaptiveCard", "version": "1.5", "body": [ {{element}} ] }""");

        var problems = await validator.ValidateAsync(card, CancellationToken.None);

        Assert.Contains(expectedProblem, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.6", "body": [] }""", "\"version\" is \"1.6\", above 1.5")]
    [InlineData("""{ "type": "AdaptiveCard", "body": [] }""", "\"version\" is missing")]
    [InlineData("""{ "type": "Card", "version": "1.5", "body": [] }""", "Invalid or missing card type")]
    [InlineData("""{ "$schema": "https://example.com/card.json", "type": "AdaptiveCard", "version": "1.5", "body": [] }""", "\"$schema\" is \"https://example.com/card.json\"")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Execute", "title": "Go" } ] }""", "/actions/0: Action.Execute has no verb")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Exekute", "verb": "go" } ] }""", "Unknown action type \"Action.Exekute\"")]
    public async Task A_broken_card_header_or_action_is_reported_as_the_only_problem(string json, string expectedProblem)
    {
        var problems = await validator.ValidateAsync(Card(json), CancellationToken.None);

        Assert.Contains(expectedProblem, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_the_card_declares_is_allowed()
    {
        var card = Card("""
            { "type": "AdaptiveCard", "version": "1.5",
              "msteams": { "width": "Full", "entities": [ { "type": "mention", "text": "<at>김지우</at>", "mentioned": { "id": "aad-1", "name": "김지우" } } ] },
              "body": [ { "type": "TextBlock", "text": "Owner: <at>김지우</at>" } ] }
            """);

        Assert.Empty(await validator.ValidateAsync(card, CancellationToken.None));
    }

    [Theory]
    [InlineData("""[]""", """Owner: <at>Kim</at>""", "would render as a mention")]
    [InlineData("""[ { "type": "mention", "text": "<at>Kim</at>", "mentioned": { "id": "aad-1", "name": "Kim" } } ]""", """Owner: Kim""", "appears in no text of the card")]
    [InlineData("""[ { "type": "mention", "text": "<at>Kim</at>", "mentioned": { "name": "Kim" } } ]""", """Owner: <at>Kim</at>""", "needs mentioned.id and mentioned.name")]
    [InlineData("""[ { "type": "mention", "text": "<at>K<at>im</at>", "mentioned": { "id": "aad-1", "name": "Kim" } } ]""", """Owner: <at>K<at>im</at>""", "no other tag inside")]
    public async Task A_mention_that_is_not_declared_or_declared_wrongly_is_reported(string entities, string text, string expectedProblem)
    {
        var card = Card($$"""
            { "type": "AdaptiveCard", "version": "1.5", "msteams": { "entities": {{entities}} },
              "body": [ { "type": "TextBlock", "text": "{{text}}" } ] }
            """);

        var problems = await validator.ValidateAsync(card, CancellationToken.None);

        Assert.Contains(problems, problem => problem.Contains(expectedProblem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Action_submit_is_allowed()
    {
        var card = Card("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Submit", "title": "Send" } ] }""");

        Assert.Empty(await validator.ValidateAsync(card, CancellationToken.None));
    }

    [Fact]
    public async Task A_card_of_exactly_28_KB_passes_and_one_byte_more_is_reported_as_too_large()
    {
        var atLimit = await validator.ValidateAsync(CardOfUtf8Size(MaxCardBytes), CancellationToken.None);
        var overLimit = await validator.ValidateAsync(CardOfUtf8Size(MaxCardBytes + 1), CancellationToken.None);

        Assert.Empty(atLimit);
        Assert.Contains($"is {MaxCardBytes + 1} bytes in UTF-8, over the 28 KB limit", Assert.Single(overLimit), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_size_counts_UTF_8_bytes_so_Korean_text_under_28_K_characters_can_be_too_large()
    {
        // 10,000 Hangul syllables are 10,000 characters but 30,000 bytes in UTF-8.
        var card = TextCard(new string('가', 10_000));

        var problems = await validator.ValidateAsync(card, CancellationToken.None);

        Assert.Contains("over the 28 KB limit", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Twenty_concurrent_validations_each_get_the_answer_for_their_own_card()
    {
        var cards = Enumerable.Range(0, 20)
            .Select(i => i % 2 == 0
                ? TextCard($"Card {i}")
                : Card($$"""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "Unknown{{i}}" } ] }"""))
            .ToArray();

        var answers = await Task.WhenAll(cards.Select(card => Task.Run(() => validator.ValidateAsync(card, CancellationToken.None))));

        for (var i = 0; i < answers.Length; i++)
        {
            if (i % 2 == 0)
            {
                Assert.Empty(answers[i]);
            }
            else
            {
                Assert.Contains($"Unknown element type \"Unknown{i}\"", Assert.Single(answers[i]), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task AssertValidAsync_throws_with_the_problems_and_the_start_of_the_card()
    {
        var card = Card("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ { "type": "TextBlok", "text": "안녕" } ] }""");

        await validator.AssertValidAsync(Card(ValidTeamsCard), CancellationToken.None);
        var error = await Assert.ThrowsAsync<InvalidAdaptiveCardException>(() => validator.AssertValidAsync(card, CancellationToken.None));

        Assert.Contains("Unknown element type \"TextBlok\"", Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.Contains("Unknown element type \"TextBlok\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"안녕"}]}""", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_without_node_modules_is_refused_with_a_hint_to_run_npm_ci()
    {
        var emptyRepository = Directory.CreateTempSubdirectory("journeybot-no-node-modules-");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => AdaptiveCardValidator.ForRepository(emptyRepository.FullName));

            Assert.Contains("run `npm ci`", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            emptyRepository.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_disposed_validator_refuses_further_cards()
    {
        var own = new AdaptiveCardValidator();
        Assert.Empty(await own.ValidateAsync(TextCard("Hi"), CancellationToken.None));

        await own.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => own.ValidateAsync(TextCard("Hi"), CancellationToken.None));
    }

    private static JsonElement Card(string json) => JsonSerializer.Deserialize<JsonElement>(json);

    private static JsonElement TextCard(string text) => JsonSerializer.SerializeToElement(new JsonObject
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
    });

    // The validator measures the card as compact JSON; with ASCII text that is exactly what we serialize here.
    private static JsonElement CardOfUtf8Size(int bytes)
    {
        var emptyTextBytes = JsonSerializer.SerializeToUtf8Bytes(TextCard("")).Length;
        var card = TextCard(new string('a', bytes - emptyTextBytes));
        Assert.Equal(bytes, JsonSerializer.SerializeToUtf8Bytes(card).Length);
        return card;
    }
}
