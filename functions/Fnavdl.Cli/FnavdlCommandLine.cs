using System.CommandLine;
using Fnavdl.Cli.Commands;

namespace Fnavdl.Cli;

/// <summary>The `fnavdl` command line: one sub-command per job, all over the same core.</summary>
public static class FnavdlCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("fnavdl — validation et intégration des bilans régionaux FNAVDL (CSV, XLSX, ODS, JSON) en Parquet.")
        {
            ValidateCommand.Create(console),
            IngestCommand.Create(console),
            DemoCommand.Create(console),
            IndicatorsCommand.Create(console),
            SummaryCommand.Create(console),
            QueryCommand.Create(console),
            PullCommand.Create(console),
            SchemaCommand.Create(console),
            ExportCommand.Create(console),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine(problem.Message);
            error.WriteLine("Aide : fnavdl --help");
            return ExitCodes.Usage;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parsed.InvokeAsync(configuration, cancellationToken);
    }
}
