using System.Globalization;

namespace Fnavdl.Core.Reading;

/// <summary>Byte counts written for people, in French ("612,3 Mo").</summary>
internal static class ByteSizeText
{
    public static string Format(long bytes)
    {
        // Invariant digits with a French decimal comma: does not depend on the host's ICU data.
        if (bytes < 1024) return bytes.ToString(CultureInfo.InvariantCulture) + " octets";
        string[] units = ["Ko", "Mo", "Go", "To"];
        double value = bytes;
        var unit = -1;
        do { value /= 1024; unit++; } while (value >= 1024 && unit < units.Length - 1);
        return value.ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',') + " " + units[unit];
    }
}
