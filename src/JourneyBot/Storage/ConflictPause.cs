namespace JourneyBot.Storage;

/// <summary>
/// The short random pause before a write is tried again after it lost a race (412, 409) to another writer, so racing
/// turns and instances spread out instead of colliding again. It waits for another writer's real request to finish, so
/// it is measured by the wall clock: under the app's clock a test that freezes time (a year of reminders on a fake
/// clock) would never see the pause end.
/// </summary>
internal static class ConflictPause
{
    /// <summary>The longest pause; each pause is a random part of it.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(50);

    public static Task WaitAsync(CancellationToken cancellationToken) =>
        Task.Delay(Longest * Random.Shared.NextDouble(), TimeProvider.System, cancellationToken);
}
