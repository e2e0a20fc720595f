using Amazon.CDK;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.S3.Deployment;
using Constructs;

namespace SecureApp;

/// <summary>The secure equivalents of InsecureCdkApp: no SR diagnostic.</summary>
public class SecureStorageStack : Stack
{
    public SecureStorageStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        var website = new Bucket(this, "Website", new BucketProps
        {
            AccessControl = BucketAccessControl.PRIVATE,
            BlockPublicAccess = BlockPublicAccess.BLOCK_ALL,
            Encryption = BucketEncryption.S3_MANAGED,
            EnforceSSL = true,
        });

        // Read access for a named principal instead of the world.
        website.GrantRead(new AccountPrincipal("111122223333"));

        _ = new Bucket(this, "Assets", new BucketProps
        {
            BlockPublicAccess = new BlockPublicAccess(new BlockPublicAccessOptions
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = true,
                BlockPublicPolicy = true,
                RestrictPublicBuckets = true,
            }),
            EnforceSSL = true,
        });

        _ = new CfnBucket(this, "Legacy", new CfnBucketProps
        {
            AccessControl = "Private",
            PublicAccessBlockConfiguration = new CfnBucket.PublicAccessBlockConfigurationProperty
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = true,
                BlockPublicPolicy = true,
                RestrictPublicBuckets = true,
            },
        });

        _ = new BucketDeployment(this, "DeployWebsite", new BucketDeploymentProps
        {
            Sources = new[] { Source.Asset("./site") },
            DestinationBucket = website,
            AccessControl = BucketAccessControl.PRIVATE,
        });
    }
}
