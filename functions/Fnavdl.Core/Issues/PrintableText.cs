using System.Text;

namespace Fnavdl.Core.Issues;

/// <summary>
/// A name or value a region wrote, as a message can quote it: on one line, every character visible. A
/// control character in an upload's path or a cell would otherwise forge lines in logs and terminals.
/// </summary>
public static class PrintableText
{
    /// <summary>The text as it can be shown on one line: control characters written as <c>\n</c>, <c>\u0000</c>…</summary>
    public static string Of(string value)
    {
        var printable = true;
        foreach (var ch in value)
            if (char.IsControl(ch) || char.IsSurrogate(ch)) { printable = false; break; }
        if (printable) return value;

        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsHighSurrogate(ch) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(ch).Append(value[++i]);
                continue;
            }
            text.Append(ch switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(ch) || char.IsSurrogate(ch) => $"\\u{(int)ch:x4}",
                _ => ch.ToString(),
            });
        }
        return text.ToString();
    }
}
