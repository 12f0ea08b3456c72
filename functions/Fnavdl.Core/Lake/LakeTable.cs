using Parquet.Schema;

namespace Fnavdl.Core.Lake;

/// <summary>A curated table's columns, in file order; the Parquet schema follows from them.</summary>
internal sealed class LakeTable<TRow>
{
    public LakeTable(string name, IReadOnlyList<LakeColumn<TRow>> columns)
    {
        Name = name;
        Columns = columns;
        Schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
    }

    public string Name { get; }
    public IReadOnlyList<LakeColumn<TRow>> Columns { get; }
    public ParquetSchema Schema { get; }
}
