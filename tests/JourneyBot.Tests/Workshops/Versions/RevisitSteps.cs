using JourneyBot.Tests.Driver;
using JourneyBot.Workshop;
using JourneyBot.Workshops.Flow;
using JourneyBot.Workshops.Versions;

namespace JourneyBot.Tests.Workshops.Versions;

/// <summary>Step 7's finish, revisit and versions the way people do them: the board's buttons and forms, typed commands.</summary>
internal static class RevisitSteps
{
    /// <summary>The facilitator presses "Finish…" on the board and Finish on the form with <paramref name="cadence"/>.</summary>
    public static async Task<InvokeResult> FinishAsync(this Conversation chat, BotMessage message, CardView board, TestUser by, string cadence = "Quarterly", string? date = null)
    {
        var form = (await chat.ClickAsync(message, board.Button(VersionsVerbs.OpenFinish), by: by)).Card;
        return await chat.ClickAsync(message, form.Button(VersionsVerbs.Finish), Cadence(cadence, date), by);
    }

    public static Dictionary<string, object?> Cadence(string cadence, string? date = null) => new()
    {
        [RevisitPlanFields.CadenceInput] = cadence,
        [RevisitPlanFields.DateInput] = date ?? string.Empty,
    };

    /// <summary>The facilitator goes to step <paramref name="step"/> with the board's "Go to step".</summary>
    public static async Task<CardView> GoAsync(this Conversation chat, BotMessage message, CardView board, int step, TestUser by) =>
        (await chat.ClickOnBoardAsync(message, board, WorkshopVerbs.Go, by,
            new Dictionary<string, object?> { ["go.step"] = step.ToString(System.Globalization.CultureInfo.InvariantCulture) })).Card;

    /// <summary>A form's inputs as the card shows them, with <paramref name="changes"/> typed over them.</summary>
    public static Dictionary<string, object?> Typed(this CardView form, params (string Id, string Value)[] changes)
    {
        var inputs = form.Inputs.GroupBy(input => input.Id).ToDictionary(group => group.Key, group => (object?)group.First().Value);
        foreach (var (id, value) in changes)
        {
            inputs[id] = value;
        }

        return inputs;
    }
}
