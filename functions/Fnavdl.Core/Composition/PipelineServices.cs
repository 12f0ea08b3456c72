using Fnavdl.Core.Access;
using Fnavdl.Core.Indicators;
using Fnavdl.Core.Ingestion;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Summary;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Composition;

/// <summary>
/// The pipeline's services over one store: the reference data, the ingestion options and the clock are given
/// here once, by the host's composition root, and every service is built from them (none has defaults of its own). The CLI, the tests and (through
/// <c>AzurePipeline</c>) the Function app build their services this way, so none can be wired with a
/// different reference or clock than the others.
/// </summary>
public sealed class PipelineServices
{
    public PipelineServices(IPipelineStore store, AdministrativeReference reference, IngestionOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        Store = store;
        Reference = reference;
        Options = options;
        Clock = clock;
        Ingestion = new UploadIngestionService(Store, Reference, Options, Clock);
        Indicators = new IndicatorEngine(Reference);
        Summary = new SummaryPublisher(Store, new YearlySummaryBuilder(Indicators, Reference));
        History = new IngestionHistoryService(Store, Reference);
    }

    public IPipelineStore Store { get; }
    public AdministrativeReference Reference { get; }
    public IngestionOptions Options { get; }
    public TimeProvider Clock { get; }

    public UploadIngestionService Ingestion { get; }
    public IndicatorEngine Indicators { get; }
    public SummaryPublisher Summary { get; }
    public IngestionHistoryService History { get; }

    /// <summary>A file's check without any store (the region's `fnavdl validate`), with the same reference and limits.</summary>
    public ReportValidator Validator() => new(Reference, Options.Limits);
}
