// Test-only shim: real public names of AWSSDK.IdentityManagement 4.x (namespaces, types, properties), no behaviour.
using Amazon.Runtime;

namespace Amazon.IdentityManagement
{
    public class AmazonIdentityManagementServiceRequest : AmazonWebServiceRequest { }
}

namespace Amazon.IdentityManagement.Model
{
    public class CreatePolicyRequest : AmazonIdentityManagementServiceRequest { public string PolicyName { get; set; } = null!; public string PolicyDocument { get; set; } = null!; public string Description { get; set; } = null!; public string Path { get; set; } = null!; }
    public class CreatePolicyVersionRequest : AmazonIdentityManagementServiceRequest { public string PolicyArn { get; set; } = null!; public string PolicyDocument { get; set; } = null!; public bool? SetAsDefault { get; set; } }
    public class PutRolePolicyRequest : AmazonIdentityManagementServiceRequest { public string RoleName { get; set; } = null!; public string PolicyName { get; set; } = null!; public string PolicyDocument { get; set; } = null!; }
    public class PutUserPolicyRequest : AmazonIdentityManagementServiceRequest { public string UserName { get; set; } = null!; public string PolicyName { get; set; } = null!; public string PolicyDocument { get; set; } = null!; }
    public class PutGroupPolicyRequest : AmazonIdentityManagementServiceRequest { public string GroupName { get; set; } = null!; public string PolicyName { get; set; } = null!; public string PolicyDocument { get; set; } = null!; }
    public class CreateRoleRequest : AmazonIdentityManagementServiceRequest { public string RoleName { get; set; } = null!; public string AssumeRolePolicyDocument { get; set; } = null!; public string Description { get; set; } = null!; }
    public class UpdateAssumeRolePolicyRequest : AmazonIdentityManagementServiceRequest { public string RoleName { get; set; } = null!; public string PolicyDocument { get; set; } = null!; }
    public class AttachRolePolicyRequest : AmazonIdentityManagementServiceRequest { public string RoleName { get; set; } = null!; public string PolicyArn { get; set; } = null!; }
    public class AttachUserPolicyRequest : AmazonIdentityManagementServiceRequest { public string UserName { get; set; } = null!; public string PolicyArn { get; set; } = null!; }
    public class AttachGroupPolicyRequest : AmazonIdentityManagementServiceRequest { public string GroupName { get; set; } = null!; public string PolicyArn { get; set; } = null!; }
    public class CreateLoginProfileRequest : AmazonIdentityManagementServiceRequest { public string UserName { get; set; } = null!; public string Password { get; set; } = null!; public bool? PasswordResetRequired { get; set; } }
}
