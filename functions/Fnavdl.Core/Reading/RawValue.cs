namespace Fnavdl.Core.Reading;

/// <summary>What a source cell held before any interpretation.</summary>
public enum RawValueKind : byte { Empty, Text, Number, Date, Boolean, List }

/// <summary>
/// One cell as the source file gave it. CSV cells are always text; XLSX cells keep their
/// numeric/date/boolean type (so a numeric amount is never re-parsed from a formatted string);
/// JSON keeps numbers, booleans and arrays.
/// </summary>
public readonly struct RawValue
{
    public RawValueKind Kind { get; }
    public string? Text { get; }
    public double Number { get; }
    public DateTime Date { get; }
    public bool Boolean { get; }
    public IReadOnlyList<string>? Items { get; }

    private RawValue(RawValueKind kind, string? text = null, double number = 0, DateTime date = default,
        bool boolean = false, IReadOnlyList<string>? items = null)
    {
        Kind = kind; Text = text; Number = number; Date = date; Boolean = boolean; Items = items;
    }

    public static RawValue Empty => default;

    /// <summary>Text cell; blank text (spaces only) is empty.</summary>
    public static RawValue FromText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? default : new RawValue(RawValueKind.Text, text);

    /// <summary>Text cell cut to <paramref name="maxChars"/> + 1 characters (see <see cref="ReadLimits.MaxCellChars"/>).</summary>
    public static RawValue FromText(ReadOnlySpan<char> text, int maxChars) =>
        FromText(text.Length > maxChars ? new string(text[..(maxChars + 1)]) : new string(text));

    public static RawValue FromNumber(double number) => new(RawValueKind.Number, number: number);
    public static RawValue FromDate(DateTime date) => new(RawValueKind.Date, date: date);
    public static RawValue FromBoolean(bool value) => new(RawValueKind.Boolean, boolean: value);
    public static RawValue FromList(IReadOnlyList<string> items) =>
        items.Count == 0 ? default : new RawValue(RawValueKind.List, items: items);

    public bool IsEmpty => Kind == RawValueKind.Empty;

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
}
