using System.Text;

namespace SharedResp.Analyzers.Benchmarks;

public enum CorpusKind
{
    /// <summary>CDK stacks and SDK code, insecure and secure, with plain code mixed in (40% CDK, 30% SDK, 30% plain).</summary>
    AwsHeavy,

    /// <summary>Plain C# only, compiled without any AWS reference.</summary>
    NoAws,
}

/// <summary>Writes realistic, deterministic C# files: CDK stacks, SDK services, and plain application code.</summary>
public static class CorpusGenerator
{
    public static IReadOnlyList<(string Path, string Text)> Generate(CorpusKind kind, int files)
    {
        var result = new List<(string, string)>(files);
        for (var i = 0; i < files; i++)
        {
            var text = kind == CorpusKind.NoAws
                ? Plain(i)
                : (i % 10) switch
                {
                    < 4 => Cdk(i),
                    < 7 => Sdk(i),
                    _ => Plain(i),
                };
            result.Add(($"File{i:D5}.cs", text));
        }

        return result;
    }

    private static string Cdk(int i)
    {
        var insecure = i % 3 == 0;
        var b = new StringBuilder();
        b.AppendLine("using Amazon.CDK;");
        b.AppendLine("using Amazon.CDK.AWS.S3;");
        b.AppendLine("using Amazon.CDK.AWS.IAM;");
        b.AppendLine("using Constructs;");
        b.AppendLine($"namespace Corpus.Infra{i % 17};");
        b.AppendLine($"public sealed class StorageStack{i} : Stack");
        b.AppendLine("{");
        b.AppendLine($"    public StorageStack{i}(Construct scope, string id, IStackProps? stackProps = null) : base(scope, id, stackProps)");
        b.AppendLine("    {");
        b.AppendLine("        var logs = new Bucket(this, \"Logs\", new BucketProps { Versioned = true, RemovalPolicy = RemovalPolicy.RETAIN });");
        b.AppendLine("        var props = new BucketProps");
        b.AppendLine("        {");
        b.AppendLine($"            BucketName = \"corpus-{i}-data\",");
        b.AppendLine("            Versioned = true,");
        b.AppendLine("            ServerAccessLogsBucket = logs,");
        b.AppendLine(insecure ? "            BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS," : "            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,");
        b.AppendLine(insecure ? "            AccessControl = BucketAccessControl.PUBLIC_READ," : "            AccessControl = BucketAccessControl.PRIVATE,");
        b.AppendLine("        };");
        b.AppendLine("        props.EnforceSSL = true;");
        b.AppendLine("        var data = new Bucket(this, \"Data\", props);");
        b.AppendLine("        var role = new Role(this, \"Reader\", new RoleProps { AssumedBy = new ServicePrincipal(\"lambda.amazonaws.com\") });");
        b.AppendLine("        data.GrantRead(role);");
        if (insecure)
        {
            b.AppendLine("        data.GrantPublicAccess(\"public/*\");");
        }

        b.AppendLine("        for (var n = 0; n < 3; n++)");
        b.AppendLine("        {");
        b.AppendLine("            new CfnBucket(this, \"Raw\" + n, new CfnBucketProps");
        b.AppendLine("            {");
        b.AppendLine(insecure ? "                AccessControl = \"PublicRead\"," : "                AccessControl = \"Private\",");
        b.AppendLine("                PublicAccessBlockConfiguration = new CfnBucket.PublicAccessBlockConfigurationProperty");
        b.AppendLine("                {");
        b.AppendLine("                    BlockPublicAcls = true,");
        b.AppendLine("                    IgnorePublicAcls = true,");
        b.AppendLine(insecure ? "                    BlockPublicPolicy = false," : "                    BlockPublicPolicy = true,");
        b.AppendLine("                    RestrictPublicBuckets = true,");
        b.AppendLine("                },");
        b.AppendLine("            });");
        b.AppendLine("        }");
        b.AppendLine("        new CfnOutput(this, \"BucketArn\", new CfnOutputProps { Value = data.BucketArn });");
        b.AppendLine("    }");
        b.AppendLine("}");
        return b.ToString();
    }

    private static string Sdk(int i)
    {
        var insecure = i % 3 == 1;
        var b = new StringBuilder();
        b.AppendLine("using System.Collections.Generic;");
        b.AppendLine("using System.IO;");
        b.AppendLine("using System.Threading.Tasks;");
        b.AppendLine("using Amazon.S3;");
        b.AppendLine("using Amazon.S3.Model;");
        b.AppendLine($"namespace Corpus.Services{i % 13};");
        b.AppendLine($"public sealed class ReportStore{i}");
        b.AppendLine("{");
        b.AppendLine("    private readonly IAmazonS3 _s3;");
        b.AppendLine("    private readonly string _bucket;");
        b.AppendLine($"    public ReportStore{i}(IAmazonS3 s3, string bucket) {{ _s3 = s3; _bucket = bucket; }}");
        b.AppendLine("    public async Task SaveAsync(string key, Stream body, IDictionary<string, string> tags)");
        b.AppendLine("    {");
        b.AppendLine("        var request = new PutObjectRequest { BucketName = _bucket, Key = key, InputStream = body, ContentType = \"application/pdf\" };");
        b.AppendLine(insecure ? "        request.CannedACL = S3CannedACL.PublicRead;" : "        request.CannedACL = S3CannedACL.BucketOwnerFullControl;");
        b.AppendLine("        foreach (var tag in tags) { request.Metadata.Add(tag.Key, tag.Value); }");
        b.AppendLine("        await _s3.PutObjectAsync(request);");
        b.AppendLine("    }");
        b.AppendLine("    public Task LockDownAsync() => _s3.PutPublicAccessBlockAsync(new PutPublicAccessBlockRequest");
        b.AppendLine("    {");
        b.AppendLine("        BucketName = _bucket,");
        b.AppendLine("        PublicAccessBlockConfiguration = new PublicAccessBlockConfiguration");
        b.AppendLine("        {");
        b.AppendLine("            BlockPublicAcls = true,");
        b.AppendLine("            IgnorePublicAcls = true,");
        b.AppendLine("            BlockPublicPolicy = true,");
        b.AppendLine(insecure ? "        }," : "            RestrictPublicBuckets = true,\n        },");
        b.AppendLine("    });");
        b.AppendLine("    public async Task<List<string>> ListAsync(string prefix)");
        b.AppendLine("    {");
        b.AppendLine("        var keys = new List<string>();");
        b.AppendLine("        var response = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket, Prefix = prefix, MaxKeys = 100 });");
        b.AppendLine("        foreach (var o in response.S3Objects) { if (o.Size > 0) keys.Add(o.Key); }");
        b.AppendLine("        return keys;");
        b.AppendLine("    }");
        b.AppendLine("}");
        return b.ToString();
    }

    private static string Plain(int i)
    {
        var b = new StringBuilder();
        b.AppendLine("using System;");
        b.AppendLine("using System.Collections.Generic;");
        b.AppendLine("using System.Linq;");
        b.AppendLine("using System.Text;");
        b.AppendLine($"namespace Corpus.Domain{i % 11};");
        b.AppendLine($"public sealed record Order{i}(int Id, string Customer, decimal Amount, DateTime Placed);");
        b.AppendLine($"public sealed class OrderService{i}");
        b.AppendLine("{");
        b.AppendLine($"    private readonly List<Order{i}> _orders = new();");
        b.AppendLine("    public int Threshold { get; set; } = 100;");
        b.AppendLine($"    public void Add(Order{i} order) {{ if (order.Amount < 0) throw new ArgumentOutOfRangeException(nameof(order)); _orders.Add(order); }}");
        b.AppendLine("    public IReadOnlyDictionary<string, decimal> TotalsByCustomer() =>");
        b.AppendLine("        _orders.GroupBy(o => o.Customer).ToDictionary(g => g.Key, g => g.Sum(o => o.Amount));");
        b.AppendLine("    public string Report()");
        b.AppendLine("    {");
        b.AppendLine("        var sb = new StringBuilder();");
        b.AppendLine("        foreach (var (customer, total) in TotalsByCustomer().OrderByDescending(p => p.Value))");
        b.AppendLine("        {");
        b.AppendLine("            var flag = total > Threshold ? \"*\" : \" \";");
        b.AppendLine("            sb.Append(flag).Append(customer).Append(':').AppendLine(total.ToString(\"F2\"));");
        b.AppendLine("        }");
        b.AppendLine("        var options = new Options { Verbose = true, Retries = 3, Name = \"report\" };");
        b.AppendLine("        options.Retries = Math.Max(options.Retries, Threshold / 50);");
        b.AppendLine("        return sb.ToString();");
        b.AppendLine("    }");
        b.AppendLine("    private sealed class Options { public bool Verbose { get; set; } public int Retries { get; set; } public string Name { get; set; } = \"\"; }");
        b.AppendLine("}");
        return b.ToString();
    }
}
