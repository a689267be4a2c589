using JourneyBot.Hosting;

// The content root is the app's own folder, wherever it is started from: appsettings*.json live there, and the host
// watches the content root for their changes. Started from a clone's root (`dotnet path/to/JourneyBot.dll`, as the
// benchmark's driver does) it would otherwise watch every folder of the repository, node_modules included: thousands
// of inotify watches at start.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddJourneyBot();

var app = builder.Build();
app.MapJourneyBot();
app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
