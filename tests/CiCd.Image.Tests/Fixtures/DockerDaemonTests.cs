using System.Formats.Tar;
using System.Text;
using CiCd.Testing.Docker;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace CiCd.Image.Tests.Fixtures;

/// <summary>What the engine fixture leaves on the machine when a test run ends.</summary>
public sealed class DockerDaemonTests
{
    public sealed class TheDisposeMethod
    {
        [EngineFact]
        public async Task Should_Leave_No_Mount_And_No_Folder_Of_A_Private_Engine_That_Ran_A_Container()
        {
            // Given: an engine that ran a container (its first one makes the network namespace mount in the exec root)
            var daemon = DockerDaemon.StartOrProvided();
            var folder = daemon.Folder;
            using (var client = daemon.Client())
            {
                await RunTinyContainerAsync(client);
            }

            // When
            daemon.Dispose();

            // Then: a provided engine is the CI's and keeps running; a private one leaves nothing behind
            if (folder is null)
            {
                using var provided = DockerDaemon.StartOrProvided();
                Assert.False(provided.Owned);
                return;
            }
            Assert.DoesNotContain(File.ReadLines("/proc/self/mounts"), line => line.Contains(folder, StringComparison.Ordinal));
            Assert.False(Directory.Exists(folder));
        }

        // An image of one static binary (docker.io's docker-init, a static tini) on scratch, run to its exit and removed:
        // no base image needed.
        private const string DockerInit = "/usr/bin/docker-init";

        private static async Task RunTinyContainerAsync(DockerClient client)
        {
            var image = $"cicd-tiny-{Guid.NewGuid():n}:latest";
            using var context = new MemoryStream();
            using (var tar = new TarWriter(context, leaveOpen: true))
            {
                // docker-init is a link to tini-static: the file itself goes in, not the link.
                var init = File.ResolveLinkTarget(DockerInit, returnFinalTarget: true)?.FullName ?? DockerInit;
                await tar.WriteEntryAsync(init, "init");
                await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "Dockerfile")
                {
                    DataStream = new MemoryStream(Encoding.UTF8.GetBytes("FROM scratch\nCOPY init /init\n")),
                });
            }
            context.Position = 0;
            await client.Images.BuildImageFromDockerfileAsync(new ImageBuildParameters { Tags = [image], Remove = true }, context, [],
                new Dictionary<string, string>(), new Progress<JSONMessage>());
            var container = await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = image, Cmd = ["/init", "--version"], HostConfig = new HostConfig { NetworkMode = "host" } });
            await client.Containers.StartContainerAsync(container.ID, new ContainerStartParameters());
            await client.Containers.WaitContainerAsync(container.ID);
            await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters());
            await client.Images.DeleteImageAsync(image, new ImageDeleteParameters());
        }
    }
}
