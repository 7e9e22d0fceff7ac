using KenpoGraph.DemoData;

// dotnet run --project tools/KenpoGraph.DemoData [-- <seed folder> [<output folder>]]
// Regenerates db/seed/demo_*.csv from the published figures in db/seed (see db/seed/README.md, "Demonstration data").
var seedDirectory = args.Length > 0 ? args[0] : RepositoryPaths.SeedDirectory();
var outputDirectory = args.Length > 1 ? args[1] : seedDirectory;
var files = DemoDataGenerator.Render(seedDirectory);
KenpoGraph.DemoData.Output.DemoCsvWriter.Write(outputDirectory, files);
foreach (var (name, content) in files)
{
    Console.WriteLine($"{Path.Combine(outputDirectory, name)}: {content.Count(c => c == '\n') - 1} rows");
}
Console.WriteLine($"Demonstration data {DemoDataGenerator.Locator}: every row is DEMO.");
