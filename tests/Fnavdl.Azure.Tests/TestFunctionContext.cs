using Microsoft.Azure.Functions.Worker;

namespace Fnavdl.Azure.Tests;

/// <summary>The little of a FunctionContext that IngestUpload uses: its cancellation token.</summary>
internal sealed class TestFunctionContext(CancellationToken cancellationToken = default) : FunctionContext
{
    public override string InvocationId => "test-invocation";
    public override string FunctionId => "IngestUpload";
    public override TraceContext TraceContext => throw new NotSupportedException();
    public override BindingContext BindingContext => throw new NotSupportedException();
    public override RetryContext RetryContext => throw new NotSupportedException();
    public override IServiceProvider InstanceServices { get; set; } = null!;
    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();
    public override IInvocationFeatures Features => throw new NotSupportedException();
    public override CancellationToken CancellationToken => cancellationToken;
}
