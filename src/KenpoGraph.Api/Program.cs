using KenpoGraph.Api.Cli;

// The one executable, `kenpograph`: serve (default), load, schema. See Cli/CommandLine.cs.
return await CommandLine.RunAsync(args);

/// <summary>The entry point; public so tests can host the API with WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
