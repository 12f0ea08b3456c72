using System.Buffers;
using Parquet;
using Parquet.Schema;

namespace Fnavdl.Core.Lake;

/// <summary>
/// One column of a curated table: its Parquet field, and how to take its value from a row into a
/// <see cref="ColumnBuffer{TRow}"/> that holds the pending row group of one file.
/// </summary>
internal abstract class LakeColumn<TRow>(DataField field)
{
    public DataField Field { get; } = field;

    /// <param name="rowGroupSize">The most rows the buffer will hold before being flushed.</param>
    public abstract ColumnBuffer<TRow> CreateBuffer(int rowGroupSize);
}

/// <summary>
/// The pending values of one column of one file. Rows are copied in as they arrive, so no row object
/// outlives its <c>Add</c>: buffered row objects would survive collections, reach gen 2 and make the
/// heap grow with the file. The buffer's arrays are kept and reused from one row group to the next.
/// </summary>
internal abstract class ColumnBuffer<TRow>
{
    public abstract void Append(TRow row);

    /// <summary>Writes the buffered values as this column's chunk of the row group, then forgets them.</summary>
    public abstract Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken ct);

    /// <summary>Per-row arrays start small (most units are small) and never grow past one row group.</summary>
    protected static T[] RowArray<T>(int rowGroupSize) => new T[Math.Min(256, rowGroupSize)];

    protected static void MakeRoom<T>(ref T[] rows, int count, int rowGroupSize)
    {
        if (count == rows.Length) Array.Resize(ref rows, Math.Min(count * 2, Math.Max(rowGroupSize, count + 1)));
    }
}

/// <summary>
/// UTF-8 string column, its value a text or a <see cref="JoinedList{TRow}"/>; required columns refuse nulls
/// here rather than deep inside the encoder.
/// </summary>
internal sealed class TextColumn<TRow> : LakeColumn<TRow>
{
    private readonly Func<TRow, string?>? _value;
    private readonly JoinedList<TRow>? _list;

    public TextColumn(string name, bool nullable, Func<TRow, string?> value) : base(new DataField<string>(name, nullable)) => _value = value;

    public TextColumn(string name, bool nullable, JoinedList<TRow> list) : base(new DataField<string>(name, nullable)) => _list = list;

    public override ColumnBuffer<TRow> CreateBuffer(int rowGroupSize) => new TextBuffer(this, rowGroupSize);

    /// <summary>
    /// Characters of every pending value, one after the other, in a reused array. A value equal to
    /// the previous row's (region, call, lineage, a project's key repeated in its bridge rows) points
    /// to the same characters instead of copying them again.
    /// </summary>
    private sealed class TextBuffer(TextColumn<TRow> column, int rowGroupSize) : ColumnBuffer<TRow>
    {
        private const int NullLength = -1;
        private char[] _chars = new char[1024];
        private int _charCount;
        private int[] _starts = RowArray<int>(rowGroupSize);
        private int[] _lengths = RowArray<int>(rowGroupSize);
        private int _count;
        private int _nulls;
        // One string per column, not a row: it does not keep rows alive.
        private string? _previous;

        public override void Append(TRow row)
        {
            if (column._list is { } list) AppendJoined(row, list);
            else AppendText(column._value!(row));
        }

        private void AppendJoined(TRow row, JoinedList<TRow> list)
        {
            var count = list.Count(row);
            if (count <= 1)
            {
                AppendText(count == 1 ? list.Item(row, 0) ?? "" : column.Field.IsNullable ? null : "");
                return;
            }
            MakeRoom(ref _starts, _count, rowGroupSize);
            MakeRoom(ref _lengths, _count, rowGroupSize);
            var start = _charCount;
            for (var i = 0; i < count; i++)
            {
                if (i > 0) Put(list.Separator);
                Put(list.Item(row, i));
            }
            var length = _charCount - start;
            if (_count > 0 && _lengths[_count - 1] >= 0
                && _chars.AsSpan(start, length).SequenceEqual(_chars.AsSpan(_starts[_count - 1], _lengths[_count - 1])))
            {
                _charCount = start; // the previous row's characters serve again
                start = _starts[_count - 1];
            }
            _starts[_count] = start;
            _lengths[_count] = length;
            _previous = null;
            _count++;
        }

        private void Put(string? text)
        {
            if (string.IsNullOrEmpty(text)) return;
            if (_charCount + text.Length > _chars.Length)
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + text.Length));
            text.CopyTo(_chars.AsSpan(_charCount));
            _charCount += text.Length;
        }

        private void AppendText(string? text)
        {
            if (text is null && !column.Field.IsNullable)
                throw new InvalidOperationException($"Column '{column.Field.Name}' is required but a row has no value.");
            MakeRoom(ref _starts, _count, rowGroupSize);
            MakeRoom(ref _lengths, _count, rowGroupSize);
            if (text is null)
            {
                _starts[_count] = 0;
                _lengths[_count] = NullLength;
                _nulls++;
            }
            else if (_count > 0 && _lengths[_count - 1] >= 0
                     && (ReferenceEquals(text, _previous) || text.AsSpan().SequenceEqual(_chars.AsSpan(_starts[_count - 1], _lengths[_count - 1]))))
            {
                // The same string object as the previous row's (lineage, region, a project's key in its bridge rows)
                // needs no comparison of its characters.
                _starts[_count] = _starts[_count - 1];
                _lengths[_count] = text.Length;
            }
            else
            {
                _starts[_count] = _charCount;
                _lengths[_count] = text.Length;
                Put(text);
            }
            _previous = text;
            _count++;
        }

        public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken ct)
        {
            // The slices are made only now: _chars may have moved while the row group was filling.
            // Only the values that are there are handed over, with the definition levels when the column is
            // nullable: the encoder then makes no pass of its own to find and drop the nulls.
            var valueCount = _count - _nulls;
            var values = ArrayPool<ReadOnlyMemory<char>>.Shared.Rent(valueCount);
            var levels = column.Field.IsNullable ? ArrayPool<int>.Shared.Rent(_count) : null;
            var present = column.Field.MaxDefinitionLevel;
            try
            {
                var chars = new ReadOnlyMemory<char>(_chars);
                var v = 0;
                for (var i = 0; i < _count; i++)
                {
                    var isNull = _lengths[i] == NullLength;
                    if (levels is not null) levels[i] = isNull ? present - 1 : present;
                    if (!isNull) values[v++] = chars.Slice(_starts[i], _lengths[i]);
                }
                var memory = new ReadOnlyMemory<ReadOnlyMemory<char>>(values, 0, valueCount);
                if (levels is null)
                    await rowGroup.WriteAsync(column.Field, memory, null, null, ct);
                else
                    await rowGroup.WriteAllPartsAsync(column.Field, memory, new ReadOnlyMemory<int>(levels, 0, _count), null, ct);
            }
            finally
            {
                Array.Clear(values, 0, valueCount);
                ArrayPool<ReadOnlyMemory<char>>.Shared.Return(values);
                if (levels is not null) ArrayPool<int>.Shared.Return(levels);
            }
            _count = 0;
            _nulls = 0;
            _charCount = 0;
        }
    }
}

/// <summary>A non-nullable column of a primitive type (INT32, BOOLEAN, DOUBLE, DECIMAL, DATE, TIMESTAMP).</summary>
internal sealed class ValueColumn<TRow, T>(DataField field, Func<TRow, T> value) : LakeColumn<TRow>(field)
    where T : struct
{
    private readonly Func<TRow, T> _value = value;

    public override ColumnBuffer<TRow> CreateBuffer(int rowGroupSize) => new ValueBuffer(this, rowGroupSize);

    private sealed class ValueBuffer(ValueColumn<TRow, T> column, int rowGroupSize) : ColumnBuffer<TRow>
    {
        private T[] _values = RowArray<T>(rowGroupSize);
        private int _count;

        public override void Append(TRow row)
        {
            MakeRoom(ref _values, _count, rowGroupSize);
            _values[_count++] = column._value(row);
        }

        public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken ct)
        {
            await rowGroup.WriteAsync(column.Field, new ReadOnlyMemory<T>(_values, 0, _count), null, null, ct);
            _count = 0;
        }
    }
}

/// <summary>A nullable column of a primitive type.</summary>
internal sealed class OptionalValueColumn<TRow, T>(DataField field, Func<TRow, T?> value) : LakeColumn<TRow>(field)
    where T : struct
{
    private readonly Func<TRow, T?> _value = value;

    public override ColumnBuffer<TRow> CreateBuffer(int rowGroupSize) => new OptionalValueBuffer(this, rowGroupSize);

    /// <summary>
    /// Keeps the values that are there and each row's definition level, as the encoder takes them: it then
    /// makes no passes of its own to find the nulls and copy out the values.
    /// </summary>
    private sealed class OptionalValueBuffer(OptionalValueColumn<TRow, T> column, int rowGroupSize) : ColumnBuffer<TRow>
    {
        private readonly int _present = column.Field.MaxDefinitionLevel;
        private T[] _values = RowArray<T>(rowGroupSize);
        private int[] _levels = RowArray<int>(rowGroupSize);
        private int _valueCount;
        private int _count;

        public override void Append(TRow row)
        {
            MakeRoom(ref _levels, _count, rowGroupSize);
            if (column._value(row) is { } value)
            {
                MakeRoom(ref _values, _valueCount, rowGroupSize);
                _values[_valueCount++] = value;
                _levels[_count++] = _present;
            }
            else
            {
                _levels[_count++] = _present - 1;
            }
        }

        public override async Task FlushAsync(ParquetRowGroupWriter rowGroup, CancellationToken ct)
        {
            await rowGroup.WriteAllPartsAsync(column.Field, new ReadOnlyMemory<T>(_values, 0, _valueCount), new ReadOnlyMemory<int>(_levels, 0, _count), null, ct);
            _count = 0;
            _valueCount = 0;
        }
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

    public static LakeColumn<TRow> JoinedText<TRow>(string name, bool nullable, JoinedList<TRow> list) => new TextColumn<TRow>(name, nullable, list);

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
    // An amount already at most at the cents (nearly all of them) is returned as is: rounding is costly.
    private static decimal ToCents(decimal amount) =>
        amount.Scale <= MoneyScale ? amount : decimal.Round(amount, MoneyScale, MidpointRounding.AwayFromZero);
}
