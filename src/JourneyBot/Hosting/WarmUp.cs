using System.Text;
using System.Text.Json;
using JourneyBot.Connector.Schema;
using JourneyBot.Storage.Workshops;
using JourneyBot.Workshop;
using JourneyBot.Workshops;
using JourneyBot.Workshops.Board;
using JourneyBot.Workshops.Forms;

namespace JourneyBot.Hosting;

/// <summary>
/// Right after start, draws every step's board in both languages and writes and reads the JSON a turn writes and reads
/// (the activity, the stored workshop), without storage or the network: the first turn then runs code that is already
/// compiled, instead of compiling it while Teams waits (docs/architecture.md, Benchmarks: first answer after start).
/// It runs beside start-up: <c>/healthz</c> and <c>/readyz</c> do not wait for it. The board and the forms are resolved
/// when it runs, not when it is created, so a configuration error is reported by start-up's validation, not by the warm-up.
/// </summary>
public sealed class WarmUp(IServiceProvider services, TimeProvider time, ILogger<WarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // start-up goes on while this runs
        var started = time.GetTimestamp();
        try
        {
            var cards = Run(stoppingToken);
            Log.WarmedUp(logger, (long)time.GetElapsedTime(started).TotalMilliseconds, cards);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping before it finished: nothing to warm any more.
        }
#pragma warning disable CA1031 // A warm-up that fails costs only speed: the app serves turns all the same.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.WarmUpFailed(logger, exception);
        }
    }

    private int Run(CancellationToken stoppingToken)
    {
        var board = services.GetRequiredService<WorkshopBoard>();
        var forms = services.GetRequiredService<CardForms>();
        var facilitator = new Participant("warm-up", "Warm-up");
        var cards = 0;
        foreach (var language in new[] { WorkshopLanguages.English, WorkshopLanguages.Korean })
        {
            var started = JourneyMap.Start(new NewWorkshop
            {
                Id = "warm-up",
                Name = "Warm-up",
                MapType = MapType.CurrentState,
                Template = StageTemplate.Saas,
                Language = language,
                Facilitator = facilitator,
                CreatedAt = time.GetUtcNow(),
            });
            if (started.Map is not { } map)
            {
                return cards;
            }

            // As a turn does: written as the string a column holds, read back from UTF-8 as a query keeps it.
            var stored = WorkshopJson.Deserialize<JourneyMap>(Encoding.UTF8.GetBytes(WorkshopJson.Serialize(map)));
            foreach (var step in Enum.GetValues<WorkshopStep>())
            {
                stoppingToken.ThrowIfCancellationRequested();
                var at = stored with { CurrentStep = step };
                var card = forms.ForConversation(board.Build(new StepView { Map = at, Text = WorkshopText.Of(at), Viewer = facilitator }));
                var written = JsonSerializer.SerializeToUtf8Bytes(Activity.FromCard(card), ConnectorJson.Options);
                _ = JsonSerializer.Deserialize<Activity>(written, ConnectorJson.Options);
                _ = JsonSerializer.SerializeToUtf8Bytes(AdaptiveCardInvokeResponse.Card(card), ConnectorJson.Options);
                cards++;
            }
        }

        return cards;
    }
}
