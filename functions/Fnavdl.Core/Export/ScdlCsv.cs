using System.Text;

namespace Fnavdl.Core.Export;

/// <summary>
/// The CSV form schema.data.gouv.fr and Validata read: comma-separated, UTF-8 without BOM, a header
/// of the schema's column names, RFC 4180 quoting (a field with a comma, a quote or a line break is
/// quoted, quotes doubled), CRLF line ends.
/// </summary>
/// <remarks>
/// Values are written exactly as the lake holds them, formula-like text included (<c>=…</c>,
/// <c>+…</c>, <c>-…</c>, <c>@…</c>): this file is open data for machines and for Validata, and a
/// publication must carry the beneficiary's name and the grant's object as they are, not prefixed with
/// an apostrophe. Anyone opening it in a spreadsheet should import it (Excel: Données › À partir d'un
/// fichier texte/CSV; LibreOffice: the import dialog), which does not evaluate formulas.
/// </remarks>
internal sealed class ScdlCsv(Stream output) : IDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true)
    {
        NewLine = "\r\n",
    };

    public void WriteRow(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) _writer.Write(',');
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                _writer.Write(field);
                continue;
            }
            _writer.Write('"');
            _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }
        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();
}
