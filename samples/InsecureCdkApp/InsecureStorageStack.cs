using Amazon.CDK;
using Amazon.CDK.AWS.S3;
using Amazon.CDK.AWS.S3.Deployment;
using Constructs;

namespace InsecureCdkApp;

/// <summary>
/// Every insecure S3 form the analyzers know in the CDK. Each flagged line says which rule fires.
/// `dotnet format analyzers --diagnostics SR3001 SR3002` fixes all of them.
/// </summary>
public class InsecureStorageStack : Stack
{
    public InsecureStorageStack(Construct scope, string id, IStackProps? props = null)
        : base(scope, id, props)
    {
        // L2 bucket: public ACL, public read, and Block Public Access for ACLs only.
        var website = new Bucket(this, "Website", new BucketProps // SR3003
        {
            AccessControl = BucketAccessControl.PUBLIC_READ, // SR3001
            PublicReadAccess = true, // SR3001
            BlockPublicAccess = BlockPublicAccess.BLOCK_ACLS, // SR3002
        });

        website.GrantPublicAccess(); // SR3001

        // L2 bucket: a custom Block Public Access with one setting off and two left unset.
        _ = new Bucket(this, "Assets", new BucketProps // SR3003
        {
            BlockPublicAccess = new BlockPublicAccess(new BlockPublicAccessOptions // SR3002 (IgnorePublicAcls, RestrictPublicBuckets unset)
            {
                BlockPublicAcls = true,
                BlockPublicPolicy = false, // SR3002
            }),
        });

        // L1 bucket: the CloudFormation AccessControl string and a weakened PublicAccessBlockConfiguration.
        _ = new CfnBucket(this, "Legacy", new CfnBucketProps
        {
            AccessControl = "PublicRead", // SR3001
            PublicAccessBlockConfiguration = new CfnBucket.PublicAccessBlockConfigurationProperty
            {
                BlockPublicAcls = true,
                IgnorePublicAcls = true,
                BlockPublicPolicy = false, // SR3002
                RestrictPublicBuckets = true,
            },
        });

        // Deployed objects made public by their ACL.
        _ = new BucketDeployment(this, "DeployWebsite", new BucketDeploymentProps
        {
            Sources = new[] { Source.Asset("./site") },
            DestinationBucket = website,
            AccessControl = BucketAccessControl.PUBLIC_READ, // SR3001
        });
    }
}
