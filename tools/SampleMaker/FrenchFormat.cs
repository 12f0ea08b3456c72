using System.Globalization;

namespace SampleMaker;

/// <summary>How French offices write numbers and dates in their spreadsheets.</summary>
public static class FrenchFormat
{
    public const char Space = ' ';
    public const char NoBreakSpace = '\u00A0';
    public const char NarrowNoBreakSpace = '\u202F';

    /// <summary>"77 500,00 €" with the given thousands separator; cents only when asked or needed.</summary>
    public static string Amount(decimal value, char thousands, bool euro = true, bool cents = true)
    {
        var showCents = cents || decimal.Truncate(value) != value;
        var text = value.ToString(showCents ? "#,##0.00" : "#,##0", CultureInfo.InvariantCulture)
            .Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', thousands);
        return euro ? text + thousands switch { Space => " €", _ => thousands + "€" } : text;
    }

    /// <summary>"45000.00": the plain export some tools produce.</summary>
    public static string PlainAmount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string DashedDate(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
