using Fnavdl.Core.Issues;
using Fnavdl.Core.Reading;
using Fnavdl.Core.Schema.Definition;

namespace Fnavdl.Core.Validation.Values;

/// <summary>
/// Reads a programme or activity year: four digits between <see cref="CommonDefinitions.FirstYear"/> and <see cref="CommonDefinitions.LastYear"/> (the contract's range),
/// as text or as a number cell (<c>2021</c>, <c>2021.0</c>).
/// </summary>
/// <remarks>
/// A date cell gives its year (01/01/2021 → 2021). A year typed into a date-formatted XLSX cell
/// arrives as the date of serial number 2021 (13/07/1905): its serial is taken as the year.
/// </remarks>
internal static class YearParser
{
    public static bool TryParse(in RawValue raw, out int year, out IssueMessage? error)
    {
        year = 0;
        error = null;
        switch (raw.Kind)
        {
            case RawValueKind.Number:
                var n = raw.Number;
                if (double.IsNaN(n) || double.IsInfinity(n) || n != Math.Floor(n) || n is < 1000 or > 9999)
                {
                    error = Invalid(raw.Display);
                    return false;
                }
                return InRange((int)n, out year, out error);
            case RawValueKind.Text:
                var s = raw.Text!.Trim();
                if (s.Length != 4 || !NumberText.AllAsciiDigits(s))
                {
                    error = Invalid(s);
                    return false;
                }
                return InRange(int.Parse(s, System.Globalization.CultureInfo.InvariantCulture), out year, out error);
            case RawValueKind.Date:
                var date = raw.Date;
                var serial = date.ToOADate();
                if (date.Year < CommonDefinitions.FirstYear && serial == Math.Floor(serial) && serial is >= CommonDefinitions.FirstYear and <= CommonDefinitions.LastYear)
                    return InRange((int)serial, out year, out error);
                return InRange(date.Year, out year, out error);
            case RawValueKind.Empty:
                error = IssueCatalog.AnneeInvalide.Vide.Format();
                return false;
            default:
                error = Invalid(raw.Display);
                return false;
        }
    }

    private static bool InRange(int candidate, out int year, out IssueMessage? error)
    {
        year = 0;
        error = null;
        if (candidate is < CommonDefinitions.FirstYear or > CommonDefinitions.LastYear)
        {
            error = IssueCatalog.AnneeInvalide.HorsPlage.Format(("Annee", candidate), ("Min", CommonDefinitions.FirstYear), ("Max", CommonDefinitions.LastYear));
            return false;
        }
        year = candidate;
        return true;
    }

    private static IssueMessage Invalid(string shown) =>
        IssueCatalog.AnneeInvalide.Illisible.Format(("Valeur", shown));
}
