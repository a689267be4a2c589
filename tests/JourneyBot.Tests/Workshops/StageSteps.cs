using JourneyBot.Tests.Driver;
using JourneyBot.Workshops.Flow;

namespace JourneyBot.Tests.Workshops;

/// <summary>Moves a conversation to step 2 and finds its buttons, the way the journey stages tests need.</summary>
internal static class StageSteps
{
    /// <summary>Two personas, with ids the tests name cells by ("founder.awareness").</summary>
    public static readonly (string Id, string Name)[] TwoPersonas = [("founder", "Tech founder"), ("manager", "Ops manager")];

    /// <summary>Stores two personas (as step 1 would have) and returns the board <paramref name="by"/> sees after a refresh.</summary>
    public static async Task<CardView> WithPersonasAsync(BotHost bot, Conversation chat, BotMessage setup, CardView board, TestUser by)
    {
        await bot.AddPersonasAsync(chat, board, TwoPersonas);
        return (await chat.ClickAsync(setup, board.Button(WorkshopVerbs.Show), by: by)).Card;
    }

    /// <summary>Starts a workshop as Alice and moves it to step 2; returns the board message and Alice's step 2 board.</summary>
    public static Task<(BotMessage Board, CardView Card)> StepTwoAsync(Conversation chat, string template = "Saas", string language = "en") =>
        chat.StartAtStepAsync(TestUser.Alice, JourneyBot.Workshop.WorkshopStep.JourneyStages, template, language);

    /// <summary>Card inputs as a person fills them.</summary>
    public static Dictionary<string, object?> Inputs(params (string Id, object? Value)[] inputs) =>
        inputs.ToDictionary(input => input.Id, input => input.Value);

    /// <summary>Each of <paramref name="lines"/> appears in <paramref name="text"/>, after the one before it.</summary>
    public static void AssertInOrder(string text, params string[] lines)
    {
        var at = -1;
        foreach (var line in lines)
        {
            var found = text.IndexOf(line, at + 1, StringComparison.Ordinal);
            Assert.True(found > at, $"'{line}' does not come next in:\n{text}");
            at = found;
        }
    }
}
