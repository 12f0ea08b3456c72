namespace Fnavdl.Core.Schema.Definition;

/// <summary>
/// Where a curated column's values are stored. A value that is the same for every row of a unit's file is
/// written once, not once per row (issue 21: Parquet.Net's cost is per string value written): the views
/// join it back, so a query written against the views reads every column of the contract.
/// </summary>
public enum ColumnPlace
{
    /// <summary>In every row of the table's own files.</summary>
    File,
    /// <summary>Once per unit, in its <c>depots</c> file (the deposit's lineage), joined by the views on the unit's file.</summary>
    Depot,
    /// <summary>In the project's <c>projets</c> row, joined by a bridge's view on the unit's file and <c>num_projet</c>.</summary>
    Projet,
    /// <summary>Computed by the views from other columns (<c>cle_projet</c>, from the four key columns).</summary>
    Computed,
}
