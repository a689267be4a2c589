// Where a process's allocations come from, from a dotnet-trace gc-verbose trace (scripts/profile.sh allocations).
// The runtime reports an allocation sample (AllocationTick) about every 100 KB, with its type and stack; this prints
// the sampled bytes by type, by our methods and the libraries' (inclusive: everything they and their callees
// allocated), and by the stack's innermost frames, as shares of all sampled bytes. Prints figures; asserts nothing.
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: Allocations <trace.nettrace> [rows]");
    return 2;
}

var rows = args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var byType = new Dictionary<string, double>(StringComparer.Ordinal);
var byMethod = new Dictionary<string, double>(StringComparer.Ordinal);
var byStack = new Dictionary<string, double>(StringComparer.Ordinal);
double total = 0;
var collections = 0;
foreach (var traceEvent in log.Events)
{
    if (traceEvent is GCStartTraceData)
    {
        collections++;
    }

    if (traceEvent is not GCAllocationTickTraceData tick)
    {
        continue;
    }

    double bytes = tick.AllocationAmount64;
    total += bytes;
    Add(byType, tick.TypeName, bytes);
    var frames = new List<string>();
    for (var frame = traceEvent.CallStack(); frame is not null; frame = frame.Caller)
    {
        frames.Add(frame.CodeAddress.FullMethodName is { Length: > 0 } name ? name : "?");
    }

    foreach (var method in frames.Distinct(StringComparer.Ordinal).Where(Ours))
    {
        Add(byMethod, method, bytes);
    }

    Add(byStack, $"{tick.TypeName} <= {string.Join(" < ", frames.Take(2))} ... {string.Join(" < ", frames.Where(Ours).Take(2))}", bytes);
}

Console.WriteLine($"sampled allocations: {total / 1e6:F1} MB; garbage collections: {collections}");
Print("by type", byType);
Print("inclusive, by our methods and the libraries'", byMethod);
Print("by stack (innermost frames ... first of ours)", byStack);
return 0;

static bool Ours(string method) =>
    method.StartsWith("JourneyBot", StringComparison.Ordinal) || method.StartsWith("Azure.", StringComparison.Ordinal)
    || method.StartsWith("System.Text.Json", StringComparison.Ordinal) || method.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal);

static void Add(Dictionary<string, double> counts, string key, double bytes) => counts[key] = counts.GetValueOrDefault(key) + bytes;

void Print(string title, Dictionary<string, double> counts)
{
    Console.WriteLine($"-- {title}");
    foreach (var (key, bytes) in counts.OrderByDescending(entry => entry.Value).Take(rows))
    {
        Console.WriteLine($"{100 * bytes / total,5:F1}%  {(key.Length > 240 ? key[..240] : key)}");
    }
}
