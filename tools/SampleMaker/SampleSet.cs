namespace SampleMaker;

/// <summary>The output tree (samples/) and the figures collected while writing it.</summary>
public sealed class SampleSet(string root)
{
    public string Root { get; } = root;
    public FigureBook Figures { get; } = new();

    /// <summary>Absolute path of a file under samples/uploads/.</summary>
    public string Upload(string relative) => Path.Combine(Root, "uploads", relative);

    /// <summary>Absolute path of a file under samples/invalid/.</summary>
    public string Invalid(string relative) => Path.Combine(Root, "invalid", relative);

    public static string Join(IEnumerable<string> items, string separator) => string.Join(separator, items);
}
