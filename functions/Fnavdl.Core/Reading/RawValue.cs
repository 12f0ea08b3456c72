namespace Fnavdl.Core.Reading;

/// <summary>What a source cell held before any interpretation.</summary>
internal enum RawValueKind : byte { Empty, Text, Number, Date, Boolean, List }

/// <summary>
/// One cell as the source file gave it. CSV cells are always text; XLSX cells keep their
/// numeric/date/boolean type (so a numeric amount is never re-parsed from a formatted string);
/// JSON keeps numbers, booleans and arrays.
/// </summary>
/// <remarks>
/// Every row of a file holds one per column, so the layout is two words: one reference (the text,
/// the list, or a marker naming the kind of a numeric, date or boolean cell) and one 8-byte payload
/// (the double's bits, the date's ticks, the boolean). 16 bytes instead of the 48 that a field per
/// kind would take, which is most of what reading a million-row file allocates.
/// </remarks>
internal readonly struct RawValue
{
    private const int KindShift = 62;
    private const long TicksMask = (1L << KindShift) - 1;
    private static readonly KindMarker NumberMarker = new(RawValueKind.Number);
    private static readonly KindMarker DateMarker = new(RawValueKind.Date);
    private static readonly KindMarker BooleanMarker = new(RawValueKind.Boolean);

    // null: empty; string: text; IReadOnlyList<string>: list; KindMarker: the payload's kind.
    private readonly object? _value;
    private readonly long _payload;

    private RawValue(object value, long payload = 0)
    {
        _value = value;
        _payload = payload;
    }

    public RawValueKind Kind => _value switch
    {
        null => RawValueKind.Empty,
        string => RawValueKind.Text,
        KindMarker marker => marker.Kind,
        _ => RawValueKind.List,
    };

    public string? Text => _value as string;
    public double Number => ReferenceEquals(_value, NumberMarker) ? BitConverter.Int64BitsToDouble(_payload) : 0;
    public DateTime Date => ReferenceEquals(_value, DateMarker)
        ? new DateTime(_payload & TicksMask, (DateTimeKind)((ulong)_payload >> KindShift))
        : default;
    public bool Boolean => ReferenceEquals(_value, BooleanMarker) && _payload != 0;
    public IReadOnlyList<string>? Items => _value as IReadOnlyList<string>;

    public static RawValue Empty => default;

    /// <summary>Text cell; blank text (spaces only) is empty.</summary>
    public static RawValue FromText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? default : new RawValue(text);

    /// <summary>Text cell cut to <paramref name="maxChars"/> + 1 characters (see <see cref="ReadLimits.MaxCellChars"/>).</summary>
    public static RawValue FromText(ReadOnlySpan<char> text, int maxChars) =>
        FromText(text.Length > maxChars ? new string(text[..(maxChars + 1)]) : new string(text));

    public static RawValue FromNumber(double number) => new(NumberMarker, BitConverter.DoubleToInt64Bits(number));
    // The ticks and the DateTimeKind, packed as DateTime itself packs them (ticks need 62 bits).
    public static RawValue FromDate(DateTime date) => new(DateMarker, date.Ticks | ((long)date.Kind << KindShift));
    public static RawValue FromBoolean(bool value) => new(BooleanMarker, value ? 1 : 0);
    public static RawValue FromList(IReadOnlyList<string> items) =>
        items.Count == 0 ? default : new RawValue(items);

    public bool IsEmpty => _value is null;

    /// <summary>The value as the user would read it, for reports ("value" of a Validata issue).</summary>
    public string Display => Kind switch
    {
        RawValueKind.Empty => "",
        RawValueKind.Text => Text!,
        RawValueKind.Number => Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        RawValueKind.Date => Date.TimeOfDay == TimeSpan.Zero
            ? Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : Date.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        RawValueKind.Boolean => Boolean ? "VRAI" : "FAUX",
        RawValueKind.List => string.Join(" | ", Items!),
        _ => "",
    };

    public override string ToString() => Display;

    private sealed class KindMarker(RawValueKind kind)
    {
        public RawValueKind Kind { get; } = kind;
    }
}
