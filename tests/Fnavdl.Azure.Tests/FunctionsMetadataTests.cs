using System.Text.Json;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// What the Functions host will index: the worker SDK generates functions.metadata at build time
/// (this project references the Functions project, so it is built first).
/// </summary>
public sealed class FunctionsMetadataTests
{
    private static string FunctionsOutput()
    {
        var bin = Path.Combine(RepositoryRoot.Path, "functions", "Fnavdl.Functions", "bin");
        // Same configuration as this test assembly (…/bin/{Configuration}/net10.0/).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var candidates = Directory.Exists(bin)
            ? Directory.GetFiles(bin, "functions.metadata", SearchOption.AllDirectories)
            : [];
        var match = candidates.FirstOrDefault(f => f.Split(Path.DirectorySeparatorChar).Contains(configuration))
                    ?? candidates.OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
        return Path.GetDirectoryName(match ?? throw new FileNotFoundException($"No functions.metadata under {bin}: build functions/Fnavdl.Functions."))!;
    }

    [Fact]
    public void IngestUpload_is_an_event_grid_blob_trigger_on_the_uploads_container()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsOutput(), "functions.metadata")));

        var function = Assert.Single(metadata.RootElement.EnumerateArray(), f => f.GetProperty("name").GetString() == "IngestUpload");
        var binding = Assert.Single(function.GetProperty("bindings").EnumerateArray());
        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("In", binding.GetProperty("direction").GetString());
        Assert.Equal("uploads/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
        Assert.Equal("FnavdlStorage", binding.GetProperty("connection").GetString());
    }

    private static JsonElement Function(JsonDocument metadata, string name) =>
        Assert.Single(metadata.RootElement.EnumerateArray(), f => f.GetProperty("name").GetString() == name);

    [Fact]
    public void RecomputeIndicators_reads_the_recompute_queue_of_the_default_names()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsOutput(), "functions.metadata")));

        var binding = Assert.Single(Function(metadata, "RecomputeIndicators").GetProperty("bindings").EnumerateArray());
        Assert.Equal("queueTrigger", binding.GetProperty("type").GetString());
        Assert.Equal(StorageNames.Default.RecomputeQueue, binding.GetProperty("queueName").GetString());
        Assert.Equal("FnavdlStorage", binding.GetProperty("connection").GetString());
    }

    [Theory]
    [InlineData("Indicateurs", "indicateurs")]
    [InlineData("Ingestions", "ingestions")]
    public void The_analyst_api_is_get_only_behind_a_function_key(string name, string route)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsOutput(), "functions.metadata")));

        var trigger = Function(metadata, name).GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal("Function", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(["get"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void The_app_has_exactly_its_functions()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsOutput(), "functions.metadata")));
        var names = metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["Depots", "Indicateurs", "IngestUpload", "Ingestions", "Modele", "Portail", "Rapport", "RecomputeIndicators",
            "RegenerateSummary", "Session", "Validation", "YearlySummary"], names);
    }

    /// <summary>Anonymous at the Functions level: Easy Auth signs the officer in, the front door authorises by region.</summary>
    [Theory]
    [InlineData("Portail", "portail/{asset?}", new[] { "get" })]
    [InlineData("Session", "session", new[] { "get" })]
    [InlineData("Modele", "modele", new[] { "get" })]
    [InlineData("Validation", "validation", new[] { "post" })]
    [InlineData("Depots", "depots", new[] { "get", "post" })]
    [InlineData("Rapport", "rapports/{id}", new[] { "get" })]
    public void The_front_door_routes_are_the_issues(string name, string route, string[] methods)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsOutput(), "functions.metadata")));

        var trigger = Function(metadata, name).GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal(route, trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString());
        Assert.Equal(methods, trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void YearlySummary_is_a_timer_on_the_schedule_setting_and_RegenerateSummary_a_post_route()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsOutput(), "functions.metadata")));
        var functions = metadata.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);
        var timer = functions["YearlySummary"].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "timerTrigger");
        Assert.Equal("%Fnavdl:YearlySummarySchedule%", timer.GetProperty("schedule").GetString());
        var http = functions["RegenerateSummary"].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger");
        Assert.Equal("syntheses/{annee:int}", http.GetProperty("route").GetString());
        Assert.Equal(["post"], http.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
    }

    /// <summary>
    /// HTTP in ASP.NET Core's own model: every HTTP function the host indexes takes an <c>HttpRequest</c> and answers
    /// an <c>IResult</c> through the <c>$return</c> http binding, so the worker's ASP.NET Core integration
    /// (<c>ConfigureFunctionsWebApplication</c>) runs it exactly as Kestrel runs <c>fnavdl serve</c>.
    /// </summary>
    [Fact]
    public void Every_http_function_takes_an_HttpRequest_and_answers_an_IResult()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(FunctionsOutput(), "functions.metadata")));
        var assembly = typeof(Functions.FrontDoorApi).Assembly;

        var http = metadata.RootElement.EnumerateArray()
            .Where(f => f.GetProperty("bindings").EnumerateArray().Any(b => b.GetProperty("type").GetString() == "httpTrigger")).ToList();

        Assert.Equal(9, http.Count);
        foreach (var function in http)
        {
            var name = function.GetProperty("name").GetString();
            var output = Assert.Single(function.GetProperty("bindings").EnumerateArray(), b => b.GetProperty("direction").GetString() == "Out");
            Assert.Equal(("$return", "http"), (output.GetProperty("name").GetString(), output.GetProperty("type").GetString()));
            var entryPoint = function.GetProperty("entryPoint").GetString()!;
            var type = assembly.GetType(entryPoint[..entryPoint.LastIndexOf('.')], throwOnError: true)!;
            var method = Assert.Single(type.GetMethods(), m => m.Name == entryPoint[(entryPoint.LastIndexOf('.') + 1)..]);
            var trigger = function.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger").GetProperty("name").GetString();
            Assert.True(method.GetParameters().Single(p => p.Name == trigger).ParameterType == typeof(Microsoft.AspNetCore.Http.HttpRequest), $"{name} does not take an HttpRequest");
            Assert.True(method.ReturnType == typeof(Microsoft.AspNetCore.Http.IResult) || method.ReturnType == typeof(Task<Microsoft.AspNetCore.Http.IResult>),
                $"{name} answers {method.ReturnType}");
        }
    }

    /// <summary>DuckDB (five platforms of native libraries) stays in the CLI; the core takes no ASP.NET Core.</summary>
    [Fact]
    public void The_app_carries_no_DuckDB_and_the_core_no_ASP_NET_Core()
    {
        Assert.Empty(Directory.GetFiles(FunctionsOutput(), "*duckdb*", SearchOption.AllDirectories));
        Assert.DoesNotContain(typeof(Core.Ingestion.UploadIngestionService).Assembly.GetReferencedAssemblies(),
            a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var core = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryRoot.Path, "functions", "Fnavdl.Core", "Fnavdl.Core.csproj"));
        Assert.DoesNotContain(core.Descendants("FrameworkReference"), r => r.Attribute("Include")?.Value == "Microsoft.AspNetCore.App");
    }

    [Fact]
    public void The_app_ships_the_repository_host_json()
    {
        var shipped = File.ReadAllText(Path.Combine(FunctionsOutput(), "host.json"));

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")), shipped);
        Assert.Equal("2.0", JsonDocument.Parse(shipped).RootElement.GetProperty("version").GetString());
    }
}
