namespace JourneyBot.Maps.Tests;

/// <summary>The clone these tests run from, for files beside the tests (scripts, node_modules, the fonts' licence).</summary>
internal static class RepositoryRoot
{
    /// <summary>The nearest folder above the test output that holds JourneyBot.sln.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "JourneyBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No JourneyBot.sln above {AppContext.BaseDirectory}.");
    }
}
