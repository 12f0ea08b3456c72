using Deque.AxeCore.Playwright;
using Fnavdl.Core.Summary;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Fnavdl.Core.Tests.Summary;

/// <summary>
/// The sample summary as an evaluator reads it: in Debian's Chromium driven by Playwright, checked by
/// axe-core (WCAG 2.1 AA and best practices), on a laptop and on a phone. Screenshots are kept as
/// artifacts. Fails, never skips, without chromium (tests/install-browser.sh).
/// </summary>
public sealed class AccessibilityTests(SampleSummaryTests.PublishedSamples published, ITestOutputHelper output)
    : IClassFixture<SampleSummaryTests.PublishedSamples>
{
    private const string Chromium = "/usr/bin/chromium";

    [Theory]
    [InlineData(1400)]
    [InlineData(390)]
    public async Task Axe_core_reports_no_violation_on_the_summary(int width)
    {
        await using var browser = await Browser.LaunchAsync(width);
        await browser.Page.GotoAsync(PageUri());
        var result = await browser.Page.RunAxe();
        var png = await browser.ScreenshotAsync($"synthese-2021-{width}px.png");
        output.WriteLine($"Screenshot: {png}");
        output.WriteLine($"axe-core at {width} px: {result.Violations.Length} violation(s), {result.Passes.Length} rule(s) passed");
        var found = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}) — {v.Help} — {v.Nodes.Length} node(s), e.g. {v.Nodes.FirstOrDefault()?.Html}"));
        Assert.True(result.Violations.Length == 0, $"axe-core violations at {width} px:\n{found}");
        Assert.NotEmpty(result.Passes);
    }

    [Fact]
    public async Task The_page_reflows_at_320_px_without_horizontal_scrolling()
    {
        await using var browser = await Browser.LaunchAsync(320);
        await browser.Page.GotoAsync(PageUri());
        var widths = await browser.Page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        await browser.ScreenshotAsync("synthese-2021-320px.png");
        Assert.True(widths[0] <= widths[1], $"the page scrolls sideways at 320 px: scrollWidth {widths[0]} > {widths[1]}");

        // Every chart keeps inside the screen, scaled by its viewBox.
        var charts = await browser.Page.EvaluateAsync<double[]>("[...document.querySelectorAll('svg[role=img]')].map(s => s.getBoundingClientRect().right)");
        Assert.True(charts.Length >= 4, $"{charts.Length} charts");
        Assert.All(charts, right => Assert.True(right <= widths[1], $"a chart ends at {right} px"));
    }

    private string PageUri() => new Uri(published.Store.Store.Syntheses.FullPath(SummaryLayout.Html(2021))).AbsoluteUri;

    /// <summary>One headless Chromium with a page of the given width; offline, as the page must work.</summary>
    private sealed class Browser : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;
        public IPage Page { get; }

        private Browser(IPlaywright playwright, IBrowser browser, IPage page) => (_playwright, _browser, Page) = (playwright, browser, page);

        public static async Task<Browser> LaunchAsync(int width)
        {
            Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run tests/install-browser.sh (apt-get install -y chromium).");
            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                ViewportSize = new ViewportSize { Width = width, Height = 900 },
                Locale = "fr-FR",
                Offline = true,
            });
            return new Browser(playwright, browser, await context.NewPageAsync());
        }

        public async Task<string> ScreenshotAsync(string name)
        {
            var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(artifacts);
            var path = Path.Combine(artifacts, name);
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            return path;
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.CloseAsync();
            _playwright.Dispose();
        }
    }
}
