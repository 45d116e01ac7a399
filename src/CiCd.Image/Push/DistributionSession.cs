using CiCd.Errors;
using CiCd.Image.Distribution;
using CiCd.Image.Engine;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CiCd.Image.Push;

/// <summary>One registry as the push, promote and rollback commands use it: credentials, engine pushes, and digest checks over the registry API.</summary>
public sealed class DistributionSession(IDockerClient docker, HttpClient http, TextWriter log, DistributionCredentials? credentials, bool insecure)
{
    /// <summary>A session for <paramref name="repository"/>'s registry with credentials from the environment or the Docker config file.</summary>
    public static DistributionSession For(ImageReference repository, IDockerClient docker, HttpClient http, TextWriter log)
    {
        var host = repository.RegistryHost
            ?? throw new InputException($"'{repository.Repository}' names no registry; use host:port/{repository.Repository}");
        return new DistributionSession(docker, http, log, DistributionCredentials.FromProcess(host), DistributionApi.IsLoopback(host));
    }

    /// <summary>The registry API client with this session's credentials.</summary>
    public DistributionApi Api => new(http, credentials, insecure);

    /// <summary>Pushes one tag through the engine; a registry that refuses it is exit code 2 with the registry's reason.</summary>
    public async Task PushAsync(ImageReference reference, CancellationToken cancel)
    {
        log.WriteLine($"pushing {reference}");
        var progress = new ProgressLog(log);
        await docker.Images.PushImageAsync(reference.Repository, new ImagePushParameters { Tag = reference.Tag }, Auth(reference), progress, cancel);
        if (progress.Error is { } error)
        {
            throw new MlopsException($"registry {reference.RegistryHost} refused the push of {reference}: {error}", ExitCodes.InputError);
        }
    }

    /// <summary>What the engine presents to the registry for <paramref name="reference"/>: the session's credentials, or nothing.</summary>
    public AuthConfig Auth(ImageReference reference) => credentials is null ? new AuthConfig()
        : new AuthConfig { Username = credentials.Username, Password = credentials.Password, ServerAddress = reference.RegistryHost };

    /// <summary>The digest a tag resolves to in the registry; exit code 1 when it is missing or differs from <paramref name="expected"/>.</summary>
    public async Task<string> VerifyAsync(ImageReference reference, string? expected, CancellationToken cancel)
    {
        var actual = await Api.ResolveAsync(reference, cancel)
            ?? throw new MlopsException($"{reference} is not in the registry after the push", ExitCodes.CheckFailed);
        if (expected is not null && actual != expected)
        {
            throw new MlopsException($"{reference} resolves to {actual} in the registry, not {expected}", ExitCodes.CheckFailed);
        }
        return actual;
    }
}
