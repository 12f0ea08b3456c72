using Fnavdl.Core.Ingestion;

namespace Fnavdl.Cli;

/// <summary>Settings the CLI shares with the Function app, read from the environment.</summary>
internal static class CliSettings
{
    /// <summary>The ingestion limits (<c>Fnavdl__MaxUploadBytes</c>…), or null after saying in French what is wrong.</summary>
    public static IngestionOptions? Ingestion(CliConsole console)
    {
        try
        {
            return IngestionLimitSettings.FromEnvironment();
        }
        catch (FormatException ex)
        {
            console.Error.WriteLine(ex.Message);
            return null;
        }
    }
}
