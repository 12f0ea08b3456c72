using System.Globalization;
using System.Text.RegularExpressions;
using Fnavdl.Core.Reading;

namespace Fnavdl.Core.Validation.Values;

/// <summary>
/// Reads a date: <c>dd/mm/yyyy</c>, <c>d/m/yyyy</c>, <c>dd-mm-yyyy</c>, <c>dd.mm.yyyy</c>,
/// <c>yyyy-mm-dd</c> (optionally followed by a time, as in <c>2021-01-15T00:00:00</c> or
/// <c>15/01/2021 00:00</c>, which is dropped), date cells, and Excel serial numbers.
/// </summary>
/// <remarks>
/// Serial numbers (number cells, or text of digits only) use Excel's 1900 date system including
/// its 1900 leap-year bug (<see cref="DateTime.FromOADate"/>), from 1 to
/// <see cref="MaxSerial"/> (31/12/9999). A whole number between <see cref="MinPlausibleYear"/> and
/// <see cref="MaxPlausibleYear"/> is taken for a year written where a date was expected, not for
/// a day of 1905, and is refused with a hint.
/// </remarks>
public static partial class DateParser
{
    public const int MaxSerial = 2_958_465;
    public const int MinPlausibleYear = 1900;
    public const int MaxPlausibleYear = 2100;

    private const string Formats = "Formats acceptés : « 15/01/2021 », « 15-01-2021 » ou « 2021-01-15 ».";

    [GeneratedRegex(@"^(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?:[ T](?<time>.+))?$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[/\-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:[ T](?<time>.+))?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}$")]
    private static partial Regex TwoDigitYear();

    // hh:mm[:ss[.fff]] with an optional UTC designator or offset; the time itself is not kept.
    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,7})?)?(?:Z|[+\-]\d{2}:?\d{2})?$")]
    private static partial Regex TimeOfDay();

    public static bool TryParse(in RawValue raw, out DateOnly date, out ValueError? error)
    {
        date = default;
        error = null;
        switch (raw.Kind)
        {
            case RawValueKind.Date:
                date = DateOnly.FromDateTime(raw.Date);
                return true;
            case RawValueKind.Number:
                return TryFromSerial(raw.Number, raw.Display, out date, out error);
            case RawValueKind.Text:
                return TryParseText(raw.Text!.Trim(), out date, out error);
            case RawValueKind.Empty:
                error = new ValueError(IssueCodes.DateInvalide, "La date est vide.");
                return false;
            default:
                error = Invalid(raw.Display);
                return false;
        }
    }

    private static bool TryParseText(string s, out DateOnly date, out ValueError? error)
    {
        date = default;
        error = null;
        if (NumberText.AllAsciiDigits(s) && s.Length <= 7)
            return TryFromSerial(int.Parse(s, CultureInfo.InvariantCulture), s, out date, out error);

        var m = DayFirst().Match(s);
        if (!m.Success) m = YearFirst().Match(s);
        if (!m.Success)
        {
            error = TwoDigitYear().IsMatch(s)
                ? new ValueError(IssueCodes.DateInvalide,
                    $"« {s} » : l'année doit s'écrire avec quatre chiffres (par exemple « 15/01/2021 »).")
                : Invalid(s);
            return false;
        }
        if (m.Groups["time"].Success && !IsValidTime(m.Groups["time"].Value))
        {
            error = Invalid(s);
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = new ValueError(IssueCodes.DateInvalide, $"« {s} » n'est pas une date existante.");
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool IsValidTime(string text)
    {
        var t = TimeOfDay().Match(text);
        return t.Success
            && int.Parse(t.Groups["h"].Value, CultureInfo.InvariantCulture) <= 23
            && int.Parse(t.Groups["min"].Value, CultureInfo.InvariantCulture) <= 59
            && (!t.Groups["s"].Success || int.Parse(t.Groups["s"].Value, CultureInfo.InvariantCulture) <= 59);
    }

    private static bool TryFromSerial(double serial, string shown, out DateOnly date, out ValueError? error)
    {
        date = default;
        error = null;
        if (double.IsNaN(serial) || serial < 1 || serial >= MaxSerial + 1)
        {
            error = Invalid(shown);
            return false;
        }
        var day = Math.Floor(serial);
        if (day == serial && day is >= MinPlausibleYear and <= MaxPlausibleYear)
        {
            error = new ValueError(IssueCodes.DateInvalide,
                $"« {shown} » ressemble à une année, pas à une date : écrivez la date complète (par exemple « 15/01/{shown} »).");
            return false;
        }
        date = DateOnly.FromDateTime(DateTime.FromOADate(day));
        return true;
    }

    private static ValueError Invalid(string shown) =>
        new(IssueCodes.DateInvalide, $"« {shown} » n'est pas une date reconnue. {Formats}");
}
