using System.Xml.Linq;

namespace Fnavdl.Azure.Tests;

/// <summary>
/// How the Functions app is packaged for Flex Consumption: precompiled for the platform it runs on, so a
/// cold instance JITs less before its first blob (tests/Fnavdl.Bench/README.md, start-up). azd publishes
/// without `-r`, so the project itself must name the platform.
/// </summary>
public sealed class FunctionsPackageTests
{
    private static string Property(string name)
    {
        var project = XDocument.Load(Path.Combine(RepositoryRoot.Path, "functions", "Fnavdl.Functions", "Fnavdl.Functions.csproj"));
        var values = project.Descendants(name).Where(e => e.Parent?.Name == "PropertyGroup").Select(e => e.Value.Trim()).ToList();
        return Assert.Single(values);
    }

    [Fact]
    public void The_app_is_published_ReadyToRun_for_linux_x64_and_framework_dependent()
    {
        Assert.Equal("true", Property("PublishReadyToRun"));
        Assert.Equal("linux-x64", Property("RuntimeIdentifier"));
        Assert.Equal("false", Property("SelfContained"));
    }
}
