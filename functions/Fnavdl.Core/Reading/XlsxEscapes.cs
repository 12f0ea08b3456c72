namespace Fnavdl.Core.Reading;

/// <summary>
/// OOXML's escapes for characters XML cannot hold (ECMA-376 §22.9.2.19 ST_Xstring): <c>_x000D_</c>
/// is a carriage return, <c>_x0001_</c> a control character the validation then refuses. Read as
/// ExcelDataReader reads them: four upper-case hexadecimal digits, left to right, never overlapping.
/// </summary>
internal static class XlsxEscapes
{
    private const int EscapeLength = 7; // _xHHHH_

    public static string Decode(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0) return text;
        var decoded = new System.Text.StringBuilder(text.Length);
        var copied = 0;
        while (at >= 0 && at + EscapeLength <= text.Length)
        {
            if (text[at + EscapeLength - 1] == '_' && TryHex(text.AsSpan(at + 2, 4), out var code))
            {
                decoded.Append(text, copied, at - copied).Append((char)code);
                copied = at + EscapeLength;
                at = text.IndexOf("_x", copied, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf("_x", at + 1, StringComparison.Ordinal);
            }
        }
        if (copied == 0) return text;
        return decoded.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool TryHex(ReadOnlySpan<char> digits, out int code)
    {
        code = 0;
        foreach (var c in digits)
        {
            int value = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= 'A' and <= 'F' => c - 'A' + 10,
                _ => -1,
            };
            if (value < 0) return false;
            code = code * 16 + value;
        }
        return true;
    }
}
