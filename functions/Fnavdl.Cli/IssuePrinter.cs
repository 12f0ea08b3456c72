using Fnavdl.Core.Issues;
using Fnavdl.Core.Validation.Report;

namespace Fnavdl.Cli;

/// <summary>
/// A validation report as terminal lines: a verdict, then one line per problem. Every name, value and
/// message is a hole of a <see cref="TerminalLine"/>: a cell cannot clear the screen or forge a verdict.
/// </summary>
internal static class IssuePrinter
{
    public static void Print(TerminalWriter output, ValidationReport report)
    {
        var kinds = report.Kinds.Count == 0 ? "type non reconnu" : string.Join(", ", report.Kinds);
        output.WriteLine($"{report.SourcePath} — région {report.CodeRegion} — {kinds}, {report.Rows} ligne(s)");
        output.WriteLine(report.IsValid
            ? $"VALIDE : 0 erreur, {report.WarningCount} avertissement(s)"
            : $"INVALIDE : {report.ErrorCount} erreur(s), {report.WarningCount} avertissement(s)");
        foreach (var issue in report.Issues.OrderBy(i => i.Severity))
        {
            var where = issue.Row is { } row ? (issue.Sheet is null ? $"ligne {row}" : $"{issue.Sheet} ligne {row}") : "fichier";
            var field = issue.Field is null ? "" : $" [{issue.Field}]";
            var value = string.IsNullOrEmpty(issue.Value) ? "" : $" « {issue.Value} »";
            var severity = issue.Severity == Severity.Error ? "erreur" : "avertissement";
            output.WriteLine($"  {severity} {where}{field}{value} : {issue.Message} ({issue.Code})");
        }
        if (report.Omitted > 0) output.WriteLine($"  … et {report.Omitted} autre(s) problème(s) non listé(s).");
    }
}
