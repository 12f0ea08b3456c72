using System.Reflection;
using Fnavdl.Core.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Fnavdl.Core.Tests.Conventions;

/// <summary>One use, in a source file, of a symbol declared in another layer of the core.</summary>
internal sealed record LayerUse(string From, string To, string File, int Line, string Symbol)
{
    public override string ToString() => $"{File}:{Line} ({From} → {To}) {Symbol}";
}

/// <summary>
/// Which layer of a product assembly uses which, read by Roslyn's semantic model over the project's own
/// sources: every name the compiler binds (a <c>using</c>, a fully-qualified name, a name of the same
/// namespace, an extension method, a constant the compiler inlines, the type of a <c>var</c>, a
/// target-typed <c>new()</c>, a user-defined operator) counts, not only the <c>using</c> lines. Which
/// layer a namespace belongs to is the caller's rule (<see cref="CrossLayerUses"/>).
/// </summary>
internal static class SourceDependencies
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The sources of a product project, compiled against the test's own copies of its dependencies.</summary>
    public static CSharpCompilation Compile(string projectFolder, string assemblyName)
    {
        var folder = Path.Combine(RepoPaths.Root, projectFolder);
        var sources = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(folder, f))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)));
        return Compile(assemblyName, sources);
    }

    /// <summary>Sources given as (path, text), compiled as <see cref="Compile(string, string)"/> compiles a project's.</summary>
    public static CSharpCompilation Compile(string assemblyName, IEnumerable<(string Path, string Text)> sources)
    {
        var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: s.Path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "GlobalUsings.g.cs"))
            .ToList();
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Fnavdl.", StringComparison.Ordinal));
        var references = platform.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.Ordinal).Select(g => g.First())
            .Where(IsManaged)
            .Select(f => MetadataReference.CreateFromFile(f));
        return CSharpCompilation.Create(assemblyName, trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    /// <summary>
    /// Errors that would make uses go unseen (a name the compiler could not bind). Source generators do
    /// not run here, so a <c>[GeneratedRegex]</c> partial without its body is expected and left out.
    /// </summary>
    public static IReadOnlyList<string> BindingErrors(CSharpCompilation compilation) =>
        compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id is not ("CS8795" or "CS9248" or "CS0759"))
            .Select(d => d.ToString())
            .ToList();

    /// <summary>
    /// Every use, from code of one layer, of a symbol of another layer. <paramref name="layerOf"/> maps a
    /// namespace below the root (<c>Reading.Xlsx</c> for <c>Fnavdl.Core.Reading.Xlsx</c>; empty for the root
    /// itself) to its layer.
    /// </summary>
    public static IReadOnlyList<LayerUse> CrossLayerUses(CSharpCompilation compilation, string rootNamespace, Func<string, string> layerOf)
    {
        var uses = new List<LayerUse>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (RelativeName(DeclaringNamespace(model, node), rootNamespace) is not { } fromNamespace) continue;
                var from = layerOf(fromNamespace);
                foreach (var symbol in Referenced(model, node))
                {
                    if (RelativeName(NamespaceOf(symbol), rootNamespace) is not { } toNamespace) continue;
                    var to = layerOf(toNamespace);
                    if (to == from) continue;
                    var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    uses.Add(new LayerUse(from, to, Path.GetRelativePath(RepoPaths.Root, tree.FilePath), line, symbol.ToDisplayString()));
                }
            }
        }
        return uses;
    }

    /// <summary>The namespaces the project's sources declare, below the root (<c>Reading</c>, <c>Storage.Local</c>; empty for the root).</summary>
    public static IReadOnlyList<string> DeclaredNamespaces(CSharpCompilation compilation, string rootNamespace) =>
        compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
                .Select(declaration => RelativeName(compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration) as INamespaceSymbol, rootNamespace)))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<ISymbol> Referenced(SemanticModel model, SyntaxNode node)
    {
        switch (node)
        {
            case UsingDirectiveSyntax:
                yield break; // a using is no use: the names it lets the file write are counted where written
            case SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax or BinaryExpressionSyntax
                or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax or AssignmentExpressionSyntax
                or ElementAccessExpressionSyntax or CastExpressionSyntax or ForEachStatementSyntax:
                var info = model.GetSymbolInfo(node);
                if (info.Symbol is not null) yield return info.Symbol;
                foreach (var candidate in info.CandidateSymbols) yield return candidate;
                break;
        }
        if (node is ExpressionSyntax expression && node is not (NameSyntax and { Parent: QualifiedNameSyntax or UsingDirectiveSyntax or BaseNamespaceDeclarationSyntax }))
        {
            var type = model.GetTypeInfo(expression);
            foreach (var t in WithTypeArguments(type.Type)) yield return t;
            foreach (var t in WithTypeArguments(type.ConvertedType)) yield return t;
        }
    }

    /// <summary>A type and, for a constructed generic type, its type arguments (<c>List&lt;Projet&gt;</c> uses <c>Projet</c>).</summary>
    private static IEnumerable<ITypeSymbol> WithTypeArguments(ITypeSymbol? type)
    {
        if (type is null) yield break;
        yield return type;
        if (type is INamedTypeSymbol { IsGenericType: true } named)
            foreach (var argument in named.TypeArguments.SelectMany(WithTypeArguments)) yield return argument;
        if (type is IArrayTypeSymbol array)
            foreach (var element in WithTypeArguments(array.ElementType)) yield return element;
    }

    /// <summary>The namespace of the type a node is written in (a file-scoped or block namespace, or none).</summary>
    private static INamespaceSymbol? DeclaringNamespace(SemanticModel model, SyntaxNode node)
    {
        if (node.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>() is not { } declaration) return null;
        if (node is NameSyntax && node.Ancestors().Any(a => a == declaration.Name)) return null;
        return model.GetDeclaredSymbol(declaration) as INamespaceSymbol;
    }

    /// <summary>The namespace a symbol is declared in; for a constructed or nested type, its definition's.</summary>
    private static INamespaceSymbol? NamespaceOf(ISymbol symbol) => symbol switch
    {
        IArrayTypeSymbol array => NamespaceOf(array.ElementType),
        IPointerTypeSymbol pointer => NamespaceOf(pointer.PointedAtType),
        INamespaceSymbol => null, // a namespace name alone (in a qualified name) uses nothing
        _ when symbol.ContainingAssembly is null => null,
        _ => symbol.OriginalDefinition.ContainingNamespace,
    };

    /// <summary>The namespace's name below the root (empty for the root itself), or null outside it.</summary>
    private static string? RelativeName(INamespaceSymbol? ns, string rootNamespace)
    {
        if (ns is null || ns.IsGlobalNamespace) return null;
        var name = ns.ToDisplayString();
        if (name == rootNamespace) return "";
        return name.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? name[(rootNamespace.Length + 1)..] : null;
    }

    private static bool IsBuildOutput(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar);
        return relative.Contains("obj") || relative.Contains("bin");
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
