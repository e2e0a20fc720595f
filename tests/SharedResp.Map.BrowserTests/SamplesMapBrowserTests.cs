using Microsoft.Playwright;
using SharedResp.Cli;
using Xunit;

namespace SharedResp.Map.BrowserTests;

/// <summary>
/// The map page of samples/Samples.sln in a real browser: headless Chromium from Debian's <c>chromium</c> package
/// (<c>.ci/run</c> installs it when missing; no browser is downloaded), driven by Playwright with its bundled node.
/// Checks the DOM, that the page logged no error and requested nothing but itself, and saves a screenshot to
/// <c>artifacts/map/samples-map.png</c>.
/// </summary>
public sealed class SamplesMapBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sharedresp-map-browser", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_temp))
        {
            Directory.Delete(_temp, recursive: true);
        }
    }

    [BrowserFact(Chromium)]
    public async Task SamplesMap_LoadsWithoutErrorsOrRequests_ShowsServicesAndFindings_AndIsScreenshotted()
    {
        // In CI (SHAREDRESP_REQUIRE_BROWSER=1, set by .ci/run, which installs Debian's chromium) a missing browser fails.
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium package (apt-get install chromium), as .ci/run does.");

        var html = Path.Combine(_temp, "samples-map.html");
        using (var output = new StringWriter())
        using (var errors = new StringWriter())
        {
            var exit = await Cli.Cli.RunAsync(["map", Repo("samples", "Samples.sln"), "--html", html], output, errors, interactive: false);
            Assert.True(exit == 0, $"sharedresp map exited {exit}\n{output}\n{errors}");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Chromium's sandbox cannot start as root (CI here runs as root).
            Args = Environment.UserName == "root" ? ["--no-sandbox"] : [],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        page.Request += (_, request) => requests.Add(request.Url);

        var url = new Uri(html).AbsoluteUri;
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);

        // The services each sample uses have a row in its grid.
        string[] cdkServices = ["S3", "IAM", "EC2", "VPC", "EBS", "RDS", "Lambda", "SQS", "SNS", "Kinesis", "EFS", "KMS", "CloudTrail", "APIGateway"];
        foreach (var service in cdkServices)
        {
            Assert.Equal(1, await page.Locator($"section[data-project='InsecureCdkApp'] table.grid tbody tr[data-service='{service}']").CountAsync());
            Assert.Equal(1, await page.Locator($"section[data-project='SecureApp'] table.grid tbody tr[data-service='{service}']").CountAsync());
        }

        foreach (var service in new[] { "S3", "IAM", "EC2", "VPC", "SQS", "KMS" })
        {
            Assert.Equal(1, await page.Locator($"section[data-project='InsecureSdkApp'] table.grid tbody tr[data-service='{service}']").CountAsync());
        }

        // InsecureCdkApp: findings in the cells, with rule links; the layer AWS secures for Lambda (guest OS) is still yours when a runtime is past support.
        Assert.True(await page.Locator("section[data-project='InsecureCdkApp'] td[data-state='findings'] li.finding").CountAsync() >= 30);
        var publicBucket = page.Locator("section[data-project='InsecureCdkApp'] tr[data-service='S3'] td[data-layer='NetworkConfiguration']");
        Assert.Equal("findings", await publicBucket.GetAttributeAsync("data-state"));
        Assert.Matches(@"^Yours – \d+ findings$", (await publicBucket.Locator(".badge").InnerTextAsync()).Trim());
        Assert.EndsWith("/docs/rules/SR3001.md", await publicBucket.Locator("li[data-rule='SR3001'] a").First.GetAttributeAsync("href"));
        Assert.Equal("findings", await page.Locator("section[data-project='InsecureCdkApp'] tr[data-service='Lambda'] td[data-layer='GuestOSAndPatching']").GetAttributeAsync("data-state"));

        // SecureApp: no finding anywhere; its checked layers are clean and Lambda's guest OS is AWS's.
        Assert.Equal(0, await page.Locator("section[data-project='SecureApp'] td[data-state='findings']").CountAsync());
        Assert.True(await page.Locator("section[data-project='SecureApp'] td[data-state='clean']").CountAsync() >= 10);
        var lambdaOs = page.Locator("section[data-project='SecureApp'] tr[data-service='Lambda'] td[data-layer='GuestOSAndPatching']");
        Assert.Equal("AWS", (await lambdaOs.Locator(".badge").InnerTextAsync()).Trim());

        // Colour plus text: the states differ in colour, and each says its state in words (checked above).
        var clean = await page.Locator("section[data-project='SecureApp'] td[data-state='clean'] .badge").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var findings = await publicBucket.Locator(".badge").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual(clean, findings);

        // "What AWS secures" above the grids, per service.
        Assert.Contains("Database engine patching", await page.Locator("table.aws-secures tr[data-service='RDS']").InnerTextAsync());

        Assert.Empty(problems);
        Assert.Equal([url], requests.Distinct());

        var artifacts = Repo("artifacts", "map");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "samples-map.png"), FullPage = true });
        Assert.True(new FileInfo(Path.Combine(artifacts, "samples-map.png")).Length > 10_000);

        // And one screen of the first grid, as a person first sees it (the README's picture is a copy of it).
        await page.Locator("section[data-project='SecureApp'] h2").ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => document.querySelector(\"section[data-project='InsecureCdkApp']\").scrollIntoView()");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "samples-map-grid.png") });
    }

    /// <summary>A path under the repository root (the folder holding SharedResp.Analyzers.sln).</summary>
    private static string Repo(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SharedResp.Analyzers.sln")))
            {
                return Path.Combine([directory.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("SharedResp.Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// A test that needs the browser at <c>path</c>. On a developer machine without it the test is skipped, saying how to
/// install it (the README's test command must work on a fresh machine); with <c>SHAREDRESP_REQUIRE_BROWSER=1</c>
/// (<c>.ci/run</c>) it always runs, so a missing browser fails CI instead of hiding the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute(string path)
    {
        if (!File.Exists(path) && Environment.GetEnvironmentVariable("SHAREDRESP_REQUIRE_BROWSER") != "1")
        {
            Skip = $"{path} is missing: install Debian's chromium package (apt-get install chromium) to run the browser test; .ci/run installs it and requires it.";
        }
    }
}
