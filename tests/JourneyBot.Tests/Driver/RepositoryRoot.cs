namespace JourneyBot.Tests.Driver;

/// <summary>The checkout's root (the folder with JourneyBot.sln), found from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "JourneyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("JourneyBot.sln not found above " + AppContext.BaseDirectory);
    }
}
