using Amazon.CDK;
using Amazon.CDK.AWS.CloudTrail;
using Constructs;

namespace InsecureCdkApp;

/// <summary>A weakened audit trail (SR6001). Each flagged line says which rule fires.</summary>
public class InsecureAuditStack : Stack
{
    public InsecureAuditStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        _ = new Trail(this, "Trail", new TrailProps
        {
            EnableFileValidation = false, // SR6001
            IsMultiRegionTrail = false, // SR6001
        });

        _ = new CfnTrail(this, "L1Trail", new CfnTrailProps // SR6001
        {
            IsLogging = false, // SR6001
            S3BucketName = "audit-logs",
        });
    }
}
