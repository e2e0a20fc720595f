using Amazon.KeyManagementService;
using Amazon.KeyManagementService.Model;

namespace InsecureSdkApp;

/// <summary>
/// Data protection (encryption at rest and in transit) turned off with the AWS SDK for .NET. Each flagged line says
/// which rule fires; `dotnet format analyzers` fixes all of them but those marked "no automatic fix".
/// </summary>
public static class InsecureDataProtection
{
    public static async Task RunAsync(IAmazonKeyManagementService kms, string keyId)
    {
        await kms.DisableKeyRotationAsync(new DisableKeyRotationRequest { KeyId = keyId }); // SR1006 (no automatic fix)
    }
}
