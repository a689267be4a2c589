namespace JourneyBot.Connector.Hosting;

/// <summary>The application's side of a turn: everything after the request is authenticated and parsed.</summary>
public interface IBot
{
    /// <summary>Handles one inbound activity. Exceptions are caught and logged by the endpoint, but a bot should not throw.</summary>
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
