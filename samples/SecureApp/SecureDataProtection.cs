using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace SecureApp;

/// <summary>The secure equivalents of InsecureSdkApp's InsecureDataProtection: no SR diagnostic.</summary>
public static class SecureDataProtection
{
    public static async Task RunAsync(IAmazonKeyManagementService kms, string keyId)
    {
        await kms.EnableKeyRotationAsync(new EnableKeyRotationRequest { KeyId = keyId });
    }
}
