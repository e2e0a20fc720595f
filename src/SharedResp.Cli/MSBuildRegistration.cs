using Microsoft.Build.Locator;

namespace SharedResp.Cli;

/// <summary>Points the process at the MSBuild of the installed .NET SDK, once, before any MSBuild type loads.</summary>
public static class MSBuildRegistration
{
    private static readonly object Gate = new();

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }
}
