using Fnavdl.Azure;
using Fnavdl.Core.Composition;
using Fnavdl.Core.Reference;
using Fnavdl.Core.Storage;
using Fnavdl.Core.Storage.Local;
using Fnavdl.Core.Validation;
using Fnavdl.FrontDoor.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Fnavdl.Cli;

/// <summary>
/// The CLI's composition root: every command — <c>validate</c>, <c>ingest</c>, <c>serve</c>, <c>demo</c>,
/// <c>indicators</c>, <c>summary</c>, <c>export</c> — gets its services from here, built from one
/// <see cref="FnavdlSettings"/> read from the environment (the Function app's settings by the same names), the
/// reference data and the clock. The settings are read when a command first needs them: a command that uses none
/// (<c>schema</c>, <c>query</c>) does not fail on a mistyped limit.
/// </summary>
internal sealed class CliHost(IConfiguration configuration)
{
    private FnavdlSettings? _settings;

    /// <exception cref="CliSettingsException">A setting is not valid (French message naming the variable).</exception>
    public FnavdlSettings Settings
    {
        get
        {
            try
            {
                return _settings ??= FnavdlSettings.From(configuration);
            }
            catch (FormatException ex)
            {
                throw new CliSettingsException(ex.Message);
            }
        }
    }

    public AdministrativeReference Reference => AdministrativeReference.Embedded;

    public TimeProvider Clock => TimeProvider.System;

    /// <summary>The pipeline over a store, with the settings' limits and deadline.</summary>
    public PipelineServices Pipeline(IPipelineStore store) => new(store, Reference, Settings.Ingestion, Clock);

    public PipelineServices Local(string root) => Pipeline(new LocalPipelineStore(root));

    /// <summary>The pipeline on Azure Storage (<c>--connection</c>), as the Function app builds it.</summary>
    public AzurePipeline Azure(AzureStorageConnection connection, ILogger logger) =>
        new(connection, StorageNames.Default, Reference, Settings.Ingestion, Clock, logger: logger);

    /// <summary>A file's check without any store (<c>fnavdl validate</c>), with the same reference and limits.</summary>
    public ReportValidator Validator() => new(Reference, Settings.ReadLimits);
}
