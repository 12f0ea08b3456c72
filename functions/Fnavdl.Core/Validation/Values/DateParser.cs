using System.Globalization;
using System.Text.RegularExpressions;
using Fnavdl.Core.Issues;
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
internal static partial class DateParser
{
    public const int MaxSerial = 2_958_465;
    public const int MinPlausibleYear = 1900;
    public const int MaxPlausibleYear = 2100;


    [GeneratedRegex(@"^(?<d>\d{1,2})(?<sep>[/.\-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})(?:[ T](?<time>.+))?$")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[/\-])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?:[ T](?<time>.+))?$")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2}$")]
    private static partial Regex TwoDigitYear();

    // hh:mm[:ss[.fff]] with an optional UTC designator or offset; the time itself is not kept.
    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<min>\d{2})(?::(?<s>\d{2})(?:[.,]\d{1,7})?)?(?:Z|[+\-]\d{2}:?\d{2})?$")]
    private static partial Regex TimeOfDay();

    public static bool TryParse(in RawValue raw, out DateOnly date, out IssueMessage? error)
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
                error = IssueCatalog.DateInvalide.Vide.Format();
                return false;
            default:
                error = Invalid(raw.Display);
                return false;
        }
    }

    private static bool TryParseText(string s, out DateOnly date, out IssueMessage? error)
    {
        date = default;
        error = null;
        if (NumberText.AllAsciiDigits(s) && s.Length <= 7)
            return TryFromSerial(int.Parse(s, CultureInfo.InvariantCulture), s, out date, out error);

        if (TryReadPlain(s, out var plainYear, out var plainMonth, out var plainDay))
            return TryCreate(s, plainYear, plainMonth, plainDay, out date, out error);

        var m = DayFirst().Match(s);
        if (!m.Success) m = YearFirst().Match(s);
        if (!m.Success)
        {
            error = TwoDigitYear().IsMatch(s)
                ? IssueCatalog.DateInvalide.AnneeSurDeuxChiffres.Format(("Valeur", s))
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
        return TryCreate(s, year, month, day, out date, out error);
    }

    private static bool TryCreate(string s, int year, int month, int day, out DateOnly date, out IssueMessage? error)
    {
        date = default;
        error = null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = IssueCatalog.DateInvalide.Inexistante.Format(("Valeur", s));
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// The shapes nearly every cell has (<c>15/01/2021</c>, <c>2021-01-15</c>: ASCII digits, no time)
    /// read without the regular expressions' allocations; they match exactly as
    /// <see cref="DayFirst"/> or <see cref="YearFirst"/> would. Anything else returns false.
    /// </summary>
    private static bool TryReadPlain(ReadOnlySpan<char> s, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (s.Length is < 8 or > 10) return false;
        if (ReadDigits(s, 0, 4, out year) is 4 && s[4] is '/' or '-')
        {
            // yyyy-m-d, yyyy/mm/dd
            var sep = s[4];
            var monthLength = ReadDigits(s, 5, 2, out month);
            var at = 5 + monthLength;
            if (monthLength == 0 || at >= s.Length || s[at] != sep) return false;
            var dayLength = ReadDigits(s, at + 1, 2, out day);
            return dayLength > 0 && at + 1 + dayLength == s.Length;
        }
        var dLength = ReadDigits(s, 0, 2, out day);
        if (dLength == 0 || s[dLength] is not ('/' or '.' or '-')) return false;
        var separator = s[dLength];
        var mLength = ReadDigits(s, dLength + 1, 2, out month);
        var yearAt = dLength + 1 + mLength + 1;
        return mLength > 0 && yearAt + 4 == s.Length && s[yearAt - 1] == separator
            && ReadDigits(s, yearAt, 4, out year) == 4;
    }

    /// <summary>Reads up to <paramref name="max"/> ASCII digits from <paramref name="at"/>; returns how many.</summary>
    private static int ReadDigits(ReadOnlySpan<char> s, int at, int max, out int value)
    {
        value = 0;
        var count = 0;
        while (count < max && at + count < s.Length && char.IsAsciiDigit(s[at + count]))
        {
            value = value * 10 + (s[at + count] - '0');
            count++;
        }
        return count;
    }

    private static bool IsValidTime(string text)
    {
        var t = TimeOfDay().Match(text);
        return t.Success
            && int.Parse(t.Groups["h"].Value, CultureInfo.InvariantCulture) <= 23
            && int.Parse(t.Groups["min"].Value, CultureInfo.InvariantCulture) <= 59
            && (!t.Groups["s"].Success || int.Parse(t.Groups["s"].Value, CultureInfo.InvariantCulture) <= 59);
    }

    private static bool TryFromSerial(double serial, string shown, out DateOnly date, out IssueMessage? error)
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
            error = IssueCatalog.DateInvalide.AnneeSeule.Format(("Valeur", shown));
            return false;
        }
        date = DateOnly.FromDateTime(DateTime.FromOADate(day));
        return true;
    }

    private static IssueMessage Invalid(string shown) =>
        IssueCatalog.DateInvalide.Illisible.Format(("Valeur", shown));
}
