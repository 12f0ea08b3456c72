using Fnavdl.Core.Indicators;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Summary;
using Fnavdl.Core.Validation;

namespace Fnavdl.Core.Tests.Support;

/// <summary>
/// The tests' composition root: services built from the embedded reference and the default limits, as the
/// hosts build them from their settings (no service picks a reference or limits of its own).
/// </summary>
internal static class TestServices
{
    public static AdministrativeReference Reference => AdministrativeReference.Embedded;

    public static ReportValidator Validator() => new(Reference, ReadLimits.Default);

    public static IndicatorEngine Indicators() => new(Reference);

    public static YearlySummaryBuilder SummaryBuilder() => new(Indicators(), Reference);

    public static SummaryPublisher Summary(IPipelineStore store) => new(store, SummaryBuilder());
}
