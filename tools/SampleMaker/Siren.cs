namespace SampleMaker;

/// <summary>
/// SIREN/SIRET check digits (Luhn). Fictional numbers are drawn from a seeded generator so that a
/// regeneration writes the same ones; each passes the check the pipeline applies.
/// </summary>
public static class Siren
{
    public static bool IsLuhnValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (d is < 0 or > 9) return false;
            if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /// <summary>A fictional SIREN (9 digits, Luhn-valid) starting like an association's or company's.</summary>
    public static string Fictional(Random random)
    {
        var head = random.Next(30000000, 89999999).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        return WithCheckDigit(head);
    }

    /// <summary>A SIRET for the SIREN: the first establishment number (NIC) that makes the 14 digits Luhn-valid.</summary>
    public static string Siret(string siren, int firstNic = 10)
    {
        Require(siren);
        for (var nic = firstNic; nic < 100000; nic++)
        {
            var siret = siren + nic.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            if (IsLuhnValid(siret)) return siret;
        }
        throw new InvalidOperationException("no NIC found");
    }

    public static string WithCheckDigit(string head)
    {
        for (var d = 0; d <= 9; d++)
            if (IsLuhnValid(head + d)) return head + d;
        throw new InvalidOperationException("unreachable");
    }

    public static string Require(string siren)
    {
        if (siren.Length != 9 || !IsLuhnValid(siren))
            throw new InvalidOperationException($"SIREN {siren} does not pass the Luhn check");
        return siren;
    }
}
