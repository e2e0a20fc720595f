// Test-only shim of Amazon.Lambda.Annotations (not served by the package registry): the real namespace, type and
// member names of LambdaFunctionAttribute and the Lambda Function URL attribute (aws/aws-lambda-dotnet,
// Libraries/src/Amazon.Lambda.Annotations and its APIGateway folder); a subset of the members (AllowMethods omitted).
// No behaviour.
using System;

namespace Amazon.Lambda.Annotations
{
    [AttributeUsage(AttributeTargets.Method)]
    public class LambdaFunctionAttribute : Attribute
    {
        public string? ResourceName { get; set; }

        public uint Timeout { get; set; }

        public uint MemorySize { get; set; }

        public string? Role { get; set; }
    }
}

namespace Amazon.Lambda.Annotations.APIGateway
{
    /// <summary>The type of authentication for a Lambda Function URL.</summary>
    public enum FunctionUrlAuthType
    {
        /// <summary>No authentication. Anyone with the Function URL can invoke the function.</summary>
        NONE,

        /// <summary>IAM authentication. Only authenticated IAM users and roles can invoke the function.</summary>
        AWS_IAM,
    }

    /// <summary>Configures the Lambda function to be invoked via a Lambda Function URL.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class FunctionUrlAttribute : Attribute
    {
        public FunctionUrlAuthType AuthType { get; set; } = FunctionUrlAuthType.NONE;

        public string[]? AllowOrigins { get; set; }

        public string[]? AllowHeaders { get; set; }

        public bool AllowCredentials { get; set; }

        public string[]? ExposeHeaders { get; set; }

        public int MaxAge { get; set; }
    }
}
