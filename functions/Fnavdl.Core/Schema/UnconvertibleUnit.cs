namespace Fnavdl.Core.Schema;

/// <summary>
/// A header that names an amount field in a unit the pipeline cannot convert to euros
/// (« Montant accordé ($) », « Montant (%) »): the column is left unmatched and the report says why.
/// </summary>
/// <param name="Header">The header as the file wrote it.</param>
/// <param name="Field">The amount field the header would otherwise give.</param>
/// <param name="Unit">The unit as written (« $ »).</param>
internal sealed record UnconvertibleUnit(string Header, string Field, string Unit);
