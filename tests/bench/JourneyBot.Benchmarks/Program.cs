using System.Buffers.Binary;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using JourneyBot.Benchmarks;

// Prints, once, what each output of the Korean 5x8 map weighs, then times each, and step 6's analysis of the largest map. Figures, not verdicts: nothing here
// fails on time. Arguments go to BenchmarkDotNet (e.g. --filter *PNG*).
//   dotnet run -c Release --project tests/bench/JourneyBot.Benchmarks [-- BenchmarkDotNet arguments]
using (var sizes = new MapBenchmarks())
{
    var document = sizes.BuildDocument();
    var png = sizes.RenderPicture();
    // A PNG starts with its 8-byte signature and the IHDR chunk: length, type, then width and height, big-endian.
    var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    Console.WriteLine($"Korean map, {document.Personas.Count} personas x {document.Stages.Count} stages:");
    Console.WriteLine($"  PNG       {png.Length,10:N0} bytes, {width}x{height} px");
    Console.WriteLine($"  HTML page {Encoding.UTF8.GetByteCount(sizes.RenderPage()),10:N0} bytes (UTF-8)");
    Console.WriteLine($"  XLSX      {sizes.WriteWorkbook().Length,10:N0} bytes");
    Console.WriteLine($"  CSV zip   {sizes.WriteCsvZip().Length,10:N0} bytes");
}

// A short job in this process: a few iterations give figures in under a minute on two cores, and running in process
// spares the build of a separate benchmark project (and keeps the Words folder beside the code that reads it). Reports
// go under artifacts/ (ignored by git) of the directory it runs in.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .WithArtifactsPath(Path.Combine("artifacts", "bench"))
    .WithOptions(ConfigOptions.DisableLogFile);
Console.WriteLine($"Largest map (20 stages x 10 personas, 40 ideas): {new AnalysisBenchmarks().Findings:N0} findings");
BenchmarkRunner.Run([typeof(MapBenchmarks), typeof(AnalysisBenchmarks)], config, args);
