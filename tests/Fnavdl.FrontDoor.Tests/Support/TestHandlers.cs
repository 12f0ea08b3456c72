using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Validation;
using Fnavdl.FrontDoor.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Fnavdl.FrontDoor.Tests;

/// <summary>The front door's handlers over a store, wired as a host's composition root wires them, from one settings object.</summary>
internal static class TestHandlers
{
    public static FrontDoorHandlers Create(IPipelineStore store, IFrontDoorCallers callers, IForgeryGuard forgery,
        FnavdlSettings? settings = null, IDepositProcessing? processing = null, ILogger<FrontDoorHandlers>? logger = null,
        TimeProvider? clock = null)
    {
        settings ??= FnavdlSettings.Default;
        return new FrontDoorHandlers(store, AdministrativeReference.Embedded, new ReportValidator(AdministrativeReference.Embedded, settings.ReadLimits),
            processing ?? new IngestByTrigger(), callers, forgery, FrontDoorOptions.From(settings), clock ?? TimeProvider.System,
            logger ?? NullLogger<FrontDoorHandlers>.Instance);
    }
}
