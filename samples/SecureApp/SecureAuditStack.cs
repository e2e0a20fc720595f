using Amazon.CDK;
using Amazon.CDK.AWS.CloudTrail;
using Constructs;

namespace SecureApp;

/// <summary>Audit trails logging in every region with log file validation (the secure side of SR6001).</summary>
public class SecureAuditStack : Stack
{
    public SecureAuditStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        _ = new Trail(this, "Trail");

        _ = new CfnTrail(this, "L1Trail", new CfnTrailProps
        {
            IsLogging = true,
            S3BucketName = "audit-logs",
            EnableLogFileValidation = true,
            IsMultiRegionTrail = true,
        });
    }
}
