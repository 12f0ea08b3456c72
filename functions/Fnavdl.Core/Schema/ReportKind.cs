namespace Fnavdl.Core.Schema;

/// <summary>The three report kinds of the data contract; names are the spec's.</summary>
public enum ReportKind { Projets, Suivi, Enveloppes }

internal static class ReportKindNames
{
    public static string ToCode(this ReportKind kind) => kind switch
    {
        ReportKind.Projets => "projets",
        ReportKind.Suivi => "suivi",
        ReportKind.Enveloppes => "enveloppes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
