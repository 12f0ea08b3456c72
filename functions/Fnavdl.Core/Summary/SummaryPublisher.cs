using System.Text;
using Fnavdl.Core.Storage;

namespace Fnavdl.Core.Summary;

/// <summary>
/// Builds a year's summary and writes every format under <c>syntheses/annee=YYYY/</c>, replacing the
/// earlier files whole. Idempotent: the content holds no clock reading, so two runs write the same bytes.
/// </summary>
public sealed class SummaryPublisher
{
    private readonly IPipelineStore _store;
    private readonly YearlySummaryBuilder _builder;

    public SummaryPublisher(IPipelineStore store, YearlySummaryBuilder builder)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _builder = builder ?? throw new ArgumentNullException(nameof(builder));
    }

    /// <summary>The year a run on <paramref name="now"/> summarises: the one before (UTC calendar).</summary>
    public static int YearBefore(DateTimeOffset now) => now.UtcDateTime.Year - 1;

    public async Task<PublishedSummary> PublishAsync(int annee, CancellationToken ct = default)
    {
        var summary = await _builder.BuildAsync(_store, annee, ct);
        var files = new List<(string Path, byte[] Bytes)>
        {
            (SummaryLayout.Html(annee), Encoding.UTF8.GetBytes(SummaryHtml.Render(summary))),
            (SummaryLayout.Xlsx(annee), SummaryWorkbook.Render(summary)),
            (SummaryLayout.Json(annee), SummaryJson.Render(summary)),
            (SummaryLayout.ChiffresParquet(annee), await SummaryParquet.ChiffresAsync(summary, ct)),
            (SummaryLayout.QualiteParquet(annee), await SummaryParquet.QualiteAsync(summary, ct)),
            (SummaryLayout.LignageParquet(annee), await SummaryParquet.LignageAsync(summary, ct)),
        };
        var written = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        // Replaced whole: files of an earlier layout that this publication does not write go away.
        await foreach (var old in _store.Syntheses.ListAsync(SummaryLayout.Folder(annee) + "/", ct))
            if (!written.Contains(old.Path))
                await _store.Syntheses.DeleteAsync(old.Path, ct);
        foreach (var (path, bytes) in files)
        {
            using var content = new MemoryStream(bytes, writable: false);
            await _store.Syntheses.WriteAsync(path, content, ct);
        }
        return new PublishedSummary(annee, SummaryLayout.Html(annee), [.. files.Select(f => f.Path)], summary);
    }
}
