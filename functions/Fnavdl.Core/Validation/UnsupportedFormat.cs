using Fnavdl.Core.Issues;

namespace Fnavdl.Core.Validation;

/// <summary>The one message for a file whose name says no format the pipeline reads, at the front door as in the report.</summary>
public static class UnsupportedFormat
{
    public static IssueMessage Of(string fileName) =>
        Path.GetExtension(fileName.Replace('\\', '/')) is { Length: > 1 } extension
            ? IssueCatalog.FormatNonSupporte.Extension.Format(("Extension", extension))
            : IssueCatalog.FormatNonSupporte.SansExtension.Format();
}
