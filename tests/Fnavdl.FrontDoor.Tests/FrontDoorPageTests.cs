using Deque.AxeCore.Playwright;
using Fnavdl.Core.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>
/// The regions' page as an officer uses it, in a real browser against <c>fnavdl serve</c>: drop a
/// file, read what to fix in their own columns, deposit, follow; axe-core finds no violation in
/// any state; screenshots at 1280 and 390 px are kept in bin/…/artifacts.
/// </summary>
public sealed class FrontDoorPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly string ValidSample = Path.Combine(RepoPaths.Samples, "uploads", "93", "2021", "projets-paca-2021.csv");
    private static readonly string InvalidSample = Path.Combine(RepoPaths.Samples, "invalid", "93", "montant-invalide.csv");

    private async Task<IPage> OpenAsync(ServedStore served, int width = 1280)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            AcceptDownloads = true,
            Locale = "fr-FR",
        });
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.RequestFailed += (_, request) => failures.Add(request.Url);
        page.Console += (_, message) => { if (message.Type == "error") output.WriteLine($"console: {message.Text}"); };
        page.Request += (_, request) => Assert.StartsWith(served.Url, request.Url);
        await page.GotoAsync(served.Url);
        await Expect(page.Locator("#identite")).ToContainTextAsync("Région");
        return page;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private async Task NoAxeViolationAsync(IPage page, string state)
    {
        var result = await page.RunAxe();
        var violations = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}"));
        Assert.True(result.Violations.Length == 0, $"axe-core, state « {state} »:\n{violations}");
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(BrowserFixture.Artifacts, $"portail-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
    }

    /// <summary>Drops a file on the zone the way a browser does (a DataTransfer carrying a File).</summary>
    private static async Task DropAsync(IPage page, string path)
    {
        var bytes = Convert.ToBase64String(await File.ReadAllBytesAsync(path));
        await page.EvaluateAsync(@"([name, b64]) => {
            const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name));
            const zone = document.getElementById('zone');
            zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
            zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        }", new object[] { Path.GetFileName(path), bytes });
    }

    [Fact]
    public async Task A_valid_file_dropped_is_valid_and_once_deposited_is_listed_as_accepted()
    {
        await using var served = await ServedStore.StartAsync("93");
        var page = await OpenAsync(served);
        await NoAxeViolationAsync(page, "accueil");
        await ScreenshotAsync(page, "accueil-1280");

        await DropAsync(page, ValidSample);

        await Expect(page.Locator("#verdict")).ToContainTextAsync("est valide");
        await Expect(page.Locator("#t-resultat")).ToBeFocusedAsync();
        await Expect(page.Locator("#annonce")).ToContainTextAsync("est valide");
        Assert.Empty(served.Uploads());
        await NoAxeViolationAsync(page, "fichier valide");

        await page.ClickAsync("#deposer");

        var row = page.Locator("#liste-depots tbody tr").First;
        await Expect(row).ToContainTextAsync("projets-paca-2021.csv");
        await Expect(row).ToContainTextAsync("Accepté");
        await Expect(page.Locator("#t-depots")).ToBeFocusedAsync();
        Assert.Equal(["93/portail/projets-paca-2021.csv"], served.Uploads());
        await NoAxeViolationAsync(page, "dépôt accepté");
        await ScreenshotAsync(page, "depot-1280");

        // The report link opens the region's own report, served by the app.
        var report = await page.Locator("#liste-depots a").First.GetAttributeAsync("href");
        var answer = await page.APIRequest.GetAsync(served.Url.TrimEnd('/') + report);
        Assert.Equal(200, answer.Status);
        Assert.Contains("Fichier accepté", await answer.TextAsync());
    }

    [Fact]
    public async Task An_invalid_file_shows_each_error_in_the_row_as_written_with_the_cell_highlighted_and_cannot_be_deposited()
    {
        await using var served = await ServedStore.StartAsync("93");
        var page = await OpenAsync(served);

        await page.SetInputFilesAsync("#fichier", InvalidSample);

        await Expect(page.Locator("#verdict")).ToContainTextAsync("2 erreurs");
        var first = page.Locator("ol.problemes > li").First;
        await Expect(first).ToContainTextAsync("Ligne 2, colonne « Montant accordé (€) »");
        // The row under the file's own headers, the faulty cell marked.
        await Expect(first.Locator("th.fautive")).ToHaveTextAsync("Montant accordé (€)");
        await Expect(first.Locator("td.fautive")).ToContainTextAsync("vingt mille");
        await Expect(first.Locator("thead th").First).ToHaveTextAsync("Année");
        await Expect(page.Locator("#deposer")).ToBeDisabledAsync();
        await Expect(page.Locator("#pourquoi")).ToContainTextAsync("Dépôt impossible");
        Assert.Empty(served.Uploads());
        await NoAxeViolationAsync(page, "fichier invalide");
        await ScreenshotAsync(page, "erreurs-1280");
        // The README's picture: the window as the officer sees it, scrolled to the result.
        await page.EvaluateAsync("() => document.getElementById('resultat').scrollIntoView()");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, "portail-apercu-1280.png") });
        await page.SetViewportSizeAsync(390, 844);
        // On a phone the row scrolls sideways to its faulty cell, and the page itself does not.
        var box = await first.Locator("td.fautive").BoundingBoxAsync();
        Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 390, $"faulty cell at x={box?.X}, width {box?.Width}");
        Assert.Equal(390, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
        await NoAxeViolationAsync(page, "fichier invalide, 390 px");
        await ScreenshotAsync(page, "erreurs-390");
    }

    [Fact]
    public async Task The_template_downloads_and_once_filled_from_its_own_lists_validates()
    {
        await using var served = await ServedStore.StartAsync("93");
        var page = await OpenAsync(served);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#modele-projets"));
        Assert.Equal("modele-projets-93.xlsx", download.SuggestedFilename);
        var empty = Path.Combine(served.Root, "modele-projets-93.xlsx");
        await download.SaveAsAsync(empty);

        // The empty template: a header without data rows, not an unrecognised file.
        await page.SetInputFilesAsync("#fichier", empty);
        await Expect(page.Locator("#verdict")).ToContainTextAsync("1 erreur");
        await Expect(page.Locator("ol.problemes")).ToContainTextAsync("aucune ligne de données");

        var filled = Path.Combine(served.Root, "projets-rempli.xlsx");
        File.Copy(empty, filled);
        TemplateFiller.FillOneProject(filled);
        await page.SetInputFilesAsync("#fichier", filled);

        await Expect(page.Locator("#verdict")).ToContainTextAsync("est valide");
        await Expect(page.Locator("#deposer")).ToBeEnabledAsync();
    }

    [Fact]
    public async Task The_ODS_template_downloads_and_the_page_checks_it_as_the_XLSX_one()
    {
        await using var served = await ServedStore.StartAsync("93");
        var page = await OpenAsync(served);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#modele-projets-ods"));
        Assert.Equal("modele-projets-93.ods", download.SuggestedFilename);
        var empty = Path.Combine(served.Root, "modele-projets-93.ods");
        await download.SaveAsAsync(empty);

        await page.SetInputFilesAsync("#fichier", empty);
        await Expect(page.Locator("#verdict")).ToContainTextAsync("1 erreur");
        await Expect(page.Locator("ol.problemes")).ToContainTextAsync("aucune ligne de données");
    }

    [Fact]
    public async Task Without_a_fixed_region_the_page_asks_which_region_in_local_mode()
    {
        await using var served = await ServedStore.StartAsync(region: null);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(served.Url);

        await Expect(page.Locator("#choix-region")).ToContainTextAsync("mode local");
        await Expect(page.Locator("#espace")).ToBeHiddenAsync();
        await NoAxeViolationAsync(page, "mode local, aucune région");
        await ScreenshotAsync(page, "mode-local-390");

        await page.SelectOptionAsync("#region", "84");

        await Expect(page.Locator("#identite")).ToContainTextAsync("84 — Auvergne-Rhône-Alpes (mode local)");
        await Expect(page.Locator("#espace")).ToBeVisibleAsync();
        await Expect(page.Locator("#depots")).ToContainTextAsync("Aucun dépôt");
        await NoAxeViolationAsync(page, "mode local, région choisie");
        await ScreenshotAsync(page, "accueil-390");
    }
}
