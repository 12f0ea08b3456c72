using System.Text.RegularExpressions;
using System.Xml.Linq;
using Fnavdl.Core.Tests.Support;

namespace Fnavdl.Core.Tests.Conventions;

/// <summary>
/// The conventions the build enforces stay enforced: the adopted analyzer rules are at warning in the
/// root .editorconfig, warnings fail the build, the code-style rules run in it, and nothing — a project
/// file, a pragma, an attribute — quietly turns one off. (The proof that the code obeys them is the build itself.)
/// </summary>
public sealed partial class BuildConventionsTests
{
    /// <summary>The rules the build must enforce everywhere (CA1307: production code, see .editorconfig).</summary>
    private static readonly string[] Rules =
    [
        "CA1304", "CA1305", "CA1307", "CA1309", "CA1310", "CA1311", "CA1862",
        "CA2254", "CA2017", "CA2023", "CA1727",
        "CA2016", "CA2012",
        "CA1852", "CA1812", "CA1825", "CA1802", "CA1805", "CA1816", "CA2211", "CA2213", "CA2215", "CA2201", "CA2208", "CA1806",
        "CA1827", "CA1829", "CA1854", "CA1860", "CA1865", "CA1869", "CA2249",
        "IDE0005", "IDE0055", "IDE1006",
        "RS0030",
    ];

    public static TheoryData<string> AdoptedRules()
    {
        var data = new TheoryData<string>();
        foreach (var rule in Rules) data.Add(rule);
        return data;
    }

    private static readonly string[] SourceRoots = ["functions", "tests", "tools"];

    [GeneratedRegex(@"^\s*dotnet_diagnostic\.(?<rule>[A-Z]+\d+)\.severity\s*=\s*(?<severity>\w+)", RegexOptions.Multiline)]
    private static partial Regex SeverityLine();

    [GeneratedRegex(@"^\[(?<glob>[^\]]+)\]\s*$", RegexOptions.Multiline)]
    private static partial Regex SectionLine();

    /// <summary>The rules' severities in one section of the root .editorconfig.</summary>
    private static Dictionary<string, string> Severities(string section)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, ".editorconfig"));
        var headers = SectionLine().Matches(text).ToList();
        var header = headers.Single(h => h.Groups["glob"].Value == section);
        var next = headers.FirstOrDefault(h => h.Index > header.Index);
        var body = text[header.Index..(next?.Index ?? text.Length)];
        return SeverityLine().Matches(body).ToDictionary(m => m.Groups["rule"].Value, m => m.Groups["severity"].Value, StringComparer.Ordinal);
    }

    private static IEnumerable<string> ProjectFiles() =>
        SourceRoots.SelectMany(r => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, r), "*.csproj", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static IEnumerable<string> SourceFiles() =>
        SourceRoots.SelectMany(r => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, r), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void The_editorconfig_is_the_root_one()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, ".editorconfig"));
        Assert.Matches(new Regex(@"^root\s*=\s*true\s*$", RegexOptions.Multiline), text);
    }

    [Theory]
    [MemberData(nameof(AdoptedRules))]
    public void An_adopted_rule_is_a_warning_for_every_CSharp_file(string rule)
    {
        var severities = Severities("*.{cs,csx}");
        Assert.True(severities.TryGetValue(rule, out var severity), $"{rule} is not set in .editorconfig's [*.{{cs,csx}}] section.");
        Assert.Equal("warning", severity);
    }

    [Fact]
    public void Tests_and_tools_relax_only_CA1307()
    {
        var relaxed = Severities("{tests,tools}/**.cs");
        Assert.Equal(["CA1307"], relaxed.Keys);
    }

    [Fact]
    public void The_table_definitions_relax_only_the_formatter()
    {
        var relaxed = Severities("functions/Fnavdl.Core/Schema/Definition/*.cs");
        Assert.Equal(["IDE0055"], relaxed.Keys);
    }

    [Fact]
    public void Warnings_fail_the_build_and_the_code_style_rules_run_in_it()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        string? Property(string name) => props.Descendants(name).SingleOrDefault()?.Value.Trim();

        Assert.Equal("true", Property("TreatWarningsAsErrors"));
        Assert.Equal("true", Property("EnforceCodeStyleInBuild"));
        Assert.Equal("true", Property("GenerateDocumentationFile"));
        Assert.Equal("true", Property("EnableNETAnalyzers"));
        var exempt = $"{Property("WarningsNotAsErrors")};{Property("NoWarn")}";
        Assert.All(Rules, rule => Assert.DoesNotContain(rule, exempt, StringComparison.Ordinal));
    }

    [Fact]
    public void No_project_turns_an_adopted_rule_or_the_enforcement_off()
    {
        var offenders = new List<string>();
        foreach (var file in ProjectFiles())
        {
            var project = XDocument.Load(file);
            var name = Path.GetRelativePath(RepoPaths.Root, file);
            foreach (var element in project.Descendants())
            {
                var value = element.Value.Trim();
                if (element.Name.LocalName is "TreatWarningsAsErrors" or "EnforceCodeStyleInBuild" or "EnableNETAnalyzers" or "RunAnalyzers" or "RunAnalyzersDuringBuild"
                    && value.Equals("false", StringComparison.OrdinalIgnoreCase))
                    offenders.Add($"{name}: <{element.Name.LocalName}>{value}");
                if (element.Name.LocalName is "NoWarn" or "WarningsNotAsErrors" && Rules.Any(r => value.Contains(r, StringComparison.Ordinal)))
                    offenders.Add($"{name}: <{element.Name.LocalName}>{value}");
            }
        }
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_source_file_suppresses_an_adopted_rule()
    {
        var offenders = SourceFiles()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => (l.Text.Contains("#pragma warning disable", StringComparison.Ordinal) || l.Text.Contains("SuppressMessage", StringComparison.Ordinal))
                && Rules.Any(r => l.Text.Contains(r, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    [Fact]
    public void ConfigureAwait_with_a_bool_is_banned_in_every_project()
    {
        var banned = File.ReadAllLines(Path.Combine(RepoPaths.Root, "BannedSymbols.txt"));
        Assert.Contains(banned, l => l.StartsWith("M:System.Threading.Tasks.Task.ConfigureAwait(System.Boolean);", StringComparison.Ordinal));
        Assert.Contains(banned, l => l.StartsWith("M:System.Threading.Tasks.ValueTask`1.ConfigureAwait(System.Boolean);", StringComparison.Ordinal));

        var build = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props"));
        Assert.Contains(build.Descendants("AdditionalFiles"), e => e.Attribute("Include")?.Value == "$(MSBuildThisFileDirectory)BannedSymbols.txt");
        var packages = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"));
        Assert.Contains(packages.Descendants("GlobalPackageReference"), e => e.Attribute("Include")?.Value == "Microsoft.CodeAnalysis.BannedApiAnalyzers");
    }
}
