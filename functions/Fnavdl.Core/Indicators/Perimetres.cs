namespace Fnavdl.Core.Indicators;

/// <summary>The three scopes of the spec.</summary>
public static class Perimetres
{
    public const string National = "national";
    public const string Region = "region";
    public const string Appel = "appel";

    internal static int Rank(string perimetre) => perimetre switch
    {
        National => 0,
        Region => 1,
        _ => 2,
    };
}
