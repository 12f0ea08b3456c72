using System.Text.RegularExpressions;
using Fnavdl.Core.Summary;
using Fnavdl.Core.Tests.Support;
using Xunit.Abstractions;

namespace Fnavdl.Core.Tests.Summary;

/// <summary>
/// The HTML page rendered by a real headless browser (Debian's chromium, tests/install-browser.sh):
/// screenshot kept as an artifact, no network request, charts present. Fails, never skips, without chromium.
/// </summary>
public sealed class BrowserRenderingTests(SampleSummaryTests.PublishedSamples published, ITestOutputHelper output)
    : IClassFixture<SampleSummaryTests.PublishedSamples>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task The_page_renders_offline_with_its_charts()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run tests/install-browser.sh (apt-get install -y chromium).");
        var page = published.Store.Store.Syntheses.FullPath(SummaryLayout.Html(2021));
        var html = await File.ReadAllTextAsync(page);

        // Self-contained: no script, and no src/href pointing anywhere (xmlns names are not requests).
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""(https?:)?//", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*['""]?https?:", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html);

        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var png = Path.Combine(artifacts, "synthese-2021.png");
        File.Delete(png);
        var profile = Directory.CreateTempSubdirectory("fnavdl-chromium-");
        try
        {
            var common = $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir={profile.FullName} --window-size=1240,1754";
            var shot = await RunAsync($"{common} --enable-logging=stderr --v=0 --screenshot={png} file://{page}");
            output.WriteLine($"Screenshot: {png}");
            Assert.True(File.Exists(png) && new FileInfo(png).Length > 10_000, $"no screenshot written; chromium said:\n{shot.Err}");
            Assert.DoesNotMatch(new Regex(@"CONSOLE\(\d+\)|Uncaught|net::ERR_(?!ABORTED)", RegexOptions.IgnoreCase), shot.Err);

            var dom = await RunAsync($"{common} --dump-dom file://{page}");
            var svgs = Regex.Matches(dom.Out, "<svg").Count;
            Assert.True(svgs >= 3, $"{svgs} SVG charts in the rendered page");
            Assert.True(Regex.Matches(dom.Out, "<rect ").Count >= 10, "the charts have no bars");
            Assert.Contains("Projets financés par région", dom.Out);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    private static Task<(string Out, string Err)> RunAsync(string arguments) =>
        ExternalProgram.RunAsync(Chromium, arguments, TimeSpan.FromSeconds(60));
}
