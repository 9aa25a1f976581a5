using System.Net;
using Simulator.Cli;
using Simulator.Web.Security;
using Simulator.Web.Services;

namespace Simulator.Web.Tests;

/// <summary>Who gets in and what the pages may touch: the token, the loopback rule and the scenarios folder's walls.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class SecurityTests(WorkspaceFixture workspace)
{
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://*:0")]
    [InlineData("http://192.168.1.20:0")]
    public void Serve_refuses_an_address_other_machines_reach_without_a_token(string url)
    {
        var error = new StringWriter();
        int exit = CcsimApp.Run(["serve", "--urls", url, "--scenarios", workspace.ScenariosFolder], new StringWriter(), error);
        Assert.Equal(CcsimApp.BadInput, exit);
        Assert.Contains("access token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_refuses_a_token_too_short_to_guard_the_workspace()
    {
        var error = new StringWriter();
        int exit = CcsimApp.Run(["serve", "--urls", "http://0.0.0.0:0", "--token", "short", "--scenarios", workspace.ScenariosFolder], new StringWriter(),
            error);
        Assert.Equal(CcsimApp.BadInput, exit);
        Assert.Contains($"at least {BindPolicy.MinimumTokenLength}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_refuses_a_scenarios_folder_that_does_not_exist()
    {
        var error = new StringWriter();
        int exit = CcsimApp.Run(["serve", "--urls", "http://127.0.0.1:0", "--scenarios", Path.Combine(workspace.ScenariosFolder, "missing")],
            new StringWriter(), error);
        Assert.Equal(CcsimApp.BadInput, exit);
        Assert.Contains("does not exist", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://example.org:5000", false)]
    public void Only_loopback_addresses_count_as_reachable_from_this_machine_alone(string url, bool loopback) =>
        Assert.Equal(loopback, BindPolicy.IsLoopback(url));

    [Fact]
    public async Task A_request_without_the_token_gets_401_and_one_with_it_gets_in()
    {
        string token = BindPolicy.GenerateToken();
        await using var app = Workspace.Build(new WorkspaceOptions(["http://127.0.0.1:0"], workspace.ScenariosFolder, token), workspace.Client);
        await app.StartAsync(TestContext.Current.CancellationToken);
        string root = app.Urls.First().TrimEnd('/') + "/";
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        var token401 = TestContext.Current.CancellationToken;

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(root, token401)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(root + "_framework/blazor.web.js", token401)).StatusCode);
        using (var wrong = new HttpRequestMessage(HttpMethod.Get, root))
        {
            wrong.Headers.Add(TokenGate.HeaderName, token[..^1] + (token[^1] == '0' ? '1' : '0'));
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong, token401)).StatusCode);
        }
        using (var right = new HttpRequestMessage(HttpMethod.Get, root))
        {
            right.Headers.Add(TokenGate.HeaderName, token);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right, token401)).StatusCode);
        }

        // A first visit with ?token= sets the cookie and sends the browser on to the same page without the token.
        var first = await client.GetAsync(root + "run?file=a.yaml&token=" + token, token401);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/run?file=a.yaml", first.Headers.Location!.OriginalString);
        string cookie = first.Headers.GetValues("Set-Cookie").Single();
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, root);
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(withCookie, token401)).StatusCode);
        await app.StopAsync(token401);
    }

    [Theory]
    [InlineData("../secret.yaml")]
    [InlineData("history/../../secret.yaml")]
    [InlineData("/etc/passwd.yaml")]
    [InlineData("..\\secret.yaml")]
    public void A_scenario_name_outside_the_folder_is_refused(string name)
    {
        var folder = new ScenarioFolder(workspace.ScenariosFolder);
        var refused = Assert.ThrowsAny<Core.InputException>(() => folder.Resolve(name));
        Assert.Contains(name, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_folder_is_refused()
    {
        using var outside = new TemporaryDirectory();
        File.WriteAllText(outside.File("secret.yaml"), "name: secret");
        using var inside = new TemporaryDirectory();
        Directory.CreateSymbolicLink(Path.Combine(inside.Path, "linked"), outside.Path);
        var folder = new ScenarioFolder(inside.Path);
        Assert.ThrowsAny<Core.InputException>(() => folder.Read("linked/secret.yaml"));
        Assert.DoesNotContain("linked/secret.yaml", folder.List());
    }

    [Fact]
    public async Task The_editor_page_says_in_words_that_a_path_outside_the_folder_is_refused()
    {
        using var client = new HttpClient();
        string html = await client.GetStringAsync(workspace.BaseUrl + "edit?file=..%2F..%2Fetc%2Fpasswd.yaml", TestContext.Current.CancellationToken);
        Assert.Contains("is not a scenario of this workspace", html, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public async Task A_download_of_a_file_no_result_wrote_is_not_found()
    {
        using var client = new HttpClient();
        var response = await client.GetAsync(workspace.BaseUrl + "download/0123/..%2F..%2Fetc%2Fpasswd", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
