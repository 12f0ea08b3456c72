using System.Globalization;
using Fnavdl.Core.Indicators;

namespace Fnavdl.Core.Summary;

/// <summary>
/// French number and date formatting, built by hand so the output does not depend on the
/// machine's ICU data (the app runs with invariant globalization): "1 234 567 €", "33,3 %".
/// </summary>
public static class FrenchFormat
{
    private const string Nbsp = "\u00A0";
    private const string NarrowNbsp = "\u202F";

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = NarrowNbsp,
        NumberGroupSizes = [3],
        NegativeSign = "−",
    };

    public static string Integer(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("#,##0", Numbers);
    public static string Decimal(double value, int digits = 1) => value.ToString("#,##0." + new string('0', digits), Numbers);
    public static string Euros(double value) => Integer(value) + Nbsp + "€";
    public static string Percent(double ratio) => Decimal(ratio * 100) + Nbsp + "%";
    public static string Points(double ratioDifference) => Signed(ratioDifference * 100, 1) + Nbsp + "pt";

    public static string Signed(double value, int digits) =>
        (value > 0 ? "+" : "") + (digits == 0 ? Integer(value) : Decimal(value, digits));

    /// <summary>A value in the unit of its indicator.</summary>
    public static string Value(string unite, double value) => unite switch
    {
        Unites.Euros => Euros(value),
        Unites.Ratio => Percent(value),
        _ => Integer(value),
    };

    /// <summary>A change: points for ratios, signed amounts otherwise.</summary>
    public static string Change(string unite, double ecart) => unite switch
    {
        Unites.Ratio => Points(ecart),
        Unites.Euros => Signed(ecart, 0) + Nbsp + "€",
        _ => Signed(ecart, 0),
    };

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>"1 mars 2022 à 09:00 UTC"</summary>
    public static string DateTime(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return $"{utc.Day.ToString(CultureInfo.InvariantCulture)} {Months[utc.Month - 1]} {utc.Year.ToString(CultureInfo.InvariantCulture)} à {utc.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC";
    }
}
