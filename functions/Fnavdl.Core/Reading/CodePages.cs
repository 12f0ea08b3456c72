using System.Text;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Windows code pages (1252 for French CSV files from Excel; ExcelDataReader asks for it too)
/// are not in .NET by default: the provider is registered once per process.
/// </summary>
internal static class CodePages
{
    private static readonly Lazy<Encoding> Windows1252Encoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Windows-1252 (a superset of ISO-8859-1's printable characters); registers the provider.</summary>
    public static Encoding Windows1252 => Windows1252Encoding.Value;

    public static void EnsureRegistered() => _ = Windows1252Encoding.Value;
}
