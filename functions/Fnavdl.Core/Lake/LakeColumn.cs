using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Lake;

/// <summary>One column of a curated table: its Parquet field, and how to take its values from buffered rows.</summary>
internal abstract class LakeColumn<TRow>(DataField field)
{
    public DataField Field { get; } = field;

    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken ct);
}

/// <summary>UTF-8 string column; required columns refuse nulls here rather than deep inside the encoder.</summary>
internal sealed class TextColumn<TRow>(string name, bool nullable, Func<TRow, string?> value)
    : LakeColumn<TRow>(new DataField<string>(name, nullable))
{
    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        var values = new string?[rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = value(rows[i]);
            if (values[i] is null && !Field.IsNullable)
                throw new InvalidOperationException($"Column '{Field.Name}' is required but a row has no value.");
        }
        return rowGroup.WriteAsync(Field, values!, null);
    }
}

/// <summary>A non-nullable column of a primitive type (INT32, BOOLEAN, DOUBLE, DECIMAL, DATE, TIMESTAMP).</summary>
internal sealed class ValueColumn<TRow, T>(DataField field, Func<TRow, T> value) : LakeColumn<TRow>(field)
    where T : struct
{
    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        var values = new T[rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = value(rows[i]);
        return rowGroup.WriteAsync(Field, new ReadOnlyMemory<T>(values), null, null, ct);
    }
}

/// <summary>A nullable column of a primitive type.</summary>
internal sealed class OptionalValueColumn<TRow, T>(DataField field, Func<TRow, T?> value) : LakeColumn<TRow>(field)
    where T : struct
{
    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        var values = new T?[rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = value(rows[i]);
        return rowGroup.WriteAsync(Field, new ReadOnlyMemory<T?>(values), null, null, ct);
    }
}

/// <summary>Factories that fix the physical and logical type of each kind of curated column.</summary>
internal static class Column
{
    /// <summary>Euros with cents: DECIMAL(18,2), stored as INT64 by Parquet.Net (precision ≤ 18).</summary>
    public const int MoneyPrecision = 18;
    public const int MoneyScale = 2;

    public static LakeColumn<TRow> Text<TRow>(string name, Func<TRow, string> value) => new TextColumn<TRow>(name, false, value);

    public static LakeColumn<TRow> OptionalText<TRow>(string name, Func<TRow, string?> value) => new TextColumn<TRow>(name, true, value);

    public static LakeColumn<TRow> Int32<TRow>(string name, Func<TRow, int> value) =>
        new ValueColumn<TRow, int>(new DataField<int>(name, false), value);

    public static LakeColumn<TRow> OptionalInt32<TRow>(string name, Func<TRow, int?> value) =>
        new OptionalValueColumn<TRow, int>(new DataField<int>(name, true), value);

    public static LakeColumn<TRow> Boolean<TRow>(string name, Func<TRow, bool> value) =>
        new ValueColumn<TRow, bool>(new DataField<bool>(name, false), value);

    public static LakeColumn<TRow> OptionalBoolean<TRow>(string name, Func<TRow, bool?> value) =>
        new OptionalValueColumn<TRow, bool>(new DataField<bool>(name, true), value);

    public static LakeColumn<TRow> Double<TRow>(string name, Func<TRow, double> value) =>
        new ValueColumn<TRow, double>(new DataField<double>(name, false), value);

    public static LakeColumn<TRow> Money<TRow>(string name, Func<TRow, decimal> value) =>
        new ValueColumn<TRow, decimal>(MoneyField(name, false), row => ToCents(value(row)));

    public static LakeColumn<TRow> OptionalMoney<TRow>(string name, Func<TRow, decimal?> value) =>
        new OptionalValueColumn<TRow, decimal>(MoneyField(name, true), row => value(row) is { } v ? ToCents(v) : null);

    public static LakeColumn<TRow> OptionalDate<TRow>(string name, Func<TRow, DateOnly?> value) =>
        new OptionalValueColumn<TRow, DateOnly>(new DataField<DateOnly>(name, true), value);

    /// <summary>An instant: INT64 TIMESTAMP(MILLIS, isAdjustedToUTC), the most widely readable timestamp.</summary>
    public static LakeColumn<TRow> TimestampUtc<TRow>(string name, Func<TRow, DateTimeOffset> value) =>
        new ValueColumn<TRow, DateTime>(
            new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Millis, isNullable: false),
            row => value(row).UtcDateTime);

    private static DecimalDataField MoneyField(string name, bool nullable) =>
        new(name, MoneyPrecision, MoneyScale, forceByteArrayEncoding: false, isNullable: nullable);

    // Amounts reach the lake with at most 2 decimals (the normaliser stores cents); rounding here
    // only guards against the encoder silently truncating an unexpected third decimal.
    private static decimal ToCents(decimal amount) => decimal.Round(amount, MoneyScale, MidpointRounding.AwayFromZero);
}
