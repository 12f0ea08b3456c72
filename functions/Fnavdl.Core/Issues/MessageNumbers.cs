using System.Globalization;
using System.Text;

namespace Fnavdl.Core.Issues;

/// <summary>Numbers as a message to a region writes them, the French way, whatever the machine's culture.</summary>
internal static class MessageNumbers
{
    /// <summary>Digits grouped by three with spaces, as a French reader writes them: "1234567" → "1 234 567".</summary>
    public static string GroupThousands(string digits)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) sb.Append(' ');
            sb.Append(digits[i]);
        }
        return sb.ToString();
    }

    /// <summary>Euros to the cent as a French reader writes them: "330 000,00".</summary>
    public static string Euros(decimal euros)
    {
        var text = Math.Abs(euros).ToString("0.00", CultureInfo.InvariantCulture);
        return (euros < 0 ? "-" : "") + GroupThousands(text[..^3]) + "," + text[^2..];
    }
}
