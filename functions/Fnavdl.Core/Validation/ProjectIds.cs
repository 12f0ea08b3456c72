namespace Fnavdl.Core.Validation;

/// <summary>
/// Project ids a `suivi` row may refer to: those already curated for the region (loaded only when
/// a file actually holds a `suivi` table) plus those of the file's own `projets` table.
/// </summary>
internal sealed class ProjectIds(Func<CancellationToken, Task<IReadOnlySet<string>>> loadCurated)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private bool _curatedLoaded;

    public void Add(string id) => _ids.Add(id);

    public async Task<ISet<string>> WithCuratedAsync(CancellationToken cancellationToken)
    {
        if (!_curatedLoaded)
        {
            _ids.UnionWith(await loadCurated(cancellationToken));
            _curatedLoaded = true;
        }
        return _ids;
    }
}
