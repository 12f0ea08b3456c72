using Fnavdl.Core.Summary;

namespace Fnavdl.Core.Storage.Local;

/// <summary>
/// The embedded default store: one folder that mirrors the Azure layout, nothing to install.
/// <code>
/// {root}/uploads/{code_region}/…      what regions drop
/// {root}/raw/{code_region}/{sha256}.* immutable archive of every version
/// {root}/curated/{table}/annee=…/code_region=…/…parquet
/// {root}/curated/manifestes/{code_region}.csv   the current version of each of the region's units
/// {root}/reports/{code_region}/…      validation reports (JSON + HTML)
/// {root}/gold/indicateurs/annee=…/…   derived tables (indicators)
/// {root}/syntheses/annee=…/…     yearly summaries (HTML, XLSX, JSON, Parquet)
/// {root}/log/ingestions.jsonl         one record per processed file version
/// {root}/locks/{code_region}.lock         held while a region's deposit is committed
/// </code>
/// </summary>
public sealed class LocalPipelineStore : IPipelineStore
{
    /// <summary>The default store folder, relative to the working directory.</summary>
    public const string DefaultFolder = "fnavdl-store";

    public LocalPipelineStore(string root)
    {
        Root = Path.GetFullPath(root);
        Uploads = new LocalFileArea(Path.Combine(Root, "uploads"));
        Raw = new LocalFileArea(Path.Combine(Root, "raw"));
        Curated = new LocalFileArea(Path.Combine(Root, "curated"));
        Reports = new LocalFileArea(Path.Combine(Root, "reports"));
        Gold = new LocalFileArea(Path.Combine(Root, "gold"));
        Syntheses = new LocalFileArea(Path.Combine(Root, SummaryLayout.Area));
        Log = new LocalIngestionLog(Path.Combine(Root, "log", "ingestions.jsonl"));
        Units = new LocalUnitRegistry(Curated.Root, Path.Combine(Root, "locks"));
    }

    public string Root { get; }
    public LocalFileArea Uploads { get; }
    public LocalFileArea Raw { get; }
    public LocalFileArea Curated { get; }
    public LocalFileArea Reports { get; }
    public LocalFileArea Gold { get; }
    public LocalFileArea Syntheses { get; }
    public IIngestionLog Log { get; }
    public IUnitRegistry Units { get; }

    IFileArea IPipelineStore.Uploads => Uploads;
    IFileArea IPipelineStore.Raw => Raw;
    IFileArea IPipelineStore.Curated => Curated;
    IFileArea IPipelineStore.Reports => Reports;
    IFileArea IPipelineStore.Gold => Gold;
    IFileArea IPipelineStore.Syntheses => Syntheses;

    public string Describe(string area, string path) => Path.Combine(Root, area, path);
}
