using Amazon.CDK;

namespace InsecureCdkApp;

public static class Program
{
    public static void Main()
    {
        // A CDK app; this sample only needs to build (it is never synthesized).
        var app = new App();
        _ = new InsecureStorageStack(app, "InsecureStorageStack");
    }
}
