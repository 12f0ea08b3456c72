using System.CommandLine;
using System.Globalization;
using Fnavdl.Cli.Commands;
using Microsoft.Extensions.Configuration;

namespace Fnavdl.Cli;

/// <summary>The `fnavdl` command line: one sub-command per job, all over the same core.</summary>
public static class FnavdlCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var console = new CliConsole(output, error);
        // The composition root: every command's services from one settings object, read from the environment.
        var host = new CliHost(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        var root = new RootCommand($"fnavdl — validation et intégration des bilans régionaux FNAVDL ({Core.Schema.FileFormats.Names}) en Parquet.")
        {
            ValidateCommand.Create(console, host),
            IngestCommand.Create(console, host),
            DemoCommand.Create(console, host),
            IndicatorsCommand.Create(console, host),
            SummaryCommand.Create(console, host),
            QueryCommand.Create(console),
            PullCommand.Create(console),
            SchemaCommand.Create(console),
            ExportCommand.Create(console, host),
            ServeCommand.Create(console, host),
        };
        FrenchHelp.Install(root, console);
        var parsed = Parse(root, args);
        if (parsed.Errors.Count > 0 && parsed.Action is not FrenchHelp)
        {
            foreach (var problem in FrenchParseErrors.DescribeAll(parsed.Errors)) console.Error.WriteLine(problem);
            var command = parsed.CommandResult.Command;
            console.Error.WriteLine(command is RootCommand ? "Aide : fnavdl --help" : $"Aide : fnavdl {command.Name} --help");
            return ExitCodes.Usage;
        }
        // The library's handler prints an English stack trace: the user gets one French line instead.
        var configuration = new InvocationConfiguration { Output = console.Out.Document, Error = console.Error.Document, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(configuration, cancellationToken);
        }
        catch (CliSettingsException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            console.Error.WriteLine($"Échec inattendu de fnavdl {parsed.CommandResult.Command.Name} : {e.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    /// <summary>
    /// Parses under the invariant UI culture, so parse errors are the library's English templates on every
    /// machine and <see cref="FrenchParseErrors"/> can put each in French.
    /// </summary>
    private static ParseResult Parse(RootCommand root, string[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return root.Parse(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
