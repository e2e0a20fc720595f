using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SharedResp.Analyzers;

/// <summary>
/// Base of every SharedResp analyzer. Seals <see cref="Initialize"/> so that every rule runs concurrently,
/// skips generated code, and registers nothing at all when the compilation references neither the AWS SDK
/// nor the AWS CDK.
/// </summary>
public abstract class SharedRespAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var aws = AwsCompilationContext.Get(start.Compilation);
            if (!aws.HasAws)
            {
                return;
            }

            OnAwsCompilationStart(start, aws);
        });
    }

    /// <summary>Called once per compilation that references the AWS SDK or the CDK.</summary>
    internal abstract void OnAwsCompilationStart(CompilationStartAnalysisContext context, AwsCompilationContext aws);
}
