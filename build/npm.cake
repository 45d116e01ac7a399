// `npm ci` of a folder's lock file, skipped when node_modules already holds exactly that lock: npm ci deletes and
// reinstalls every package each time (5 s of every run for the same files). Loaded by build.cake.
using System.Security.Cryptography;

public static void NpmCi(ICakeContext context, BuildParameters p, string folder)
{
    var root = p.Root.Combine(folder);
    var stamp = root.CombineWithFilePath("node_modules/.cicd-npm-ci.sha256").FullPath;
    // package.json too: npm ci refuses a lock that disagrees with it, and a stamp of the lock alone would hide that.
    var inputs = Convert.ToHexString(SHA256.HashData(
        System.IO.File.ReadAllBytes(root.CombineWithFilePath("package.json").FullPath)
            .Concat(System.IO.File.ReadAllBytes(root.CombineWithFilePath("package-lock.json").FullPath)).ToArray()));
    if (System.IO.File.Exists(stamp) && System.IO.File.ReadAllText(stamp).Trim() == inputs)
    {
        context.Information($"{folder}/node_modules: installed from this package-lock.json already");
        return;
    }
    RunTool(context, p, "npm", $"ci --prefix {folder} --no-audit --no-fund --loglevel=error");
    System.IO.File.WriteAllText(stamp, inputs + "\n");
}
