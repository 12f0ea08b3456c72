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

        var function = Assert.Single(metadata.RootElement.EnumerateArray());
        Assert.Equal("IngestUpload", function.GetProperty("name").GetString());
        var binding = Assert.Single(function.GetProperty("bindings").EnumerateArray());
        Assert.Equal("blobTrigger", binding.GetProperty("type").GetString());
        Assert.Equal("In", binding.GetProperty("direction").GetString());
        Assert.Equal("uploads/{name}", binding.GetProperty("path").GetString());
        Assert.Equal("EventGrid", binding.GetProperty("source").GetString());
        Assert.Equal("FnavdlStorage", binding.GetProperty("connection").GetString());
    }

    [Fact]
    public void The_app_ships_the_repository_host_json()
    {
        var shipped = File.ReadAllText(Path.Combine(FunctionsOutput(), "host.json"));

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "host.json")), shipped);
        Assert.Equal("2.0", JsonDocument.Parse(shipped).RootElement.GetProperty("version").GetString());
    }
}
