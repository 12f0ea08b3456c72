namespace Fnavdl.Core.Tests.Hostile;

/// <summary>
/// Tests that set process-wide state (environment variables such as <c>Fnavdl__MaxUploadBytes</c>)
/// or watch the shared temporary folder: they run alone, after every parallel collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "environnement du processus";
}

/// <summary>Sets an environment variable for the life of a test, and puts the old value back.</summary>
public sealed class EnvironmentVariable : IDisposable
{
    private readonly string _name;
    private readonly string? _previous;

    public EnvironmentVariable(string name, string? value)
    {
        _name = name;
        _previous = Environment.GetEnvironmentVariable(name);
        Environment.SetEnvironmentVariable(name, value);
    }

    public void Dispose() => Environment.SetEnvironmentVariable(_name, _previous);
}
