using JourneyBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddJourneyBot();

var app = builder.Build();
app.MapJourneyBot();
app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
