using System.Text;

namespace Fnavdl.Core.Reading;

/// <summary>
/// Windows code pages (1252 for French CSV files from Excel; ExcelDataReader asks for it too) and
/// ISO-8859-15 (Latin-9, LibreOffice's « Europe occidentale (ISO-8859-15) ») are not in .NET by
/// default: the provider is registered once per process.
/// </summary>
internal static class CodePages
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    });

    /// <summary>Windows-1252 (a superset of ISO-8859-1's printable characters); registers the provider.</summary>
    public static Encoding Windows1252 => Get(1252);

    /// <summary>ISO-8859-15 (Latin-9: ISO-8859-1 with €, Š, š, Ž, ž, Œ, œ, Ÿ in place of ¤ ¦ ¨ ´ ¸ ¼ ½ ¾); registers the provider.</summary>
    public static Encoding Latin9 => Get(28605);

    public static void EnsureRegistered() => _ = Registered.Value;

    private static Encoding Get(int codePage)
    {
        EnsureRegistered();
        return Encoding.GetEncoding(codePage);
    }
}
