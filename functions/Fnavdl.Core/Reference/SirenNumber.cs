namespace Fnavdl.Core.Reference;

/// <summary>
/// SIREN (9 digits, a legal unit) and SIRET (14 digits, one of its establishments) numbers, whose
/// last digit is a Luhn check digit.
/// </summary>
internal static class SirenNumber
{
    /// <summary>La Poste has more establishments than the Luhn key on the NIC allows for.</summary>
    private const string LaPosteSiren = "356000000";

    /// <summary>
    /// Strips the separators people type or spreadsheets insert (spaces including U+00A0 and U+202F,
    /// dots, dashes) and returns true when exactly 9 or 14 ASCII digits remain. Does not check the key.
    /// </summary>
    public static bool TryNormalise(string raw, out string digits)
    {
        digits = string.Empty;
        if (string.IsNullOrEmpty(raw))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[14];
        var length = 0;
        foreach (var c in raw)
        {
            // char.IsWhiteSpace covers U+00A0 and U+202F (French thousands separators).
            if (char.IsWhiteSpace(c) || c is '.' or '-' or '\u2010' or '\u2011' or '\u2013')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = c;
        }

        if (length is not (9 or 14))
        {
            return false;
        }

        digits = new string(buffer[..length]);
        return true;
    }

    /// <summary>
    /// True for 9 ASCII digits with a valid Luhn key. "000000000", which passes Luhn, is the usual
    /// placeholder for "unknown" and is rejected.
    /// </summary>
    public static bool IsValidSiren(string nineDigits) =>
        nineDigits is { Length: 9 }
        && AllDigits(nineDigits)
        && nineDigits != "000000000"
        && LuhnValid(nineDigits);

    /// <summary>
    /// True for 14 ASCII digits whose SIREN part is valid and whose whole number passes Luhn; for La Poste
    /// (SIREN 356000000) a sum of digits that is a multiple of 5 is accepted instead.
    /// </summary>
    public static bool IsValidSiret(string fourteenDigits)
    {
        if (fourteenDigits is not { Length: 14 } || !AllDigits(fourteenDigits))
        {
            return false;
        }

        var siren = fourteenDigits[..9];
        if (!IsValidSiren(siren))
        {
            return false;
        }

        if (LuhnValid(fourteenDigits))
        {
            return true;
        }

        return siren == LaPosteSiren && DigitSum(fourteenDigits) % 5 == 0;
    }

    /// <summary>9 digits are checked as a SIREN, 14 as a SIRET; any other length is invalid.</summary>
    public static bool IsValid(string digits) => digits?.Length switch
    {
        9 => IsValidSiren(digits),
        14 => IsValidSiret(digits),
        _ => false,
    };

    private static bool AllDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LuhnValid(string digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    private static int DigitSum(string digits)
    {
        var sum = 0;
        foreach (var c in digits)
        {
            sum += c - '0';
        }

        return sum;
    }
}
